// ServerRequest method, url, httpVersion/Major/Minor and headers: names lower-cased, values untouched, repeated Accept and X- headers joined with ', ', Set-Cookie an array, a repeated Content-Type keeps the first.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var seen = [];
var server = http.createServer(function(req, res) {
  seen.push(req);
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 2 });
  res.end('ok');
});

var REQ11 = 'DELETE /a/b?c=d HTTP/1.1\r\n' +
            'Host: 127.0.0.1\r\n' +
            'X-MiXeD-Case: VaLuE with  Spaces\r\n' +
            'Accept: text/html\r\n' +
            'Accept: text/plain\r\n' +
            'X-Multi: one\r\n' +
            'X-Multi: two\r\n' +
            'Set-Cookie: a=1\r\n' +
            'Set-Cookie: b=2\r\n' +
            'Content-Type: text/first\r\n' +
            'Content-Type: text/second\r\n' +
            'Connection: close\r\n' +
            '\r\n';
var REQ10 = 'PUT /ten HTTP/1.0\r\nContent-Length: 0\r\n\r\n';

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT, REQ11, common.mustCall(function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].statusCode, 200);
    var req = seen[0];
    assert.strictEqual(req.method, 'DELETE');
    assert.strictEqual(req.url, '/a/b?c=d');
    assert.strictEqual(req.httpVersion, '1.1');
    assert.strictEqual(req.httpVersionMajor, 1);
    assert.strictEqual(req.httpVersionMinor, 1);
    var h = req.headers;
    Object.keys(h).forEach(function(k) {
      assert.strictEqual(k, k.toLowerCase());
    });
    assert.strictEqual(h.host, '127.0.0.1');
    assert.strictEqual(h['x-mixed-case'], 'VaLuE with  Spaces');
    assert.strictEqual(h.accept, 'text/html, text/plain');
    assert.strictEqual(h['x-multi'], 'one, two');
    assert.deepEqual(h['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(h['content-type'], 'text/first');
    assert.strictEqual(h.connection, 'close');

    raw.request(common.PORT, REQ10, common.mustCall(function(text) {
      var r = raw.parse(text);
      assert.strictEqual(r.length, 1);
      assert.strictEqual(r[0].body, 'ok');
      var req = seen[1];
      assert.strictEqual(req.method, 'PUT');
      assert.strictEqual(req.url, '/ten');
      assert.strictEqual(req.httpVersion, '1.0');
      assert.strictEqual(req.httpVersionMajor, 1);
      assert.strictEqual(req.httpVersionMinor, 0);
      assert.strictEqual(req.headers['content-length'], '0');
      assert.strictEqual(seen.length, 2);
      server.close();
    }));
  }));
}));
