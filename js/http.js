// http: the manual's "HTTP" section. Messages are parsed in Rust
// (process.binding('http_parser'): httparse for heads, body framing and
// chunked decoding); this file is the server/client shape on top of net.
var util = require('util');
var net = require('net');
var Stream = require('stream').Stream;
var EventEmitter = require('events').EventEmitter;
var Buffer = require('buffer').Buffer;
var parsers = process.binding('http_parser');
// Per-message work in Rust: making requests and responses, rendering heads,
// end(). The objects it makes have the prototypes defined here.
var binding = process.binding('http');
var netBinding = process.binding('net');

var STATUS_CODES = exports.STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Moved Temporarily',
  303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Time-out', 409: 'Conflict',
  410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Request Entity Too Large', 414: 'Request-URI Too Large',
  415: 'Unsupported Media Type', 416: 'Requested Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a teapot', 422: 'Unprocessable Entity',
  423: 'Locked', 424: 'Failed Dependency', 425: 'Unordered Collection',
  426: 'Upgrade Required', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Time-out',
  505: 'HTTP Version not supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended'
};

// ---- IncomingMessage: ServerRequest and ClientResponse ------------------------

// The parser makes these natively (bindings/http/mod.rs `incoming`),
// setting what this constructor sets plus the request or status line and
// headers; the defaults live on the prototype (every property costs in
// Boa), the state fields in Rust (bindings/http/fields.rs).
function IncomingMessage(socket) {
  this.socket = this.connection = socket;
  this.headers = {};
  this.trailers = {};
  this._pending = null;
  this.httpVersion = this.httpVersionMajor = this.httpVersionMinor = null;
}
util.inherits(IncomingMessage, Stream);
exports.IncomingMessage = IncomingMessage;
// What a parsed message has unless it says otherwise.
IncomingMessage.prototype.httpVersion = '1.1';
IncomingMessage.prototype.httpVersionMajor = 1;
IncomingMessage.prototype.httpVersionMinor = 1;
// `complete`, `readable` and `_paused` are accessors binding.setup defines
// (bindings/http/fields.rs): a message made in Rust holds them natively.
IncomingMessage.prototype._decoder = null;
IncomingMessage.prototype.url = '';
IncomingMessage.prototype.method = null;
IncomingMessage.prototype.statusCode = null;
IncomingMessage.prototype._pending = null;
// No listeners yet, found here: bindings/http.rs emits 'end' and 'finish'
// on every message, and a lookup walking to Object.prototype costs.
IncomingMessage.prototype._events = null;
// Made on first use: most requests never look at their trailers.
lazyObject(IncomingMessage.prototype, 'trailers');
// `connection` is `socket` unless assigned (one property less to make per
// request).
Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get: function() { return this.socket; },
  set: function(value) {
    Object.defineProperty(this, 'connection', { value: value, writable: true, enumerable: true, configurable: true });
  },
  configurable: true
});

// Defines `name` on `proto` as an object made on first use: reading it
// (or assigning it) gives the message its own property.
function lazyObject(proto, name) {
  function own(obj, value) {
    Object.defineProperty(obj, name, { value: value, writable: true, enumerable: true, configurable: true });
    return value;
  }
  Object.defineProperty(proto, name, {
    get: function() { return own(this, {}); },
    set: function(value) { own(this, value); },
    configurable: true
  });
}

IncomingMessage.prototype.setEncoding = function(encoding) {
  var StringDecoder = require('string_decoder').StringDecoder;
  this._decoder = new StringDecoder(encoding);
};

IncomingMessage.prototype.pause = function() {
  this._paused = true;
  this.socket.pause();
};

IncomingMessage.prototype.resume = function() {
  this._paused = false;
  this.socket.resume();
  while (!this._paused && this._pending && this._pending.length) this._emit(this._pending.shift());
};

IncomingMessage.prototype.destroy = function(error) {
  this.socket.destroy(error);
};

