// A chunked request body is decoded for 'data'; its trailers land in request.trailers (names lower-cased) by 'end', not in request.headers.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var server = http.createServer(common.mustCall(function(req, res) {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(req.headers.trailer, 'X-Checksum');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) {
    body += d;
    assert.strictEqual(req.trailers['x-checksum'], undefined);
  });
  req.on('end', common.mustCall(function() {
    assert.strictEqual(body, 'hello world, chunked');
    assert.strictEqual(req.trailers['x-checksum'], 'abc123');
    assert.strictEqual(req.trailers['x-other'], 'Two Words');
    assert.strictEqual(req.headers['x-checksum'], undefined);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(body.length + ' ' + req.trailers['x-checksum']);
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT, [
    'POST /t HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n' +
        'Trailer: X-Checksum\r\nConnection: close\r\n\r\n',
    '5\r\nhello\r\n',
    '6\r\n world\r\n9\r\n, chunked\r\n',
    '0\r\nX-Checksum: abc123\r\nX-Other: Two Words\r\n\r\n'
  ], common.mustCall(function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].statusCode, 200);
    assert.strictEqual(r[0].body, '20 abc123');
    server.close();
  }), 30);
}));
