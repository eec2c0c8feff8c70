// http: the manual's "HTTP" section. Messages are parsed in Rust
// (process.binding('http_parser'): httparse for heads, body framing and
// chunked decoding); this file is the server/client shape on top of net.
var util = require('util');
var net = require('net');
var Stream = require('stream').Stream;
var EventEmitter = require('events').EventEmitter;
var Buffer = require('buffer').Buffer;
var parsers = process.binding('http_parser');

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

// One is made per request: only what differs per message is set here;
// the defaults live on the prototype (every property costs in Boa).
function IncomingMessage(socket) {
  this.socket = this.connection = socket;
  this.headers = {};
  this.trailers = {};
  this._pending = null;
}
util.inherits(IncomingMessage, Stream);
exports.IncomingMessage = IncomingMessage;
IncomingMessage.prototype.httpVersion = null;
IncomingMessage.prototype.complete = false;
IncomingMessage.prototype.readable = true;
IncomingMessage.prototype._paused = false;
IncomingMessage.prototype._decoder = null;
IncomingMessage.prototype.url = '';
IncomingMessage.prototype.method = null;
IncomingMessage.prototype.statusCode = null;

IncomingMessage.prototype._setInfo = function(info) {
  this.httpVersionMajor = info.versionMajor;
  this.httpVersionMinor = info.versionMinor;
  this.httpVersion = info.versionMajor + '.' + info.versionMinor;
  this.headers = info.headers;
  if (info.method) {
    this.method = info.method;
    this.url = info.url;
  } else {
    this.statusCode = info.statusCode;
  }
};

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
function OutgoingMessage() {
  this.output = [];
  this._headers = {};
  this._headerNames = {};
}
util.inherits(OutgoingMessage, Stream);
exports.OutgoingMessage = OutgoingMessage;
OutgoingMessage.prototype.writable = true;
OutgoingMessage.prototype._headerSent = false;
OutgoingMessage.prototype._header = '';
OutgoingMessage.prototype.chunkedEncoding = false;
OutgoingMessage.prototype.useChunkedEncodingByDefault = true;
OutgoingMessage.prototype.shouldKeepAlive = true;
OutgoingMessage.prototype.sendDate = false;
OutgoingMessage.prototype._hasBody = true;
OutgoingMessage.prototype._trailer = '';
OutgoingMessage.prototype.finished = false;
OutgoingMessage.prototype.connection = null;

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (arguments.length < 2) throw new Error('`name` and `value` are required for setHeader().');
  if (this._header) throw new Error('Can\'t use mutable header APIs after sent.');
  var key = name.toLowerCase();
  this._headers[key] = value;
  this._headerNames[key] = name;
};