// Body chunks and the end, in order, held back while paused.
IncomingMessage.prototype._push = function(chunk) {
  if (this._paused || (this._pending && this._pending.length)) {
    (this._pending || (this._pending = [])).push(chunk);
  } else {
    this._emit(chunk);
  }
};

IncomingMessage.prototype._emit = function(chunk) {
  if (chunk === null) {
    this.complete = true;
    this.readable = false;
    this.emit('end');
    return;
  }
  if (this._decoder) {
    var text = this._decoder.write(chunk);
    if (text.length) this.emit('data', text);
  } else {
    this.emit('data', chunk);
  }
};

// ---- OutgoingMessage: ServerResponse and ClientRequest -------------------------

// As IncomingMessage: per-message state here, defaults on the prototype.
// The fields Rust reads on every message (`finished`, `_hasBody`,
// `_header`, `shouldKeepAlive`...) are accessors binding.setup defines
// (bindings/http/fields.rs): a message made in Rust holds them natively,
// one made in JS gets an own property when one is assigned.
function OutgoingMessage() {
  this.output = [];
  this._headers = {};
  this._headerNames = {};
}
util.inherits(OutgoingMessage, Stream);
exports.OutgoingMessage = OutgoingMessage;
OutgoingMessage.prototype.sendDate = false;
// Made on first use (a response built in Rust starts without them).
OutgoingMessage.prototype.output = null;
OutgoingMessage.prototype._headerNames = null;
OutgoingMessage.prototype._events = null;
lazyObject(OutgoingMessage.prototype, '_headers');

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (arguments.length < 2) throw new Error('`name` and `value` are required for setHeader().');
  if (this._header) throw new Error('Can\'t use mutable header APIs after sent.');
  var key = name.toLowerCase();
  this._headers[key] = value;
  (this._headerNames || (this._headerNames = {}))[key] = name;
};

// Still readable after the head is sent (0.4's fix for GH-752).
OutgoingMessage.prototype.getHeader = function(name) {
  if (arguments.length < 1) throw new Error('`name` is required for getHeader().');
  return this._headers[name.toLowerCase()];
};

OutgoingMessage.prototype.destroy = function(error) {
  var socket = this.socket || this.connection;
  if (socket) socket.destroy(error);
};

OutgoingMessage.prototype.removeHeader = function(name) {
  if (arguments.length < 1) throw new Error('`name` is required for removeHeader().');
  if (this._header) throw new Error('Can\'t use mutable header APIs after sent.');
  var key = name.toLowerCase();
  delete this._headers[key];
  if (this._headerNames) delete this._headerNames[key];
};

// _storeHeader(firstLine, [headers]): renders the head into `_header`
// (headers an object or [name, value] pairs, array values repeated; none:
// those set with setHeader), choosing Content-Length, chunked encoding or
// Connection: close for the body. Native: it runs for every message.
OutgoingMessage.prototype._storeHeader = binding.storeHeader;

OutgoingMessage.prototype._renderHeaders = function() {
  var headers = {}, names = this._headerNames || {};
  for (var key in this._headers) headers[names[key] || key] = this._headers[key];
  return headers;
};

OutgoingMessage.prototype._send = function(data) {
  if (!this._headerSent) {
    data = typeof data === 'string' ? this._header + data : Buffer.concat([new Buffer(this._header, 'binary'), data]);
    this._headerSent = true;
  }
  return this._writeRaw(data);
};

OutgoingMessage.prototype._writeRaw = function(data) {
  if (this.connection && this.connection._httpMessage === this && this.connection.writable) {
    if (this.output && this.output.length) {
      for (var i = 0; i < this.output.length; i++) this.connection.write(this.output[i], 'binary');
      this.output = [];
    }
    return this.connection.write(data, typeof data === 'string' ? 'binary' : undefined);
  }
  (this.output || (this.output = [])).push(data);
  return false;
};

