// http.request(options, cb) with host, port, path (with query), method and headers: the manual's POST example (two writes, end) arrives chunked and whole; a Content-Length header disables chunking; PUT, DELETE, GET by default; a Host header is sent.
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

// Each step: [options, function(req) that sends the body, check(got)].
var steps = [
  // The manual's example.
  [{ path: '/upload', method: 'POST' }, function(req) {
    // write data to request body
    req.write('data\n');
    req.write('data\n');
    req.end();
  }, function(got) {
    assert.strictEqual(got.method, 'POST');
    assert.strictEqual(got.url, '/upload');
    assert.strictEqual(got.body, 'data\ndata\n');
    assert.strictEqual(got.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(got.headers['content-length'], undefined);
    assert.strictEqual(got.headers.host, '127.0.0.1:' + common.PORT);
  }],
  // Content-Length given: the body is sent as is.
  [{ path: '/put?x=1&y=two', method: 'PUT',
     headers: { 'Content-Length': 11, 'X-Custom': 'Value', 'Content-Type': 'text/plain' } },
   function(req) {
    req.write('hello ');
    req.end('world');
  }, function(got) {
    assert.strictEqual(got.method, 'PUT');
    assert.strictEqual(got.url, '/put?x=1&y=two');
    assert.strictEqual(got.body, 'hello world');
    assert.strictEqual(got.headers['content-length'], '11');
    assert.strictEqual(got.headers['transfer-encoding'], undefined);
    assert.strictEqual(got.headers['x-custom'], 'Value');
    assert.strictEqual(got.headers['content-type'], 'text/plain');
  }],
  // end(data, encoding).
  [{ path: '/hex', method: 'POST' }, function(req) {
    req.end('68656c6c6f', 'hex');
  }, function(got) {
    assert.strictEqual(got.body, 'hello');
  }],
  // Buffers.
  [{ path: '/buf', method: 'POST', headers: { 'Content-Length': 3 } }, function(req) {
    req.write(new Buffer([0x61, 0x62]));
    req.end(new Buffer([0x63]));
  }, function(got) {
    assert.strictEqual(got.body, 'abc');
  }],
  // The method defaults to GET.
  [{ path: '/' }, function(req) { req.end(); }, function(got) {
    assert.strictEqual(got.method, 'GET');
    assert.strictEqual(got.url, '/');
    assert.strictEqual(got.body, '');
  }],
  [{ path: '/del', method: 'DELETE' }, function(req) { req.end(); }, function(got) {
    assert.strictEqual(got.method, 'DELETE');
    assert.strictEqual(got.url, '/del');
  }]
];

var done = 0;
function next() {
  var step = steps.shift();
  if (!step) {
    assert.strictEqual(done, 6);
    return server.close();
  }
  var options = step[0];
  options.host = '127.0.0.1';
  options.port = common.PORT;
  var req = http.request(options, function(res) {
    assert.strictEqual(res.statusCode, 200);
    var text = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { text += d; });
    res.on('end', function() {
      step[2](JSON.parse(text));
      done++;
      next();
    });
  });
  req.on('error', function(e) { throw e; });
  step[1](req);
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(next));
