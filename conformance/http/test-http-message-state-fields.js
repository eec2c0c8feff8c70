// Regression: the state fields of requests and responses (complete,
// readable, finished, _headerSent, _header, connection, trailers,
// bytesWritten) read and assign like properties, per message, whether the
// message was made by the server or by a script.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var body = 'hello state\n';

// The fields read on the prototypes themselves (as code copying methods
// off a prototype does) are not a message's state; assigning one there
// must not hide every message's own state.
assert.ok(!http.OutgoingMessage.prototype.finished);
assert.ok(!http.IncomingMessage.prototype.complete);
assert.ok(http.ServerResponse.prototype._header !== 'x');
http.OutgoingMessage.prototype.finished = false;
var finished = false, ended = false, clientEnded = false;

var server = http.createServer(function(req, res) {
  assert.strictEqual(req.complete, false);
  assert.strictEqual(req.readable, true);
  assert.strictEqual(req.connection, req.socket);
  assert.strictEqual(typeof req.trailers, 'object');
  req.trailers = { x: 1 };
  assert.strictEqual(req.trailers.x, 1);

  assert.strictEqual(res.finished, false);
  assert.strictEqual(res.writable, true);
  res.statusCode = undefined;
  assert.strictEqual(res.statusCode, undefined);
  res.statusCode = 200;
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  assert.strictEqual(typeof res._header, 'string');
  assert.ok(res._header.indexOf('HTTP/1.1 200 OK\r\n') === 0);
  assert.strictEqual(res._headerSent, false);

  req.on('end', function() {
    ended = true;
    assert.strictEqual(req.complete, true);
    assert.strictEqual(req.readable, false);
    var socket = res.connection;
    res.on('finish', function() {
      finished = true;
      assert.ok(socket.bytesWritten > res._header.length + body.length);
    });
    res.end(body);
    assert.strictEqual(res.finished, true);
    assert.strictEqual(res._headerSent, true);
  });
  req.resume();
});

server.listen(common.PORT, '127.0.0.1', function() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, function(res) {
    assert.strictEqual(res.complete, false);
    var got = '';
    res.setEncoding('utf8');
    res.on('data', function(chunk) { got += chunk; });
    res.on('end', function() {
      clientEnded = true;
      assert.strictEqual(got, body);
      assert.strictEqual(res.complete, true);
      server.close();
    });
  });
});

// Messages a script makes keep their fields to themselves.
var a = new http.OutgoingMessage(), b = new http.OutgoingMessage();
assert.strictEqual(a.finished, false);
assert.strictEqual(a.writable, true);
a.finished = true;
assert.strictEqual(a.finished, true);
assert.strictEqual(b.finished, false);

process.on('exit', function() {
  assert.ok(ended);
  assert.ok(finished);
  assert.ok(clientEnded);
});
