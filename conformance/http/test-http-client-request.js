// http.request(options, cb) with host, port, path (with query), method and headers: the manual's POST example (two writes, end) arrives chunked and whole; a Content-Length header disables chunking; methods PUT/DELETE/GET by default; a Host header is sent.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function(req, res) {
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', function() {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: body }));
  });
});

function request(options, body, cb) {
  options.host = '127.0.0.1';
  options.port = common.PORT;
  var req = http.request(options, function(res) {
    assert.strictEqual(res.statusCode, 200);
    var text = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { text += d; });
    res.on('end', function() { cb(JSON.parse(text)); });
  });
  req.on('error', function(e) { throw e; });
  if (typeof body === 'function') body(req);
  else req.end(body);
  return req;
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // The manual's example.
  request({ path: '/upload', method: 'POST' }, function(req) {
    // write data to request body
    req.write('data\n');
    req.write('data\n');
    req.end();
  }, common.mustCall(function(got) {
    assert.strictEqual(got.method, 'POST');
    assert.strictEqual(got.url, '/upload');
    assert.strictEqual(got.body, 'data\ndata\n');
    assert.strictEqual(got.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(got.headers['content-length'], undefined);
    assert.strictEqual(got.headers.host, '127.0.0.1:' + common.PORT);

    // Content-Length given: sent as is.
    request({ path: '/put?x=1&y=two', method: 'PUT',
              headers: { 'Content-Length': 11, 'X-Custom': 'Value', 'Content-Type': 'text/plain' } },
            function(req) {
      req.write('hello ');
      req.end('world');
    }, common.mustCall(function(got) {
      assert.strictEqual(got.method, 'PUT');
      assert.strictEqual(got.url, '/put?x=1&y=two');
      assert.strictEqual(got.body, 'hello world');
      assert.strictEqual(got.headers['content-length'], '11');
      assert.strictEqual(got.headers['transfer-encoding'], undefined);
      assert.strictEqual(got.headers['x-custom'], 'Value');
      assert.strictEqual(got.headers['content-type'], 'text/plain');

      // end(data, encoding)
      request({ path: '/hex', method: 'POST' }, function(req) {
        req.end('68656c6c6f', 'hex');
      }, common.mustCall(function(got) {
        assert.strictEqual(got.method, 'POST');
        assert.strictEqual(got.body, 'hello');

        // The method defaults to GET; a Buffer body with write().
        request({ path: '/' }, '', common.mustCall(function(got) {
          assert.strictEqual(got.method, 'GET');
          assert.strictEqual(got.url, '/');
          assert.strictEqual(got.body, '');
         request({ path: '/del', method: 'DELETE' }, '', common.mustCall(function(got) {
          assert.strictEqual(got.method, 'DELETE');
          assert.strictEqual(got.url, '/del');
          request({ path: '/buf', method: 'POST', headers: { 'Content-Length': 3 } }, function(req) {
            req.write(new Buffer([0x61, 0x62]));
            req.end(new Buffer([0x63]));
          }, common.mustCall(function(got) {
            assert.strictEqual(got.body, 'abc');
            server.close();
          }));
         }));
        }));
      }));
    }));
  }));
}));
