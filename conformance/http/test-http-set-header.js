// response.setHeader/getHeader/removeHeader: names case-insensitive, setHeader replaces, an array value sends the header once per element; only getHeader may be used once the header is sent.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var server = http.createServer(function(req, res) {
  assert.strictEqual(res.getHeader('content-type'), undefined);
  res.setHeader('Content-Type', 'text/html');
  assert.strictEqual(res.getHeader('content-type'), 'text/html');
  assert.strictEqual(res.getHeader('CONTENT-TYPE'), 'text/html');

  res.setHeader('X-Foo', 'first');
  res.setHeader('x-foo', 'second');
  assert.strictEqual(res.getHeader('X-FOO'), 'second');

  res.setHeader('Set-Cookie', ['type=ninja', 'language=javascript']);
  assert.deepEqual(res.getHeader('set-cookie'), ['type=ninja', 'language=javascript']);

  res.setHeader('Content-Encoding', 'gzip');
  res.removeHeader('Content-Encoding');
  assert.strictEqual(res.getHeader('content-encoding'), undefined);
  res.setHeader('X-Remove-Me', 'x');
  res.removeHeader('x-REMOVE-me');
  assert.strictEqual(res.getHeader('X-Remove-Me'), undefined);
  res.removeHeader('X-Never-Set');

  res.setHeader('Content-Length', 5);
  assert.strictEqual(res.getHeader('content-length'), 5);

  res.write('hel');
  // The header is out now.
  assert.throws(function() { res.setHeader('X-Late', '1'); });
  assert.throws(function() { res.removeHeader('X-Foo'); });
  // Reading stays allowed (0.4's fix for GH-752; Express calls it late).
  assert.strictEqual(res.getHeader('X-Foo'), 'second');
  res.end('lo');
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      common.mustCall(function(text) {
    var r = raw.parse(text)[0];
    assert.strictEqual(r.statusCode, 200);
    assert.strictEqual(r.headers['content-type'], 'text/html');
    assert.strictEqual(r.headers['x-foo'], 'second');
    assert.deepEqual(r.headers['set-cookie'], ['type=ninja', 'language=javascript']);
    var cookieLines = r.rawHeaders.filter(function(h) {
      return h[0].toLowerCase() === 'set-cookie';
    });
    assert.strictEqual(cookieLines.length, 2);
    assert.strictEqual(r.headers['content-encoding'], undefined);
    assert.strictEqual(r.headers['x-remove-me'], undefined);
    assert.strictEqual(r.headers['x-late'], undefined);
    assert.strictEqual(r.headers['content-length'], '5');
    assert.ok(!r.chunked);
    assert.strictEqual(r.body, 'hello');

    // The same response through the client: Set-Cookie arrives as an array.
    http.get({ host: '127.0.0.1', port: common.PORT, path: '/',
               headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
      assert.deepEqual(res.headers['set-cookie'], ['type=ninja', 'language=javascript']);
      assert.strictEqual(res.headers['x-foo'], 'second');
      assert.strictEqual(res.headers['content-type'], 'text/html');
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function(d) { body += d; });
      res.on('end', common.mustCall(function() {
        assert.strictEqual(body, 'hello');
        server.close();
      }));
    }));
  }));
}));
