// tls: the manual's "TLS (SSL)" section. A tls socket is a net.Socket whose
// connection carries a TLS session in Rust (process.binding('tls')): the
// socket's reader decrypts and its writer encrypts, so this file only
// decides when the session starts and what the program is told once the
// handshake is done. createSecurePair feeds a session from JS instead.
var util = require('util');
var net = require('net');
var Stream = require('stream').Stream;
var EventEmitter = require('events').EventEmitter;
var Buffer = require('buffer').Buffer;
var binding = process.binding('tls');

// The native context of tls options or of a crypto Credentials.
function contextOf(options) {
  var crypto = require('crypto');
  if (options instanceof crypto.Credentials) return options.context._get();
  return new crypto.SecureContext(options || {})._get();
}

function isHostName(host) {
  return typeof host === 'string' && host !== 'localhost' && !net.isIP(host);
}

// Later node's name for crypto.createCredentials, which programs written
// for both use.
exports.createSecureContext = function(options) {
  return require('crypto').createCredentials(options);
};

// ---- CleartextStream ---------------------------------------------------------

// The program's side of a tls connection: a full net socket, plus what the
// handshake decided (authorized, authorizationError, the peer's
// certificate, the cipher).
function CleartextStream(options) {
  if (!(this instanceof CleartextStream)) return new CleartextStream(options);
  net.Socket.call(this, options);
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this._secureEstablished = false;
  this._tls = null;
}
util.inherits(CleartextStream, net.Socket);
exports.CleartextStream = CleartextStream;

CleartextStream.prototype._startTransform = function(id) {
  var t = this._tls;
  if (!t) return;
  if (t.isServer) {
    binding.server(id, t.context, t.requestCert, t.rejectUnauthorized);
  } else {
    binding.client(id, t.context, t.servername, t.rejectUnauthorized, t.checkNames);
  }
};

// What the handshake decided of the peer, for `stream`: a client always
// checks the server; a server checks clients it asked for a certificate.
function authorize(stream, session, checksPeer) {
  if (!checksPeer) return;
  var error = binding.verifyError(session);
  stream.authorized = !error;
  stream.authorizationError = error;
}

CleartextStream.prototype._onsecure = function() {
  var t = this._tls;
  this._secureEstablished = true;
  authorize(this, this._handle, !t.isServer || t.requestCert);
  if (t.onsecure) t.onsecure(this);
};

// Before the handshake ends, a failure belongs to whoever waits for it: a
// server's 'clientError' (the server goes on serving), or the client's
// 'error'.
CleartextStream.prototype._onerror = function(err) {
  var t = this._tls;
  if (t && t.isServer && !this._secureEstablished) {
    this.destroy();
    t.server._clientError(err, this);
    return;
  }
  net.Socket.prototype._onerror.call(this, err);
};

CleartextStream.prototype._onend = function() {
  var t = this._tls;
  if (t && !this._secureEstablished) {
    var err = new Error('Client network socket disconnected before secure TLS connection was established');
    err.code = 'ECONNRESET';
    if (t.isServer) {
      this.destroy();
      t.server._clientError(err, this);
    } else {
      this.destroy(err);
    }
    return;
  }
  net.Socket.prototype._onend.call(this);
};

CleartextStream.prototype.getPeerCertificate = function() {
  return this._handle === null ? null : binding.peerCertificate(this._handle);
};

CleartextStream.prototype.getCipher = function() {
  return this._handle === null ? null : binding.cipher(this._handle);
};

// ---- Server --------------------------------------------------------------------

// A net.Server whose connections speak TLS; 'secureConnection' comes once a
// connection's handshake is done. A connection that has not finished its
// handshake after `handshakeTimeout` ms (120 s, as later node) is closed
// with a 'clientError'.
function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') { listener = options; options = {}; }
  options = options || {};
  net.Server.call(this, options);
  this._tlsContext = contextOf(options);
  this.requestCert = !!options.requestCert;
  this.rejectUnauthorized = !!options.rejectUnauthorized;
  this.handshakeTimeout = options.handshakeTimeout > 0 ? options.handshakeTimeout : 120 * 1000;
  if (typeof listener === 'function') this.on('secureConnection', listener);
}
util.inherits(Server, net.Server);
exports.Server = Server;

exports.createServer = function(options, listener) {
  return new Server(options, listener);
};