OutgoingMessage.prototype._flushOutput = function() {
  var output = this.output || [];
  this.output = [];
  var ret = true;
  for (var i = 0; i < output.length; i++) ret = this.connection.write(output[i], typeof output[i] === 'string' ? 'binary' : undefined);
  return ret;
};

// write(chunk, [encoding]): the head first if it is still due; a chunk
// when chunked. Native (bindings/http/end.rs): it runs for every chunk.
OutgoingMessage.prototype.write = binding.write;

OutgoingMessage.prototype.addTrailers = function(headers) {
  var lines = [];
  for (var key in headers) {
    var value = headers[key];
    if (Array.isArray(headers)) { key = value[0]; value = value[1]; }
    lines.push(key + ': ' + value + '\r\n');
  }
  this._trailer = lines.join('');
};

// end([data], [encoding]): head (if not sent), body and last chunk go out
// in one write; with Nagle's algorithm a second small write would wait for
// the peer's delayed ACK. Native (bindings/http.rs): it runs per message.
OutgoingMessage.prototype.end = binding.end;

// _finish(): the message is all written: a server's next pipelined
// response may write (or the connection ends), then 'finish'. Native.
OutgoingMessage.prototype._finish = binding.finish;

// ---- ServerResponse ------------------------------------------------------------

function ServerResponse(req) {
  OutgoingMessage.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    this.useChunkedEncodingByDefault = false;
    this.shouldKeepAlive = false;
  }
  this.statusCode = 200;
}
util.inherits(ServerResponse, OutgoingMessage);
exports.ServerResponse = ServerResponse;

ServerResponse.prototype.writeContinue = function() {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n');
  this._sent100 = true;
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode);
};

// writeHead(statusCode, [reasonPhrase], [headers]): headers set with
// setHeader first, then the ones given here. Native (bindings/http.rs).
ServerResponse.prototype.writeHead = binding.writeHead;
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

binding.setup(STATUS_CODES, IncomingMessage.prototype, OutgoingMessage.prototype,
              ServerResponse.prototype);


// ---- Server ---------------------------------------------------------------------

// Server([options], [requestListener]): options (later node's) may set
// maxHeaderSize, the bound on a request's head plus trailers (80 KiB by
// default, Node 0.4's; later node's is 16 KiB), also settable as
// server.maxHeaderSize before connections arrive.
function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = null; }
  net.Server.call(this, { allowHalfOpen: true });
  initServer(this, options, requestListener, 'connection');
}
util.inherits(Server, net.Server);
exports.Server = Server;

// What makes a listening server an HTTP server (https's too: its
// connections come as 'secureConnection' and take the same path).
function initServer(server, options, requestListener, connectionEvent) {
  server.maxHeaderSize = options && options.maxHeaderSize > 0 ? options.maxHeaderSize : undefined;
  // A connection whose request head has not all arrived this long after it
  // began is answered 408 and closed (slowloris), as later node does.
  server.headersTimeout = 60 * 1000;
  server._httpConnections = {};  // by parser id
  server._httpConnectionCount = 0;
  server._headersTimer = null;
  server.httpAllowHalfOpen = false;
  if (requestListener) server.addListener('request', requestListener);
  server.addListener(connectionEvent, connectionListener);
}
exports._initServer = initServer;

exports.createServer = function(options, requestListener) {
  return new Server(options, requestListener);
};

// Per connection: one parser, fed by the socket in Rust; responses go out
// in request order (pipelining), each waiting for the one before to finish.
function ServerConnection(server, socket) {
  this.server = server;
  this.socket = socket;
  this.parser = parsers.create('request', this, socket, server.maxHeaderSize);
  this.ended = false;
  this.timedOut = false;
  this.upgrade = null;
}

// A request head arrives: bindings/http.rs `dispatch_request` queues its
// response (by parser id) and emits 'request' (after `_expect` for
// Expect: 100-continue); `request_complete` ends it. Per request, so native.

