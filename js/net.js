// net: the manual's "net" section. Sockets and listeners live in Rust
// (process.binding('net')): reading, writing and accepting happen on the
// reactor; this file is the Stream/EventEmitter shape around them.
var util = require('util');
var Stream = require('stream').Stream;
var EventEmitter = require('events').EventEmitter;
var Buffer = require('buffer').Buffer;
var binding = process.binding('net');

exports.isIP = function(input) { return binding.isIP(String(input)); };
exports.isIPv4 = function(input) { return binding.isIP(String(input)) === 4; };
exports.isIPv6 = function(input) { return binding.isIP(String(input)) === 6; };

function toPort(x) {
  if (typeof x === 'number' || (typeof x === 'string' && /^\s*\d+\s*$/.test(x))) {
    x = Number(x);
    if (x >= 0 && x <= 65535 && x % 1 === 0) return x;
    throw new RangeError('port should be >= 0 and < 65536: ' + x);
  }
  return false;
}

function isPipeName(s) {
  return typeof s === 'string' && toPort(s) === false;
}

// ---- Socket ------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  Stream.call(this);
  options = options || {};
  this._handle = null;
  this._connecting = false;
  this._connectQueue = null;
  this._paused = false;
  this._pending = [];
  this._decoder = null;
  this._timeout = 0;
  this._timer = null;
  this._lastActive = 0;
  this._writeCallbacks = [];
  this._ended = false;
  this._destroyed = false;
  this.readable = false;
  this.writable = false;
  this._bytesRead = 0;
  this._bytesWritten = 0;
  this.allowHalfOpen = !!options.allowHalfOpen;
  if (options.fd !== undefined && options.fd !== null) {
    this._attach(binding.open(options.fd, options.type || 'tcp4'));
  }
}
util.inherits(Socket, Stream);
exports.Socket = exports.Stream = Socket;

Object.defineProperty(Socket.prototype, 'readyState', {
  get: function() {
    if (this._connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get: function() {
    if (this._handle !== null) return binding.bufferSize(this._handle);
    var n = 0;
    if (this._connectQueue) this._connectQueue.forEach(function(item) { n += item[0].length; });
    return n;
  }
});

// Counted in Rust, where bytes may go straight to an HTTP parser (read)
// or come straight from an HTTP response (written).
Object.defineProperty(Socket.prototype, 'bytesRead', {
  get: function() {
    return this._handle !== null ? binding.bytesRead(this._handle) : this._bytesRead;
  }
});
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function() {
    return this._handle !== null ? binding.bytesWritten(this._handle) : this._bytesWritten;
  }
});

// Node 0.4's hooks, called with each chunk and at the end (the manual's
// upgrade example sets `socket.ondata`).
Socket.prototype.ondata = null;
Socket.prototype.onend = null;

Socket.prototype._attach = function(id) {
  this._handle = id;
  this.readable = this.writable = true;
  var remote = binding.remoteAddress(id);
  if (remote) {
    this.remoteAddress = remote.address;
    this.remotePort = remote.port;
  }
  binding.start(id, this);
  // A tls socket puts its session on the connection here, before any
  // byte is read or written.
  if (this._startTransform) this._startTransform(id);
  this._active();
};

Socket.prototype.connect = function(port, host, callback) {
  if (typeof host === 'function') { callback = host; host = undefined; }
  if (this._handle !== null || this._connecting) throw new Error('Socket already opened');
  if (typeof callback === 'function') this.once('connect', callback);
  // A socket closed before may connect again (Node 0.4).
  this._destroyed = this._ended = this._pendingEnd = this._destroyOnDrain = false;
  this._connecting = true;
  this.writable = true;
  this._connectQueue = [];
  if (isPipeName(port)) {
    binding.connectUnix(this, port);
  } else {
    port = toPort(port);
    if (port === false) throw new TypeError('port must be a number or a path');
    binding.connect(this, typeof host === 'string' && host ? host : 'localhost', port);
  }
  return this;
};

Socket.prototype._onconnect = function(id) {
  this._connecting = false;
  if (this._destroyed) {
    binding.close(id);
    return;
  }
  this._attach(id);
  var queue = this._connectQueue || [];
  this._connectQueue = null;
  var flushed = true;
  for (var i = 0; i < queue.length; i++) flushed = this._write(queue[i][0], queue[i][1]);
  if (this._pendingEnd) this.end();
  this.emit('connect');
  // write() said false while connecting: say when it went out (if it did
  // not all fit, the writer's _ondrain says it later).
  if (queue.length && flushed && !this._destroyed) this._emitDrain();
};

Socket.prototype._onerror = function(err) {
  this._connecting = false;
  this.destroy(err);
};

Socket.prototype._onread = function(buffer) {
  if (this._destroyed) return;
  if (this._paused) {
    this._pending.push(buffer);
    return;
  }
  this._deliver(buffer);
};

Socket.prototype._deliver = function(buffer) {
  if (buffer === null) return this._onend();
  this._active();
  if (this._decoder) {
    var text = this._decoder.write(buffer);
    if (text.length) this.emit('data', text);
  } else {
    this.emit('data', buffer);
  }
  if (typeof this.ondata === 'function') this.ondata(buffer, 0, buffer.length);
};