OutgoingMessage.prototype.getHeader = function(name) {
  if (arguments.length < 1) throw new Error('`name` is required for getHeader().');
  if (this._header) throw new Error('Can\'t use mutable header APIs after sent.');
  return this._headers[name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function(name) {
  if (arguments.length < 1) throw new Error('`name` is required for removeHeader().');
  if (this._header) throw new Error('Can\'t use mutable header APIs after sent.');
  var key = name.toLowerCase();
  delete this._headers[key];
  delete this._headerNames[key];
};

// Builds the head from `firstLine` and the headers (an object, or an array
// of [name, value] pairs; array values repeat the header), choosing
// Content-Length, chunked encoding or Connection: close for the body.
// Per response, so kept lean: no closures, names lower-cased only when
// their length says they may matter.
OutgoingMessage.prototype._storeHeader = function(firstLine, headers) {
  var head = firstLine + '\r\n';
  var seen = { connection: false, contentLength: false, transferEncoding: false };
  var i;
  if (Array.isArray(headers)) {
    for (i = 0; i < headers.length; i++) head = this._addHeader(head, headers[i][0], headers[i][1], seen);
  } else if (headers) {
    // Object.keys: for-in is several times slower in Boa.
    var names = Object.keys(headers);
    for (i = 0; i < names.length; i++) head = this._addHeader(head, names[i], headers[names[i]], seen);
  }
  if (!seen.connection) {
    if (this.shouldKeepAlive && (seen.contentLength || this.useChunkedEncodingByDefault)) {
      head += 'Connection: keep-alive\r\n';
    } else {
      this.shouldKeepAlive = false;
      head += 'Connection: close\r\n';
    }
  }
  if (!seen.contentLength && !seen.transferEncoding) {
    if (this._hasBody && this.useChunkedEncodingByDefault) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else if (this._hasBody && this instanceof ServerResponse) {
      // A response body with no length runs until the connection closes.
      this.shouldKeepAlive = false;
    }
  }
  this._header = head + '\r\n';
  this._headerAscii = !/[^\x00-\x7f]/.test(this._header);
  this._headerSent = false;
};

OutgoingMessage.prototype._addHeader = function(head, name, value, seen) {
  if (Array.isArray(value)) {
    for (var i = 0; i < value.length; i++) head = this._addHeader(head, name, value[i], seen);
    return head;
  }
  var len = name.length;
  if (len === 10 || len === 14 || len === 17) {
    var key = name.toLowerCase();
    if (key === 'connection') {
      seen.connection = true;
      if (/close/i.test(value)) this.shouldKeepAlive = false;
      else if (/keep-alive/i.test(value)) this.shouldKeepAlive = true;
    } else if (key === 'content-length') {
      seen.contentLength = true;
    } else if (key === 'transfer-encoding') {
      seen.transferEncoding = true;
      if (/chunked/i.test(value)) this.chunkedEncoding = true;
    }
  }
  return head + name + ': ' + value + '\r\n';
};

OutgoingMessage.prototype._renderHeaders = function() {
  var headers = {};
  for (var key in this._headers) headers[this._headerNames[key]] = this._headers[key];
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
    if (this.output.length) {
      for (var i = 0; i < this.output.length; i++) this.connection.write(this.output[i], 'binary');
      this.output = [];
    }
    return this.connection.write(data, typeof data === 'string' ? 'binary' : undefined);
  }
  this.output.push(data);
  return false;
};

OutgoingMessage.prototype._flushOutput = function() {
  var output = this.output;
  this.output = [];
  var ret = true;
  for (var i = 0; i < output.length; i++) ret = this.connection.write(output[i], typeof output[i] === 'string' ? 'binary' : undefined);
  return ret;
};

function toBinary(chunk, encoding) {
  return typeof chunk === 'string' ? new Buffer(chunk, encoding || 'utf8') : chunk;
}

OutgoingMessage.prototype.write = function(chunk, encoding) {
  if (!this._header) this._implicitHeader();
  if (!this._hasBody) return true;
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) {
    throw new TypeError('first argument must be a string or Buffer');
  }
  if (chunk.length === 0) return false;
  var data = toBinary(chunk, encoding);
  if (this.chunkedEncoding) {
    return this._send(Buffer.concat([new Buffer(data.length.toString(16) + '\r\n', 'binary'), data,
                                     new Buffer('\r\n', 'binary')]));
  }
  return this._send(data);
};

OutgoingMessage.prototype.addTrailers = function(headers) {
  var lines = [];
  for (var key in headers) {
    var value = headers[key];
    if (Array.isArray(headers)) { key = value[0]; value = value[1]; }
    lines.push(key + ': ' + value + '\r\n');
  }
  this._trailer = lines.join('');
};