// Expect: 100-continue goes to 'checkContinue' listeners, or is answered;
// true when the request went to 'checkContinue'.
// Any other expectation goes to 'checkExpectation' listeners or is
// refused with 417, as later node does.
ServerConnection.prototype._expect = function(req, res) {
  if (!/^\s*100-continue\s*$/i.test(req.headers.expect)) {
    if (this.server.listeners('checkExpectation').length) {
      this.server.emit('checkExpectation', req, res);
    } else {
      // Closed after: the body that may follow was not asked for.
      res.writeHead(417, { 'Connection': 'close' });
      res.end();
    }
    return true;
  }
  if (req.httpVersion !== '1.1') return false;
  res._expectContinue = true;
  if (this.server.listeners('checkContinue').length) {
    this.server.emit('checkContinue', req, res);
    return true;
  }
  res.writeContinue();
  return false;
};

// Reasons of the statuses a refused request gets (0.4's STATUS_CODES
// predates 431).
var REFUSALS = {
  400: 'Bad Request',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large'
};

// A malformed request. 'clientError' listeners decide (0.4's event; the
// socket comes second, as later node passes it), and the connection is
// closed on the next tick if they leave it open. With none, the client is
// told, as later node does (0.4 closed silently): 400, or 413/431/501 as
// err.statusCode says, with Connection: close, then the connection ends.
ServerConnection.prototype._onparseerror = function(err) {
  var socket = this.socket, server = this.server;
  if (server.listeners('clientError').length) {
    server.emit('clientError', err, socket);
    process.nextTick(function() { if (socket.writable) socket.destroy(); });
    return;
  }
  var status = err.statusCode || 400;
  if (socket.writable) {
    socket.end('HTTP/1.1 ' + status + ' ' + (REFUSALS[status] || 'Bad Request') +
               '\r\nConnection: close\r\n\r\n');
  } else {
    socket.destroy();
  }
};

// Too many pipelined responses are unfinished (the client is not reading
// them): the parser holds the requests that follow and the socket stops
// reading until responses finish (bindings/http_parser.rs MAX_PIPELINED).
ServerConnection.prototype._pauseReading = function() {
  this.socket.pause();
};
ServerConnection.prototype._resumeReading = function() {
  if (this.socket.readable) this.socket.resume();
};

// The socket now speaks another protocol: hand it over with what followed
// the head, or close it when nobody listens.
ServerConnection.prototype._onupgrade = function(head) {
  var req = this.upgrade, socket = this.socket, server = this.server;
  this.upgrade = null;
  if (socket._handle !== null) parsers.attach(socket._handle, 0);
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('timeout');
  socket.setTimeout(0);
  parsers.free(this.parser);
  var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listeners(event).length) {
    server.emit(event, req, socket, head);
  } else {
    socket.destroy();
  }
};

// The request being read (or the last one read): kept by the parser.
ServerConnection.prototype.incoming = function() {
  return parsers.incoming(this.parser);
};

// Every so often (half the headers timeout, at most 30 s; the timer does
// not keep the process alive) close the connections slow to send a head.
function checkHeadersTimeout(server) {
  var conns = server._httpConnections;
  for (var id in conns) {
    var conn = conns[id], age = parsers.headAge(conn.parser);
    if (age >= 0 && server.headersTimeout > 0 && age >= server.headersTimeout) timeOut(conn);
  }
}

// 408, then the connection ends (destroyed if the client does not close).
function timeOut(conn) {
  if (conn.timedOut) return;
  conn.timedOut = true;
  var socket = conn.socket;
  if (socket.writable) socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  setTimeout(function() { socket.destroy(); }, 1000);
}

function watchHeaders(server, conn) {
  server._httpConnections[conn.parser] = conn;
  server._httpConnectionCount++;
  if (server._headersTimer || !(server.headersTimeout > 0)) return;
  var every = Math.max(10, Math.min(server.headersTimeout / 2, 30 * 1000));
  server._headersTimer = setInterval(function() {
    if (server._httpConnectionCount === 0) {
      clearInterval(server._headersTimer);
      server._headersTimer = null;
      return;
    }
    checkHeadersTimeout(server);
  }, every);
  server._headersTimer.unref();
}