// The peer sent FIN. Without allowHalfOpen our side ends too, once what
// we queued is written.
Socket.prototype._onend = function() {
  // What a decoder held back (a base64 group, a split character) is due.
  if (this._decoder) {
    var rest = this._decoder.end();
    if (rest.length) this.emit('data', rest);
  }
  this.readable = false;
  this.emit('end');
  if (typeof this.onend === 'function') this.onend();
  if (this._destroyed) return;
  if (!this.allowHalfOpen && this.writable) this.end();
  if (!this.writable) this._destroyWhenFlushed();
};

Socket.prototype._destroyWhenFlushed = function() {
  if (this._handle === null || binding.bufferSize(this._handle) === 0) {
    this.destroy();
  } else {
    this._destroyOnDrain = true;
  }
};

Socket.prototype._ondrain = function() {
  this._active();
  var callbacks = this._writeCallbacks;
  this._writeCallbacks = [];
  for (var i = 0; i < callbacks.length; i++) callbacks[i]();
  if (this._destroyOnDrain) return this.destroy();
  this._emitDrain();
};

Socket.prototype._emitDrain = function() {
  this.emit('drain');
  // 0.4's hook, as http uses it to tell the message being written.
  if (typeof this.ondrain === 'function') this.ondrain();
};

Socket.prototype.setEncoding = function(encoding) {
  var StringDecoder = require('string_decoder').StringDecoder;
  this._decoder = new StringDecoder(encoding);
};

// write(data, [encoding], [fd], [callback]): true when the kernel took it
// all, false when it waits in memory ('drain' follows). A descriptor `fd`
// goes along over a UNIX socket (Node 0.4).
Socket.prototype.write = function(data, encoding, fd, callback) {
  if (typeof encoding === 'number') { callback = fd; fd = encoding; encoding = null; }
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (typeof fd === 'function') { callback = fd; fd = undefined; }
  if (!this.writable || this._ended) {
    var self = this;
    var err = new Error(this._destroyed ? 'This socket has been destroyed' : 'This socket has been ended by the other party');
    err.code = 'EPIPE';
    process.nextTick(function() { self.emit('error', err); });
    return false;
  }
  var buffer = Buffer.isBuffer(data) ? data : new Buffer(String(data), encoding || 'utf8');
  if (this._connecting) {
    this._connectQueue.push([buffer, callback]);
    return false;
  }
  if (typeof fd === 'number') return this._writeFd(buffer, fd, callback);
  return this._write(buffer, callback);
};

Socket.prototype._writeFd = function(buffer, fd, callback) {
  try {
    binding.writeFd(this._handle, buffer, fd);
  } catch (err) {
    this.destroy(err);
    return false;
  }
  if (typeof callback === 'function') process.nextTick(callback);
  return true;
};

Socket.prototype._onfd = function(fd) {
  this.emit('fd', fd);
};

Socket.prototype._write = function(buffer, callback) {
  var left;
  try {
    left = binding.write(this._handle, buffer);
  } catch (err) {
    this.destroy(err);
    return false;
  }
  this._active();
  if (typeof callback === 'function') {
    if (left === 0) process.nextTick(callback);
    else this._writeCallbacks.push(callback);
  }
  return left === 0;
};

Socket.prototype.end = function(data, encoding) {
  if (data !== undefined && data !== null && this.writable) this.write(data, encoding);
  if (this._connecting) {
    this._pendingEnd = true;
    return;
  }
  if (!this.writable) return;
  this.writable = false;
  this._ended = true;
  if (this._handle !== null) binding.shutdown(this._handle);
  if (!this.readable) this._destroyWhenFlushed();
};

Socket.prototype.destroySoon = function() {
  this.writable = false;
  this._ended = true;
  this._destroyWhenFlushed();
};

Socket.prototype.destroy = function(exception) {
  if (this._destroyed) return;
  this._destroyed = true;
  this.readable = this.writable = false;
  this._connecting = false;
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
  if (this._handle !== null) {
    this._bytesRead = binding.bytesRead(this._handle);
    this._bytesWritten = binding.bytesWritten(this._handle);
    binding.close(this._handle);
    this._handle = null;
  }
  // `server` stays set: 'close' listeners use it (Node 0.4).
  if (this.server) this.server.connections--;
  var self = this;
  process.nextTick(function() {
    if (exception) self.emit('error', exception);
    self.emit('close', !!exception);
  });
};

Socket.prototype.pause = function() {
  this._paused = true;
  if (this._handle !== null) binding.pause(this._handle);
};

Socket.prototype.resume = function() {
  this._paused = false;
  if (this._handle !== null) binding.resume(this._handle);
  while (!this._paused && this._pending.length && !this._destroyed) {
    this._deliver(this._pending.shift());
  }
};

