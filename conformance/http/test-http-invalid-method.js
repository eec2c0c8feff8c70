// Bytes that cannot start a request (after a complete one) are a parse
// error at once: 'clientError', and the connection is closed, without
// waiting for the rest of the line.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var requests = 0;
var server = http.createServer(function(req, res) {
  requests++;
  res.writeHead(200, { 'Content-Length': 2 });
  res.end('ok');
});
server.on('clientError', common.mustCall(function(err) {
  assert.ok(err instanceof Error);
}));

server.listen(common.PORT, '127.0.0.1', function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('connect', function() {
    // No CRLF after 'hello world': only its first byte shows it is wrong.
    c.write('GET /blah HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n\r\nhello world');
  });
  c.on('data', function() {});
  c.on('error', function() {});
  c.on('close', common.mustCall(function() {
    server.close();
  }));
});

process.on('exit', function() {
  assert.strictEqual(requests, 1);
});