function forgetConnection(server, conn) {
  if (server._httpConnections[conn.parser] === conn) {
    delete server._httpConnections[conn.parser];
    server._httpConnectionCount--;
  }
}

function connectionListener(socket) {
  var server = this;
  var conn = new ServerConnection(server, socket);
  watchHeaders(server, conn);
  socket.setNoDelay(true);
  socket.setTimeout(2 * 60 * 1000);
  // A client that resets the connection is the client's problem (0.4).
  socket.on('error', function(err) {
    server.emit('clientError', err, socket);
  });
  socket.on('timeout', function() {
    abortIncoming(conn, 'timeout');
    socket.destroy();
  });
  // The response being written hears 'drain' (a pipe into it resumes).
  socket.ondrain = function() {
    var res = binding.currentResponse(conn.parser);
    if (res) res.emit('drain');
    parsers.unblock(conn.parser);
  };
  // Bytes reach the parser from Rust; only those held while the socket
  // was paused come through here.
  if (socket._handle !== null) parsers.attach(socket._handle, conn.parser);
  socket.on('data', function(d) {
    parsers.feed(conn.parser, d);
  });
  // The client hung up. By default (0.4's httpAllowHalfOpen false) every
  // request not yet answered is aborted and the connection ended; a
  // server allowing half-open connections answers the complete ones.
  socket.on('end', function() {
    conn.ended = true;
    parsers.finish(conn.parser);
    if (!server.httpAllowHalfOpen) {
      abortIncoming(conn, 'aborted');
      if (socket.writable) socket.end();
      return;
    }
    var req = conn.incoming();
    if (req && !req.complete) {
      abortIncoming(conn, 'aborted');
      socket.destroy();
    } else if (binding.pendingResponses(conn.parser) === 0) {
      socket.end();
    }
  });
  socket.on('close', function() {
    forgetConnection(server, conn);
    abortIncoming(conn, 'aborted');
    parsers.free(conn.parser);
  });
}

// 'aborted', then 'close' with err.code 'aborted' or 'timeout', once, on
// each request the connection will not answer now.
function abortIncoming(conn, code) {
  // Every request not yet answered, and the one being read (0.4).
  var reqs = binding.unfinishedRequests(conn.parser);
  var req = conn.incoming();
  if (req && !req.complete && reqs.indexOf(req) === -1) reqs.push(req);
  for (var i = 0; i < reqs.length; i++) {
    req = reqs[i];
    if (req._aborted) continue;
    req._aborted = true;
    req.readable = false;
    req.emit('aborted');
    req.emit('close', closeError(code));
  }
}

function closeError(code) {
  var err = new Error(code);
  err.code = code;
  return err;
}

// ---- Agent ------------------------------------------------------------------------

function Agent(options) {
  EventEmitter.call(this);
  options = options || {};
  this.options = options;
  this.host = options.host;
  this.port = options.port || this.defaultPort;
  this.maxSockets = options.maxSockets || Agent.defaultMaxSockets;
  this.sockets = [];
  this.queue = [];
  this.idle = [];
}
util.inherits(Agent, EventEmitter);
Agent.defaultMaxSockets = 5;
exports.Agent = Agent;

// How the agent opens a connection (https's agent opens tls ones).
Agent.prototype.createConnection = function(port, host) {
  return net.createConnection(port, host);
};
Agent.prototype.defaultPort = 80;

// A request waits in `queue` until a socket is free; a kept-alive socket
// is reused before a new one is opened.
Agent.prototype.appendMessage = function(req) {
  this.queue.push(req);
  this._cycle();
};