OutgoingMessage.prototype.end = function(data, encoding) {
  if (this.finished) return false;
  if (!this._header) {
    // The whole body is known: say how long it is rather than chunk it.
    if (data && this._hasBody && !this._headers['content-length'] && !this._headers['transfer-encoding']) {
      this.setHeader('Content-Length', Buffer.isBuffer(data) ? data.length : Buffer.byteLength(data, encoding));
    }
    this._implicitHeader();
  }
  if (data && !this._hasBody) data = null;
  var ret;
  // Head, last chunk and terminator leave in one write: with Nagle's
  // algorithm a second small write would wait for the peer's delayed ACK.
  if (this.chunkedEncoding && this._hasBody) {
    var tail = '0\r\n' + this._trailer + '\r\n';
    if (typeof data === 'string' && !this._headerSent && this._headerAscii &&
        (!encoding || encoding === 'utf8' || encoding === 'utf-8') && this.output.length === 0) {
      // The common small response: head, body and end as one string, one
      // Buffer, one write.
      this._headerSent = true;
      ret = this._writeRaw(new Buffer(this._header + Buffer.byteLength(data).toString(16) + '\r\n' +
                                      data + '\r\n' + tail));
    } else if (data) {
      var body = toBinary(data, encoding);
      ret = this._send(Buffer.concat([new Buffer(body.length.toString(16) + '\r\n', 'binary'), body,
                                      new Buffer('\r\n' + tail, 'binary')]));
    } else {
      ret = this._send(tail);
    }
  } else if (data) {
    ret = this._send(toBinary(data, encoding));
  } else if (!this._headerSent) {
    ret = this._send('');
  }
  this.finished = true;
  this.writable = false;
  if (this.output.length === 0 && this.connection && this.connection._httpMessage === this) {
    this._finish();
  }
  return ret;
};

OutgoingMessage.prototype._finish = function() {
  if (this._serverConnection) this._serverConnection._responseDone(this);
  this.emit('finish');
};

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
ServerResponse.prototype._expectContinue = false;
exports.ServerResponse = ServerResponse;

ServerResponse.prototype.writeContinue = function() {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n');
  this._sent100 = true;
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode, this._renderHeaders());
};

