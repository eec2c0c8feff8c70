// An HTTP/1.0 request gets 'Connection: close', no chunked encoding (the body ends with the connection), and the server closes the connection after the response.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var server = http.createServer(function(req, res) {
  assert.strictEqual(req.httpVersion, '1.0');
  if (req.url === '/length') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 6 });
    res.end('length');
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('streamed ');
    res.end('body');
  }
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT, 'GET /stream HTTP/1.0\r\n\r\n', common.mustCall(function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].statusCode, 200);
    assert.strictEqual(r[0].headers.connection, 'close');
    assert.strictEqual(r[0].headers['transfer-encoding'], undefined);
    assert.ok(!r[0].chunked);
    assert.strictEqual(r[0].body, 'streamed body');

    raw.request(common.PORT, 'GET /length HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n', common.mustCall(function(text) {
      var r = raw.parse(text);
      assert.strictEqual(r.length, 1);
      assert.strictEqual(r[0].headers.connection, 'close');
      assert.strictEqual(r[0].headers['content-length'], '6');
      assert.strictEqual(r[0].body, 'length');
      server.close();
    }));
  }));
}));