Agent.prototype._cycle = function() {
  while (this.queue.length) {
    var socket = this.idle.shift();
    if (socket) socket.ref();
    if (!socket) {
      if (this.sockets.length >= this.maxSockets) return;
      socket = this._establish();
    }
    this.queue.shift()._attach(socket, this);
  }
};

Agent.prototype._establish = function() {
  var self = this;
  var socket = this.options.socketPath ?
      net.createConnection(this.options.socketPath) :
      this.createConnection(this.port, this.host, this.options);
  this.sockets.push(socket);
  socket.on('close', function() {
    var i = self.sockets.indexOf(socket);
    if (i >= 0) self.sockets.splice(i, 1);
    i = self.idle.indexOf(socket);
    if (i >= 0) self.idle.splice(i, 1);
    self._cycle();
  });
  return socket;
};

// A kept-alive socket waits, unreferenced (it does not hold the process
// open), for the next request to the same place; an agent `_closing` (a
// createClient client that was ended) keeps none.
Agent.prototype._release = function(socket, keepAlive) {
  if (keepAlive && socket.writable && !this._closing) {
    socket.removeAllListeners('data');
    socket.removeAllListeners('end');
    socket.removeAllListeners('error');
    socket.on('error', function() {});
    socket.unref();
    this.idle.push(socket);
  } else {
    socket.destroy();
  }
  this._cycle();
};

var agents = {};
exports.getAgent = function(host, port) {
  if (typeof host === 'object') {
    port = host.port;
    host = host.host;
  }
  host = host || 'localhost';
  port = port || 80;
  var key = host + ':' + port;
  if (!agents[key]) agents[key] = new Agent({ host: host, port: port });
  return agents[key];
};
exports.globalAgent = exports.getAgent('localhost', 80);

// ---- ClientRequest ----------------------------------------------------------------

// `defaults`: the scheme's port and agents (http's, or https's).
function ClientRequest(options, cb, defaults) {
  OutgoingMessage.call(this);
  defaults = defaults || httpDefaults;
  var self = this;
  var method = (options.method || 'GET').toUpperCase();
  this.method = method;
  this.path = options.path || '/';
  // As Node 0.4: a client asks for Connection: close unless told otherwise.
  this.shouldKeepAlive = false;
  if (cb) this.once('response', cb);
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  }
  var headers = options.headers || {};
  if (Array.isArray(headers)) {
    this._storeHeader(method + ' ' + this.path + ' HTTP/1.1', headers);
  } else {
    for (var key in headers) this.setHeader(key, headers[key]);
    var host = options.host || 'localhost';
    if (!this.getHeader('host') && !options.socketPath) {
      var port = +options.port || defaults.port;
      this.setHeader('Host', port === defaults.port ? host : host + ':' + port);
    }
  }
  this._headerPending = !Array.isArray(headers);
  this.agent = options.agent || (options.socketPath ?
      new Agent({ socketPath: options.socketPath }) :
      defaults.getAgent(options));
  this.agent.appendMessage(this);
}
util.inherits(ClientRequest, OutgoingMessage);
exports.ClientRequest = ClientRequest;

ClientRequest.prototype._implicitHeader = function() {
  if (this._headerPending) {
    this._headerPending = false;
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1', this._renderHeaders());
  }
};

// A request whose write() returned false hears 'drain' when its socket
// has written everything (0.4's httpSocketSetup).
function onClientSocketDrain() {
  if (this._httpMessage) this._httpMessage.emit('drain');
}

