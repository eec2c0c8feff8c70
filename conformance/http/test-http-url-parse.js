// request.url is the raw request-target ('/status?name=ryan'); url.parse(request.url, true) and querystring.parse give its parts.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var url = require('url');
var querystring = require('querystring');

var server = http.createServer(function(req, res) {
  assert.strictEqual(req.url, '/status?name=ryan&tag=a&tag=b');
  var parsed = url.parse(req.url);
  assert.strictEqual(parsed.pathname, '/status');
  assert.strictEqual(parsed.search, '?name=ryan&tag=a&tag=b');
  assert.strictEqual(parsed.query, 'name=ryan&tag=a&tag=b');
  assert.strictEqual(parsed.href, '/status?name=ryan&tag=a&tag=b');
  var withQuery = url.parse(req.url, true);
  assert.strictEqual(withQuery.pathname, '/status');
  assert.strictEqual(withQuery.query.name, 'ryan');
  assert.deepEqual(withQuery.query.tag, ['a', 'b']);
  assert.deepEqual(querystring.parse(parsed.query).name, 'ryan');
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ pathname: withQuery.pathname, name: withQuery.query.name }));
});

// The manual's exact example, a request sent byte for byte.
var manual = http.createServer(function(req, res) {
  assert.strictEqual(req.url, '/status?name=ryan');
  var p = url.parse(req.url, true);
  assert.strictEqual(p.pathname, '/status');
  assert.strictEqual(p.search, '?name=ryan');
  assert.deepEqual(p.query, { name: 'ryan' });
  res.writeHead(200, { 'Content-Length': 2, 'Connection': 'close' });
  res.end('ok');
});

var pending = 2;
function done() { if (--pending === 0) { server.close(); manual.close(); } }

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/status?name=ryan&tag=a&tag=b' },
      common.mustCall(function(res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(c) { body += c; });
    res.on('end', common.mustCall(function() {
      assert.deepEqual(JSON.parse(body), { pathname: '/status', name: 'ryan' });
      done();
    }));
  }));
}));

manual.listen(common.PORT + 1, '127.0.0.1', common.mustCall(function() {
  var raw = require('./raw');
  raw.request(common.PORT + 1,
      'GET /status?name=ryan HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/plain\r\n\r\n',
      common.mustCall(function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].statusCode, 200);
    assert.strictEqual(r[0].body, 'ok');
    done();
  }));
}));