// Idle timeout: activity only stamps the time; one timer checks it.
Socket.prototype.setTimeout = function(msecs, callback) {
  this._timeout = msecs > 0 ? msecs : 0;
  if (typeof callback === 'function') this.once('timeout', callback);
  if (this._timer) {
    clearTimeout(this._timer);
    this._timer = null;
  }
  if (this._timeout) {
    this._lastActive = Date.now();
    this._armTimer(this._timeout);
  }
};

Socket.prototype._armTimer = function(ms) {
  var self = this;
  this._timer = setTimeout(function() {
    self._timer = null;
    if (!self._timeout || self._destroyed) return;
    // Bytes that went straight to Rust (an HTTP parser, a response's end)
    // stamp their time there.
    var last = self._handle !== null ? Math.max(self._lastActive, binding.lastActive(self._handle)) : self._lastActive;
    var idle = Date.now() - last;
    if (idle >= self._timeout) {
      self._lastActive = Date.now();
      self.emit('timeout');
      if (self._timeout && !self._destroyed) self._armTimer(self._timeout);
    } else {
      self._armTimer(self._timeout - idle);
    }
  }, ms);
};

Socket.prototype._active = function() {
  if (this._timeout) this._lastActive = Date.now();
};

// unref(): this socket alone does not keep the process alive; ref() undoes it.
Socket.prototype.unref = function() {
  this._unref = true;
  if (this._handle !== null) binding.setRef(this._handle, false);
  return this;
};

Socket.prototype.ref = function() {
  this._unref = false;
  if (this._handle !== null) binding.setRef(this._handle, true);
  return this;
};

Socket.prototype.setNoDelay = function(noDelay) {
  if (this._handle !== null) binding.setNoDelay(this._handle, noDelay !== false);
};

Socket.prototype.setKeepAlive = function(enable, initialDelay) {
  if (this._handle !== null) binding.setKeepAlive(this._handle, !!enable, ~~((initialDelay || 0) / 1000));
};

Socket.prototype.address = function() {
  return this._handle === null ? null : binding.address(this._handle);
};

exports.createConnection = exports.connect = function(port, host, callback) {
  var socket = new Socket();
  socket.connect(port, host, callback);
  return socket;
};

// ---- Server ------------------------------------------------------------------

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = options || {};
  if (typeof listener === 'function') this.on('connection', listener);
  this.connections = 0;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this._handle = null;
  this._listenFailed = false;
}
util.inherits(Server, EventEmitter);
exports.Server = Server;

exports.createServer = function(options, listener) {
  return new Server(options, listener);
};

// listen(port, [host], [cb]), listen(path, [cb]), listen([cb]).
Server.prototype.listen = function() {
  var args = Array.prototype.slice.call(arguments);
  var callback = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  if (callback) this.once('listening', callback);
  var self = this;
  var port = args[0], host = args[1];
  try {
    if (isPipeName(port)) {
      this._handle = binding.listenUnix(this, port);
      this.type = 'unix';
    } else {
      port = port === undefined || port === null ? 0 : toPort(port);
      if (port === false) throw new TypeError('port must be a number or a path');
      host = typeof host === 'string' ? host : '0.0.0.0';
      this._handle = binding.listen(this, host, port, 511);
      // 0.4's server.type.
      this.type = exports.isIPv6(host) ? 'tcp6' : 'tcp4';
    }
    this.fd = binding.serverFd(this._handle);
  } catch (err) {
    if (err instanceof RangeError || err instanceof TypeError) throw err;
    this._listenFailed = true;
    process.nextTick(function() { self.emit('error', err); });
    return this;
  }
  this._listenFailed = false;
  process.nextTick(function() { self.emit('listening'); });
  return this;
};

Server.prototype.listenFD = function(fd, type) {
  var self = this;
  this._handle = binding.listenFd(this, fd);
  this.fd = binding.serverFd(this._handle);
  process.nextTick(function() { self.emit('listening'); });
};

Server.prototype._onconnection = function(id) {
  if (this.maxConnections && this.connections >= this.maxConnections) {
    binding.close(id);
    return;
  }
  var socket = new Socket({ allowHalfOpen: this.allowHalfOpen });
  socket.server = this;
  this.connections++;
  socket._attach(id);
  this.emit('connection', socket);
  // Node 0.4 told the accepted socket too.
  if (!socket._destroyed) socket.emit('connect');
};

Server.prototype._onerror = function(err) {
  this.emit('error', err);
};

Server.prototype.address = function() {
  return this._handle === null ? null : binding.serverAddress(this._handle);
};

Server.prototype.pause = function(msecs) {
  if (this._handle !== null) binding.pauseServer(this._handle, msecs || 1000);
};

Server.prototype.close = function() {
  var self = this;
  if (this._handle === null) {
    // The manual's EADDRINUSE example closes a server whose listen failed,
    // then listens again: that close is quiet (0.4.12 threw here).
    if (!this._listenFailed) throw new Error('Not running');
    this._listenFailed = false;
    process.nextTick(function() { self.emit('close'); });
    return;
  }
  var handle = this._handle;
  this._handle = null;
  this.fd = null;
  binding.closeServer(handle, this);
  process.nextTick(function() { self.emit('close'); });
};
