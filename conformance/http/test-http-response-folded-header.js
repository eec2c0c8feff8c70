// rnode-only
// Regression: a response header folded onto indented lines (obs-fold, as
// old servers sent long values) is joined, as 0.4's parser did, instead of
// failing with a parse error (modern Node's llhttp refuses such heads).
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var gotResponse = false;
var body = 'folded';

var server = net.createServer(function(conn) {
  conn.write('HTTP/1.1 200 OK\r\n' +
             'Connection: close\r\n' +
             'Content-Length: ' + body.length + '\r\n' +
             'Content-Type: text/plain;\r\n' +
             ' x-unix-mode=0600;\r\n' +
             '\tname="hello.txt"\r\n' +
             'X-After: plain\r\n' +
             '\r\n' + body, function() {
    conn.destroy();
    server.close();
  });
});

server.listen(common.PORT, '127.0.0.1', function() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, function(res) {
    assert.strictEqual(res.headers['content-type'], 'text/plain;x-unix-mode=0600;name="hello.txt"');
    assert.strictEqual(res.headers['x-after'], 'plain');
    gotResponse = true;
    res.resume();
  });
});

process.on('exit', function() {
  assert.ok(gotResponse);
});
