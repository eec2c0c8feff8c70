// Responses to HEAD, and 204 and 304 responses, carry no body even if the handler writes one; the next response on the connection follows the head directly, and the client gets 'end' with no 'data'.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var server = http.createServer(function(req, res) {
  if (req.url === '/204') {
    res.writeHead(204);
    res.end();
  } else if (req.url === '/304') {
    res.writeHead(304, { 'ETag': '"abc"' });
    res.end();
  } else if (req.url === '/204-written') {
    res.writeHead(204);
    res.write('ignored');
    res.end('ignored too');
  } else if (req.method === 'HEAD') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 11 });
    res.end('hello world');
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('after');
  }
});

var H = ' HTTP/1.1\r\nHost: 127.0.0.1\r\n';

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT,
      'HEAD /' + H + '\r\n' +
      'GET /204' + H + '\r\n' +
      'GET /304' + H + 'If-None-Match: "abc"\r\n\r\n' +
      'GET /204-written' + H + '\r\n' +
      'GET /after' + H + 'Connection: close\r\n\r\n',
      common.mustCall(function(text) {
    var r = raw.parse(text, [true]);
    assert.strictEqual(r.length, 5);
    assert.strictEqual(r[0].statusCode, 200);
    assert.strictEqual(r[0].headers['content-length'], '11');
    assert.strictEqual(r[1].statusCode, 204);
    assert.strictEqual(r[1].headers['transfer-encoding'], undefined);
    assert.strictEqual(r[2].statusCode, 304);
    assert.strictEqual(r[2].headers.etag, '"abc"');
    assert.strictEqual(r[2].headers['transfer-encoding'], undefined);
    assert.strictEqual(r[3].statusCode, 204);
    assert.strictEqual(r[4].statusCode, 200);
    assert.strictEqual(r[4].body, 'after');
    assert.strictEqual(text.indexOf('hello world'), -1);
    assert.strictEqual(text.indexOf('ignored'), -1);
    client();
  }));
}));

// The client side: no 'data', just 'end'.
function client() {
  var pending = 3;
  function fetch(method, path, status) {
    var req = http.request({ host: '127.0.0.1', port: common.PORT, method: method,
                             path: path, headers: { 'Connection': 'close' } },
                           common.mustCall(function(res) {
      assert.strictEqual(res.statusCode, status);
      if (method === 'HEAD') assert.strictEqual(res.headers['content-length'], '11');
      res.on('data', function() { assert.fail('no body for ' + method + ' ' + path); });
      res.on('end', common.mustCall(function() {
        if (--pending === 0) server.close();
      }));
    }));
    req.end();
  }
  fetch('HEAD', '/', 200);
  fetch('GET', '/204', 204);
  fetch('GET', '/304', 304);
}
