// Server events: 'connection' (a net.Socket, the same object as request.connection), 'request' (ServerRequest, ServerResponse), 'listening', 'close' on server.close(); createServer's listener is a 'request' listener.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var sockets = [];
var requests = 0;
var order = [];

var listener = common.mustCall(function(req, res) {
  order.push('listener');
  assert.ok(req instanceof require('events').EventEmitter);
  if (http.IncomingMessage) assert.ok(req instanceof http.IncomingMessage);
  assert.ok(res instanceof http.ServerResponse);
  assert.ok(req.connection instanceof net.Socket);
  assert.ok(sockets.indexOf(req.connection) !== -1, 'request.connection is the connection event stream');
  assert.strictEqual(req.connection.remoteAddress, '127.0.0.1');
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('request ' + requests);
}, 2);

var server = http.createServer(listener);
assert.strictEqual(server.listeners('request').length, 1);
assert.strictEqual(server.listeners('request')[0], listener);

server.on('connection', function(stream) {
  assert.ok(stream instanceof net.Socket);
  sockets.push(stream);
});
server.on('request', function(req, res) {
  order.push('event');
  requests++;
});
server.on('listening', common.mustCall(function() {
  order.push('listening');
}));
server.on('close', common.mustCall(function() {
  assert.strictEqual(sockets.length, 2);
  assert.strictEqual(requests, 2);
  assert.deepEqual(order, ['listening', 'listen-cb', 'listener', 'event', 'listener', 'event']);
}));

function get(path, cb) {
  http.get({ host: '127.0.0.1', port: common.PORT, path: path,
             headers: { 'Connection': 'close' } }, function(res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(c) { body += c; });
    res.on('end', function() { cb(res, body); });
  });
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  order.push('listen-cb');
  get('/one', common.mustCall(function(res, body) {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(body, 'request 0');
    get('/two', common.mustCall(function(res, body) {
      assert.strictEqual(body, 'request 1');
      server.close();
    }));
  }));
}));