Server.prototype._onconnection = function(id) {
  if (this.maxConnections && this.connections >= this.maxConnections) {
    process.binding('net').close(id);
    return;
  }
  var server = this;
  var socket = new CleartextStream({ allowHalfOpen: this.allowHalfOpen });
  socket.server = this;
  socket._tls = {
    isServer: true,
    server: this,
    context: this._tlsContext,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    onsecure: function(s) {
      clearTimeout(deadline);
      server.emit('secureConnection', s);
    }
  };
  // A deadline, not an idle timeout: a peer trickling a byte at a time
  // does not keep a handshake open.
  var deadline = setTimeout(function() {
    if (socket._destroyed || socket._secureEstablished) return;
    var err = new Error('TLS handshake timeout');
    err.code = 'ECONNRESET';
    socket.destroy();
    server._clientError(err, socket);
  }, this.handshakeTimeout);
  socket.once('close', function() { clearTimeout(deadline); });
  this.connections++;
  try {
    socket._attach(id);
  } catch (err) {
    socket.destroy();
    this._clientError(err, socket);
    return;
  }
};

// A connection that failed before its handshake ended: 0.4's
// 'clientError', and later node's 'tlsClientError' for programs written
// for it.
Server.prototype._clientError = function(err, socket) {
  this.emit('clientError', err, socket);
  this.emit('tlsClientError', err, socket);
};

// ---- connect -------------------------------------------------------------------

// connect(port, [host], [options], [cb]) as 0.4; also connect(options, [cb])
// and connect(port, options, [cb]) as later node.
exports.connect = function() {
  var args = Array.prototype.slice.call(arguments);
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var options = {}, port, host;
  if (args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
    port = options.port;
    host = options.host;
  } else {
    port = args[0];
    if (typeof args[1] === 'string') {
      host = args[1];
      options = args[2] || {};
    } else {
      options = args[1] || {};
    }
  }
  host = host || options.host || 'localhost';
  var servername = options.servername || host;
  var socket = new CleartextStream();
  socket._tls = {
    isServer: false,
    context: contextOf(options),
    servername: servername,
    rejectUnauthorized: options.rejectUnauthorized === true,
    // A name the program chose is checked, and every name when it asked to
    // reject; otherwise localhost and bare IPs, as 0.4 programs and tests
    // use them, only by their chain.
    checkNames: !!options.servername || isHostName(host) || options.rejectUnauthorized === true,
    onsecure: function(s) {
      // The handshake already refused a bad peer; this is a second line.
      if (s._tls.rejectUnauthorized && !s.authorized) {
        var err = new Error(s.authorizationError || 'certificate not authorized');
        err.code = s.authorizationError;
        return s.destroy(err);
      }
      if (cb) cb.call(s);
      s.emit('secureConnect');
    }
  };
  if (options.socket) {
    throw new Error('tls.connect with options.socket: use createSecurePair');
  }
  socket.connect(port, host);
  return socket;
};

// ---- SecurePair -----------------------------------------------------------------

// createSecurePair([credentials], [isServer], [requestCert],
// [rejectUnauthorized]): a TLS session JS drives, with two streams:
// `encrypted` (pipe it to and from the wire) and `cleartext` (the
// program's). Emits 'secure' when the handshake is done.
function SecurePair(credentials, isServer, requestCert, rejectUnauthorized, options) {
  if (!(this instanceof SecurePair)) {
    return new SecurePair(credentials, isServer, requestCert, rejectUnauthorized, options);
  }
  EventEmitter.call(this);
  options = options || {};
  if (!credentials) credentials = require('crypto').createCredentials();
  this._isServer = !!isServer;
  this._requestCert = !!requestCert;
  this._handle = binding.pair(contextOf(credentials), this._isServer, this._requestCert,
                              !!rejectUnauthorized, options.servername || 'localhost',
                              !!options.servername);
  this._secureEstablished = false;
  this.cleartext = new PairStream(this, true);
  this.encrypted = new PairStream(this, false);
  // A client speaks first: its hello goes out once the streams are piped.
  if (!this._isServer) {
    var self = this;
    process.nextTick(function() { self._fromProgram(new Buffer(0)); });
  }
}
util.inherits(SecurePair, EventEmitter);
exports.SecurePair = SecurePair;

