// dgram: the manual's "UDP / Datagram Sockets" section, following Node
// v0.4's lib/dgram.js (MIT, Joyent, Inc. and other Node contributors).
// Datagrams are received in Rust (process.binding('dgram')) straight into
// Buffers; this file only shapes the API. Later Node's habits are kept
// where programs rely on them: bind/send errors go to 'error' (or the
// send callback), a UDP socket that sends unbound also receives the
// replies ('listening' then follows), callbacks come asynchronously.
var util = require('util');
var events = require('events');
var binding = process.binding('dgram');

var isIP = require('net').isIP;

// dns.lookup of the socket's own family.
function lookup(type, hostname, callback) {
  var family = type === 'udp6' ? 6 : 4;
  if (hostname === undefined || hostname === null) {
    return process.nextTick(function() { callback(null, undefined, family); });
  }
  require('dns').lookup(hostname, family, function(err, ip, addressFamily) {
    if (!err && addressFamily !== family) {
      err = new Error('no address found in family ' + type + ' for ' + hostname);
    }
    callback(err, ip, addressFamily);
  });
}

function Socket(type, listener) {
  events.EventEmitter.call(this);
  this.type = type;
  this._handle = binding.create(type, this);
  this._bound = false;
  // Sends still looking their host up; close() waits for them (a send the
  // socket accepted is not lost: the manual sends to "localhost", then
  // closes at once).
  this._lookups = 0;
  this._closing = false;
  this.fd = this._handle;  // 0.4 programs test it for "still open"
  if (typeof listener === 'function') this.on('message', listener);
}
util.inherits(Socket, events.EventEmitter);
exports.Socket = Socket;

exports.createSocket = function(type, listener) {
  return new Socket(type, listener);
};

Socket.prototype._checkOpen = function() {
  if (this._handle === null || this._closing) throw new Error('Not running');
};

Socket.prototype._listening = function() {
  if (this._bound) return;
  this._bound = true;
  var self = this;
  process.nextTick(function() { self.emit('listening'); });
};

// bind(path) for unix_dgram; bind(port, [address]) for UDP.
Socket.prototype.bind = function(port, address) {
  var self = this;
  this._checkOpen();
  if (this.type === 'unix_dgram') {
    if (typeof port !== 'string') {
      throw new TypeError('unix_dgram sockets must be bound to a path in the filesystem');
    }
    this.path = port;
    // As 0.4: a stale socket file at the path is removed first.
    require('fs').unlink(port, function() {
      if (self._handle === null) return;
      try {
        binding.bind(self._handle, port);
      } catch (err) {
        return self.emit('error', err);
      }
      self._listening();
    });
    return;
  }
  port = +port || 0;
  lookup(this.type, address, function(err, ip) {
    if (self._handle === null) return;
    if (err) return self.emit('error', err);
    try {
      binding.bind(self._handle, port, ip);
    } catch (err) {
      return self.emit('error', err);
    }
    self._listening();
  });
};

// send(buf, offset, length, path, [callback]) for unix_dgram;
// send(buf, offset, length, port, address, [callback]) for UDP.
Socket.prototype.send = function(buffer, offset, length) {
  var self = this;
  this._checkOpen();
  if (!Buffer.isBuffer(buffer)) throw new TypeError('First argument must be a buffer');
  if (typeof offset !== 'number' || typeof length !== 'number') {
    throw new TypeError('send takes offset and length as args 2 and 3');
  }
  var callback;
  if (this.type === 'unix_dgram') {
    var path = arguments[3];
    callback = arguments[4];
    if (typeof path !== 'string') {
      throw new TypeError('unix_dgram sockets must send to a path in the filesystem');
    }
    return this._sendto(buffer, offset, length, path, undefined, callback);
  }
  var port = arguments[3], address = arguments[4];
  callback = arguments[5];
  if (typeof address === 'function') { callback = address; address = undefined; }
  if (typeof port !== 'number' && !/^\d+$/.test(String(port))) {
    throw new TypeError(this.type + ' sockets must send to port, address');
  }
  if (address === undefined) address = this.type === 'udp6' ? '::1' : '127.0.0.1';
  if (isIP(address)) return this._sendto(buffer, offset, length, +port, address, callback);
  this._lookups++;
  lookup(this.type, address, function(err, ip) {
    self._lookups--;
    try {
      if (err) {
        if (typeof callback === 'function') callback(err);
        else self.emit('error', err);
      } else {
        self._sendto(buffer, offset, length, +port, ip, callback);
      }
    } finally {
      // Even when a callback threw, a close() that waited still happens.
      if (self._closing && self._lookups === 0) self._close();
    }
  });
};

Socket.prototype._sendto = function(buffer, offset, length, port, address, callback) {
  var self = this;
  if (this._handle === null) return;
  var bytes, error = null;
  try {
    bytes = binding.send(this._handle, buffer, offset, length, port, address);
  } catch (err) {
    error = err;
  }
  // A UDP socket that sent unbound has a port now and receives replies.
  if (!error && !this._bound && this.type !== 'unix_dgram') this._listening();
  if (typeof callback !== 'function' && !error) return;
  process.nextTick(function() {
    if (typeof callback === 'function') return callback(error, bytes);
    self.emit('error', error);
  });
};

Socket.prototype.close = function() {
  this._checkOpen();
  this._closing = true;
  if (this._lookups === 0) this._close();
};

Socket.prototype._close = function() {
  var self = this;
  binding.close(this._handle);
  this._handle = this.fd = null;
  if (this.type === 'unix_dgram' && this.path) {
    // As 0.4: the bound socket's file goes with it.
    require('fs').unlink(this.path, function() { self.emit('close'); });
  } else {
    process.nextTick(function() { self.emit('close'); });
  }
};

Socket.prototype.address = function() {
  this._checkOpen();
  return binding.address(this._handle);
};

Socket.prototype.setBroadcast = function(flag) {
  this._checkOpen();
  binding.setOption(this._handle, 'broadcast', !!flag);
};

Socket.prototype.setTTL = function(ttl) {
  var n = parseInt(ttl, 10);
  if (!(n > 0 && n < 256)) throw new RangeError('New TTL must be between 1 and 255');
  this._checkOpen();
  binding.setOption(this._handle, 'ttl', n);
  return n;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  var n = parseInt(ttl, 10);
  if (!(n >= 0 && n < 256)) throw new RangeError('New MulticastTTL must be between 0 and 255');
  this._checkOpen();
  binding.setOption(this._handle, 'multicastTTL', n);
  return n;
};

Socket.prototype.setMulticastLoopback = function(flag) {
  this._checkOpen();
  binding.setOption(this._handle, 'multicastLoopback', !!flag);
  return flag;
};

Socket.prototype.addMembership = function(multicastAddress, multicastInterface) {
  this._checkOpen();
  binding.membership(this._handle, true, String(multicastAddress), multicastInterface);
};

Socket.prototype.dropMembership = function(multicastAddress, multicastInterface) {
  this._checkOpen();
  binding.membership(this._handle, false, String(multicastAddress), multicastInterface);
};

Socket.prototype._onmessage = function(buffer, rinfo) {
  this.emit('message', buffer, rinfo);
};

Socket.prototype._onerror = function(err) {
  this.emit('error', err);
};