ServerResponse.prototype.writeHead = function(statusCode, reason, obj) {
  var reasonPhrase;
  if (typeof reason === 'string') {
    reasonPhrase = reason;
  } else {
    reasonPhrase = STATUS_CODES[statusCode] || 'unknown';
    obj = reason;
  }
  this.statusCode = statusCode;
  var headers;
  if (obj && !Array.isArray(obj)) {
    // Headers set with setHeader first, then the ones given here.
    headers = obj;
    if (Object.keys(this._headers).length) {
      headers = this._renderHeaders();
      for (var k in obj) headers[k] = obj[k];
    }
  } else {
    headers = obj || this._renderHeaders();
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode < 200)) {
    this._hasBody = false;
  }
  if (this._expectContinue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader('HTTP/1.1 ' + statusCode + ' ' + reasonPhrase, headers);
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ---------------------------------------------------------------------

function Server(requestListener) {
  if (!(this instanceof Server)) return new Server(requestListener);
  net.Server.call(this, { allowHalfOpen: true });
  if (requestListener) this.addListener('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.addListener('connection', connectionListener);
}
util.inherits(Server, net.Server);
exports.Server = Server;

exports.createServer = function(requestListener) {
  return new Server(requestListener);
};

// Per connection: one parser; responses go out in request order
// (pipelining), each waiting for the one before to finish.
function ServerConnection(server, socket) {
  this.server = server;
  this.socket = socket;
  this.parser = parsers.create('request', this);
  this.incoming = null;
  this.responses = [];
  this.ended = false;
}

ServerConnection.prototype._onheaders = function(info) {
  var socket = this.socket;
  var req = this.incoming = new IncomingMessage(socket);
  req._setInfo(info);
  if (info.upgrade) {
    this.upgrade = req;
    return true;
  }
  var res = new ServerResponse(req);
  res.shouldKeepAlive = res.shouldKeepAlive && info.shouldKeepAlive;
  this._queue(res);
  var expect = req.headers.expect;
  if (expect && /100-continue/i.test(expect) && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    res._expectContinue = true;
    if (this.server.listeners('checkContinue').length) {
      this.server.emit('checkContinue', req, res);
      return false;
    }
    res.writeContinue();
  }
  this.server.emit('request', req, res);
  return false;
};

ServerConnection.prototype._onbody = function(chunk) {
  if (this.incoming) this.incoming._push(chunk);
};

ServerConnection.prototype._oncomplete = function(trailers) {
  var req = this.incoming;
  if (!req || this.upgrade) return;
  if (trailers) req.trailers = trailers;
  req._push(null);
};

ServerConnection.prototype._queue = function(res) {
  res.connection = this.socket;
  res._serverConnection = this;
  this.responses.push(res);
  if (this.responses.length === 1) this.socket._httpMessage = res;
};

// A response is complete: the next one (pipelining) may write.
ServerConnection.prototype._responseDone = function(res) {
  var socket = this.socket;
  this.responses.shift();
  if (!res.shouldKeepAlive) {
    socket._httpMessage = null;
    socket.destroySoon();
    return;
  }
  var next = this.responses[0];
  socket._httpMessage = next || null;
  if (next) {
    next._flushOutput();
    if (next.finished) next._finish();
  } else if (this.ended) {
    socket.destroySoon();
  }
};

function connectionListener(socket) {
  var server = this;
  var conn = new ServerConnection(server, socket);
  socket.setNoDelay(true);
  socket.setTimeout(2 * 60 * 1000);
  // A client that resets the connection is the client's problem (0.4).
  socket.on('error', function(err) {
    server.emit('clientError', err);
  });
  socket.on('timeout', function() {
    abortIncoming(conn, 'timeout');
    socket.destroy();
  });
  socket.on('data', function(d) {
    var consumed;
    try {
      consumed = parsers.execute(conn.parser, d);
    } catch (err) {
      // As Node 0.4: tell the server, drop the connection.
      server.emit('clientError', err);
      socket.destroy();
      return;
    }
    if (conn.upgrade) {
      var req = conn.upgrade;
      conn.upgrade = null;
      socket.removeAllListeners('data');
      socket.removeAllListeners('end');
      socket.removeAllListeners('timeout');
      socket.setTimeout(0);
      parsers.free(conn.parser);
      var head = d.slice(consumed);
      var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (server.listeners(event).length) {
        server.emit(event, req, socket, head);
      } else {
        socket.destroy();
      }
    }
  });
  // The client hung up: a request it had not finished is aborted and the
  // connection dropped; complete ones still get their answers.
  socket.on('end', function() {
    conn.ended = true;
    parsers.finish(conn.parser);
    if (conn.incoming && !conn.incoming.complete) {
      abortIncoming(conn, 'aborted');
      socket.destroy();
    } else if (conn.responses.length === 0) {
      socket.end();
    }
  });
  socket.on('close', function() {
    parsers.free(conn.parser);
    abortIncoming(conn, 'aborted');
  });
}

// 'close' on a request that did not complete, once, with err.code
// 'aborted' or 'timeout'.
function abortIncoming(conn, code) {
  var req = conn.incoming;
  if (!req || req.complete || req._aborted) return;
  req._aborted = true;
  req.readable = false;
  req.emit('aborted');
  req.emit('close', closeError(code));
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
  this.port = options.port || 80;
  this.maxSockets = options.maxSockets || Agent.defaultMaxSockets;
  this.sockets = [];
  this.queue = [];
  this.idle = [];
}
util.inherits(Agent, EventEmitter);
Agent.defaultMaxSockets = 5;
exports.Agent = Agent;

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
      net.createConnection(this.port, this.host);
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
// open), for the next request to the same place.
Agent.prototype._release = function(socket, keepAlive) {
  if (keepAlive && socket.writable) {
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

function ClientRequest(options, cb) {
  OutgoingMessage.call(this);
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
      var port = +options.port || 80;
      this.setHeader('Host', port === 80 ? host : host + ':' + port);
    }
  }
  this._headerPending = !Array.isArray(headers);
  this.agent = options.agent || (options.socketPath ?
      new Agent({ socketPath: options.socketPath }) :
      exports.getAgent(options.host || 'localhost', +options.port || 80));
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

ClientRequest.prototype._attach = function(socket, agent) {
  var req = this;
  if (this._aborted) return agent._release(socket, false);
  this.connection = this.socket = socket;
  socket._httpMessage = this;
  var parser = parsers.create('response', {
    _onheaders: function(info) {
      var res = req.res = new IncomingMessage(socket);
      res._setInfo(info);
      if (info.statusCode === 100) {
        req.emit('continue');
        return true;
      }
      req._keepAlive = info.shouldKeepAlive && req.shouldKeepAlive;
      if (info.upgrade) {
        req._upgraded = true;
        return true;
      }
      req.emit('response', res);
      return req.method === 'HEAD';
    },
    _onbody: function(chunk) { if (req.res) req.res._push(chunk); },
    _oncomplete: function(trailers) {
      var res = req.res;
      if (!res || res.statusCode === 100) return;
      if (trailers) res.trailers = trailers;
      res._push(null);
      done(req._keepAlive);
    }
  });
  var finished = false;
  function done(keepAlive) {
    if (finished) return;
    finished = true;
    parsers.free(parser);
    socket._httpMessage = null;
    agent._release(socket, keepAlive);
  }
  socket.on('data', function(d) {
    var consumed;
    try {
      consumed = parsers.execute(parser, d);
    } catch (err) {
      req.emit('error', err);
      done(false);
      return;
    }
    if (req._upgraded) {
      finished = true;
      parsers.free(parser);
      socket.removeAllListeners('data');
      var i = agent.sockets.indexOf(socket);
      if (i >= 0) agent.sockets.splice(i, 1);
      var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (req.listeners(event).length) {
        req.emit(event, req.res, socket, d.slice(consumed));
      } else if (agent.listeners(event).length) {
        agent.emit(event, req.res, socket, d.slice(consumed));
      } else {
        socket.destroy();
      }
    }
  });
  socket.on('end', function() { parsers.finish(parser); });
  socket.on('error', function(err) {
    if (!finished) req.emit('error', err);
  });
  socket.on('close', function() {
    if (!finished) {
      finished = true;
      parsers.free(parser);
      if (req.res && !req.res.complete) req.res.emit('aborted');
    }
  });
  var ready = function() {
    req.emit('socket', socket);
    // Expect: 100-continue sends the head at once and waits for 'continue'.
    if (!req._header && req._headers.expect) {
      req._implicitHeader();
      req._send('');
    }
    if (req.output.length) req._flushOutput();
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

exports.request = function(options, cb) {
  if (typeof options === 'string') options = require('url').parse(options);
  if (options.protocol && options.protocol !== 'http:') {
    throw new Error('Protocol:' + options.protocol + ' not supported.');
  }
  if (options.hostname && !options.host) options.host = options.hostname;
  if (options.host && options.hostname) options.host = options.hostname;
  return new ClientRequest(options, cb);
};

exports.get = function(options, cb) {
  var req = exports.request(options, cb);
  req.end();
  return req;
};

// ---- createClient (0.4, deprecated then) ------------------------------------------

// 0.4's Client was a net.Stream; here it only makes requests through
// the agent for its host and port.
function Client(port, host) {
  net.Stream.call(this);
  this.port = port || 80;
  this.host = host || 'localhost';
}
util.inherits(Client, net.Stream);

Client.prototype.request = function(method, path, headers) {
  if (typeof path !== 'string') {
    headers = path;
    path = method;
    method = 'GET';
  }
  var self = this;
  var req = exports.request({ method: method, path: path, headers: headers, host: this.host, port: this.port });
  req.on('error', function(err) { self.emit('error', err); });
  return req;
};

exports.Client = Client;
exports.createClient = function(port, host) {
  return new Client(port, host);
};
