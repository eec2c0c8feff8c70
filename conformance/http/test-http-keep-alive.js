// HTTP/1.1 keep-alive on the server: a second request on the same raw connection after the first response is answered on it ('connection' fires once); 'Connection: close' on the second makes the server close.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');
var raw = require('./raw');

var connections = 0;
var sockets = [];
var server = http.createServer(function(req, res) {
  sockets.push(req.connection);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('answer to ' + req.url);
});
server.on('connection', function() { connections++; });

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var text = '';
  var state = 0;
  c.setEncoding('binary');
  c.on('connect', function() {
    c.write('GET /first HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  });
  c.on('data', function(d) {
    text += d;
    if (state === 0 && /\r\n0\r\n\r\n$/.test(text)) {
      state = 1;
      var r = raw.parse(text);
      assert.strictEqual(r.length, 1);
      assert.strictEqual(r[0].headers.connection, 'keep-alive');
      assert.ok(r[0].chunked);
      assert.strictEqual(r[0].body, 'answer to /first');
      // The connection is still open: ask again on it.
      setTimeout(function() {
        c.write('GET /second HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      }, 50);
    }
  });
  c.on('close', common.mustCall(function() {
    assert.strictEqual(state, 1);
    var r = raw.parse(text);
    assert.strictEqual(r.length, 2);
    assert.strictEqual(r[1].statusCode, 200);
    assert.strictEqual(r[1].headers.connection, 'close');
    assert.strictEqual(r[1].body, 'answer to /second');
    assert.strictEqual(connections, 1);
    assert.strictEqual(sockets.length, 2);
    assert.strictEqual(sockets[0], sockets[1]);
    server.close();
  }));
}));