ClientRequest.prototype._attach = function(socket, agent) {
  var req = this;
  if (this._aborted) return agent._release(socket, false);
  this.connection = this.socket = socket;
  socket._httpMessage = this;
  socket.ondrain = onClientSocketDrain;
  var parser = parsers.create('response', {
    _onheaders: function(res, keepAlive, upgrade) {
      req.res = res;
      if (res.statusCode === 100) {
        req.emit('continue');
        return true;
      }
      req._keepAlive = keepAlive && req.shouldKeepAlive;
      if (upgrade) return true;
      req.emit('response', res);
      return req.method === 'HEAD';
    },
    _onbody: function(chunk) { if (req.res) req.res._push(chunk); },
    _oncomplete: function(trailers) {
      var res = req.res;
      if (!res || res.statusCode === 100) return;
      if (trailers) res.trailers = trailers;
      // A response delimited by the connection's close says 'close' after
      // 'end', as 0.4 did (test-https-eof-for-eom); others do not: the
      // manual's 'close' means the connection ended early.
      if (endedByClose) {
        res.once('end', function() {
          process.nextTick(function() { res.emit('close'); });
        });
      }
      res._push(null);
      done(req._keepAlive);
    },
    _onparseerror: function(err) {
      failed = true;
      req.emit('error', err);
      done(false);
    },
    _onupgrade: function(head) {
      finished = true;
      parsers.free(parser);
      socket.removeAllListeners('data');
      var i = agent.sockets.indexOf(socket);
      if (i >= 0) agent.sockets.splice(i, 1);
      var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (req.listeners(event).length) {
        req.emit(event, req.res, socket, head);
      } else if (agent.listeners(event).length) {
        agent.emit(event, req.res, socket, head);
      } else if (req._client && req._client.listeners(event).length) {
        req._client.emit(event, req.res, socket, head);
      } else {
        socket.destroy();
      }
    }
  }, socket);
  var finished = false, failed = false;
  function done(keepAlive) {
    if (finished) return;
    finished = true;
    parsers.free(parser);
    socket._httpMessage = null;
    // A kept-alive socket serves other requests: this one's close
    // listener goes with it.
    socket.removeListener('close', onclose);
    agent._release(socket, keepAlive);
  }
  // The connection died before the message was complete: a response
  // being read is aborted; with none yet, the request fails (0.4's
  // 'socket hang up').
  function onclose() {
    if (finished) return;
    finished = true;
    parsers.free(parser);
    var res = req.res;
    if (res && res.statusCode !== 100) {
      if (!res.complete) {
        res.emit('aborted');
        res.emit('close');
      }
    } else if (!failed && !req._aborted) {
      var err = new Error('socket hang up');
      err.code = 'ECONNRESET';
      req.emit('error', err);
    }
  }
  socket.on('data', function(d) { parsers.feed(parser, d); });
  var endedByClose = false;
  socket.on('end', function() {
    endedByClose = true;
    parsers.finish(parser);
  });
  socket.on('error', function(err) {
    if (finished) return;
    failed = true;
    req.emit('error', err);
  });
  socket.on('close', onclose);
  var ready = function() {
    req.emit('socket', socket);
    // Expect: 100-continue sends the head at once and waits for 'continue'.
    if (!req._header && req._headers.expect) {
      req._implicitHeader();
      req._send('');
    }
    if (req.output && req.output.length) {
      // What was written before the socket came is out: as 0.4, 'drain'
      // when the socket took it all (the writer saw false meanwhile).
      if (req._flushOutput() && !req.finished) req.emit('drain');
    }
    if (req.finished) req._finish();
  };
  if (socket._connecting) socket.once('connect', ready); else process.nextTick(ready);
};

ClientRequest.prototype.abort = function() {
  this._aborted = true;
  if (this.socket) this.socket.destroy();
};

ClientRequest.prototype.setTimeout = function(msecs, callback) {
  var self = this;
  if (callback) this.once('timeout', callback);
  function arm(socket) {
    socket.setTimeout(msecs, function() { self.emit('timeout'); });
  }
  if (this.socket) arm(this.socket); else this.once('socket', arm);
};

ClientRequest.prototype.setNoDelay = function(v) {
  if (this.socket) this.socket.setNoDelay(v);
};

var httpDefaults = {
  protocol: 'http:',
  port: 80,
  getAgent: function(options) {
    return exports.getAgent(options.host || 'localhost', +options.port || 80);
  }
};