exports.createSecurePair = function(credentials, isServer, requestCert, rejectUnauthorized) {
  return new SecurePair(credentials, isServer, requestCert, rejectUnauthorized);
};

// Bytes that came from the wire (written into `encrypted`).
SecurePair.prototype._fromWire = function(buffer) {
  var result;
  try {
    result = binding.pairIn(this._handle, buffer);
  } catch (err) {
    return this._fail(err);
  }
  if (result.wire) this.encrypted._push(result.wire);
  if (result.ready) this._onsecure();
  if (result.error) return this._fail(result.error);
  if (result.clear) this.cleartext._push(result.clear);
  if (result.ended) this.cleartext._push(null);
};

// Bytes the program wrote (into `cleartext`).
SecurePair.prototype._fromProgram = function(buffer) {
  var wire;
  try {
    wire = binding.pairOut(this._handle, buffer);
  } catch (err) {
    return this._fail(err);
  }
  if (wire) this.encrypted._push(wire);
};

SecurePair.prototype._onsecure = function() {
  this._secureEstablished = true;
  authorize(this.cleartext, this._handle, !this._isServer || this._requestCert);
  this.emit('secure');
  if (this._endWhenSecure) this._endEncrypted();
};

SecurePair.prototype._fail = function(err) {
  if (this._failed) return;
  this._failed = true;
  this.emit('error', err);
  this.destroy();
};

SecurePair.prototype.destroy = function() {
  if (this._destroyed) return;
  this._destroyed = true;
  this.cleartext._close();
  this.encrypted._close();
};

// One side of a SecurePair: writes go into the session, what the session
// has for this side comes out as 'data'.
function PairStream(pair, isCleartext) {
  Stream.call(this);
  this.pair = pair;
  this._isCleartext = isCleartext;
  this.readable = this.writable = true;
  this._paused = false;
  this._pending = [];
  this._decoder = null;
  this.authorized = false;
  this.authorizationError = null;
}
util.inherits(PairStream, Stream);

PairStream.prototype.write = function(data, encoding, callback) {
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (!this.writable) return false;
  var buffer = Buffer.isBuffer(data) ? data : new Buffer(String(data), encoding || 'utf8');
  if (this._isCleartext) this.pair._fromProgram(buffer);
  else this.pair._fromWire(buffer);
  if (typeof callback === 'function') process.nextTick(callback);
  return true;
};

PairStream.prototype.end = function(data, encoding) {
  if (data !== undefined && data !== null) this.write(data, encoding);
  if (!this.writable) return;
  this.writable = false;
  if (!this._isCleartext) return this.pair.cleartext._push(null);
  // Ended inside the handshake: what was written waits for it, and so
  // does the close_notify.
  if (this.pair._secureEstablished) this.pair._endEncrypted();
  else this.pair._endWhenSecure = true;
};

SecurePair.prototype._endEncrypted = function() {
  var wire = binding.pairEnd(this._handle);
  if (wire) this.encrypted._push(wire);
  this.encrypted._push(null);
};

PairStream.prototype._push = function(buffer) {
  if (!this.readable) return;
  if (this._paused) {
    this._pending.push(buffer);
    return;
  }
  this._deliver(buffer);
};

PairStream.prototype._deliver = function(buffer) {
  if (buffer === null) {
    this.readable = false;
    this.emit('end');
    return;
  }
  if (this._decoder) {
    var text = this._decoder.write(buffer);
    if (text.length) this.emit('data', text);
  } else {
    this.emit('data', buffer);
  }
};

PairStream.prototype.pause = function() { this._paused = true; };

PairStream.prototype.resume = function() {
  this._paused = false;
  while (!this._paused && this._pending.length) this._deliver(this._pending.shift());
};

PairStream.prototype.setEncoding = function(encoding) {
  var StringDecoder = require('string_decoder').StringDecoder;
  this._decoder = new StringDecoder(encoding);
};

PairStream.prototype.destroy = function() { this.pair.destroy(); };

PairStream.prototype._close = function() {
  if (this._closed) return;
  this._closed = true;
  this.readable = this.writable = false;
  var self = this;
  process.nextTick(function() { self.emit('close'); });
};

PairStream.prototype.getPeerCertificate = function() {
  return binding.peerCertificate(this.pair._handle);
};

PairStream.prototype.getCipher = function() {
  return binding.cipher(this.pair._handle);
};