exports.request = function(options, cb) {
  return request(options, cb, httpDefaults);
};

// http.request and https.request: the same request on another scheme.
function request(options, cb, defaults) {
  if (typeof options === 'string') options = require('url').parse(options);
  if (options.protocol && options.protocol !== defaults.protocol) {
    throw new Error('Protocol:' + options.protocol + ' not supported.');
  }
  if (options.hostname && !options.host) options.host = options.hostname;
  if (options.host && options.hostname) options.host = options.hostname;
  return new ClientRequest(options, cb, defaults);
}
exports._request = request;

exports.get = function(options, cb) {
  var req = exports.request(options, cb);
  req.end();
  return req;
};

// cat(url, [encoding], [headers], callback): GETs `url` and calls back
// (null, body); a status outside 2xx calls back with the bare status code,
// a failure with the error (Node 0.4's convenience, deprecated then).
exports.cat = function(url, encoding, headers, callback) {
  var args = Array.prototype.slice.call(arguments, 1);
  callback = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  encoding = typeof args[0] === 'string' ? args.shift() : 'utf8';
  headers = args[0] && typeof args[0] === 'object' ? args[0] : {};
  var target = require('url').parse(url);
  var hasHost = Object.keys(headers).some(function(key) { return key.toLowerCase() === 'host'; });
  if (!hasHost) headers.Host = target.hostname;
  var called = false;
  function reply(err, body) {
    if (called || !callback) return;
    called = true;
    callback(err, body);
  }
  var req = exports.request({
    host: target.hostname,
    port: target.port || 80,
    path: (target.pathname || '/') + (target.search || '') + (target.hash || ''),
    headers: headers
  }, function(res) {
    if (res.statusCode < 200 || res.statusCode >= 300) {
      reply(res.statusCode);
      res.destroy();
      return;
    }
    var content = '';
    res.setEncoding(encoding);
    res.on('data', function(chunk) { content += chunk; });
    res.on('end', function() { reply(null, content); });
    res.on('aborted', function() { reply(new Error('Connection closed unexpectedly')); });
  });
  req.on('error', reply);
  req.end();
};

// ---- createClient (0.4, deprecated then) ------------------------------------------

// 0.4's Client was one connection (a net.Stream): its requests go out in
// order on one socket, kept alive while they ask for it; 'connect' and
// 'end' are that socket's, and end() closes it once it is idle.
function Client(port, host) {
  net.Stream.call(this);
  this.port = port || 80;
  this.host = host || 'localhost';
  this._agent = new Agent({ host: this.host, port: this.port, maxSockets: 1 });
}
util.inherits(Client, net.Stream);

// end() closes the connection once its requests are answered, destroy()
// at once.
Client.prototype.end = function() { this._close(this._agent.idle); };
Client.prototype.destroy = function() { this._close(this._agent.sockets); };
Client.prototype._close = function(sockets) {
  this._agent._closing = true;
  sockets.slice().forEach(function(socket) { socket.destroy(); });
};

Client.prototype.request = function(method, path, headers) {
  if (typeof path !== 'string') {
    headers = path;
    path = method;
    method = 'GET';
  }
  var self = this;
  this._agent._closing = false;
  var req = exports.request({ method: method, path: path, headers: headers,
                              host: this.host, port: this.port, agent: this._agent });
  req._client = this;
  req.on('error', function(err) { self.emit('error', err); });
  // 0.4's Client was the connection: it connected and ended when the
  // socket did. 'socket' comes once a new socket is connected; a kept-alive
  // socket loses its 'end' listeners between requests, so that one is
  // added per request.
  req.on('socket', function(socket) {
    if (!socket._client) {
      socket._client = self;
      self.emit('connect');
    }
    socket.on('end', function() { self.emit('end'); });
  });
  return req;
};

exports.Client = Client;
exports.createClient = function(port, host) {
  return new Client(port, host);
};
