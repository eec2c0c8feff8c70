// The manual's response.addTrailers example: with a Trailer header and chunked encoding the trailers follow the last chunk (client sees response.trailers after 'end'); for an HTTP/1.0 request 0.4 silently drops them.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var fileData = 'some file data\n';

var server = http.createServer(function(request, response) {
  response.writeHead(200, { 'Content-Type': 'text/plain',
                            'Trailer': 'TraceInfo' });
  response.write(fileData);
  if (request.url === '/array') {
    response.addTrailers([['X-One', '1'], ['X-Two', '2']]);
  } else {
    response.addTrailers({'Content-MD5': "7895bf4b8828b55ceaf47747b4bca667"});
  }
  response.end();
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // HTTP/1.1: chunked, trailers after the zero chunk.
  raw.request(common.PORT, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      common.mustCall(function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].headers.trailer, 'TraceInfo');
    assert.ok(r[0].chunked);
    assert.strictEqual(r[0].body, fileData);
    assert.deepEqual(r[0].trailers, { 'content-md5': '7895bf4b8828b55ceaf47747b4bca667' });
    // The trailer is not among the headers.
    assert.strictEqual(r[0].headers['content-md5'], undefined);
    // Nothing after the final CRLF.
    assert.ok(/0\r\nContent-MD5: 7895bf4b8828b55ceaf47747b4bca667\r\n\r\n$/.test(text));

    // HTTP/1.0: no chunked encoding, so no trailers. (Modern Node throws
    // ERR_HTTP_TRAILER_INVALID at a Trailer header without chunking.)
    if (!common.isRnode) return client();
    raw.request(common.PORT, 'GET / HTTP/1.0\r\n\r\n', common.mustCall(function(text) {
      var r = raw.parse(text);
      assert.strictEqual(r.length, 1);
      assert.strictEqual(r[0].httpVersion, '1.1');
      assert.ok(!r[0].chunked);
      assert.strictEqual(r[0].body, fileData);
      assert.strictEqual(text.indexOf('7895bf4b'), -1);
      client();
    }));
  }));
}));

// The client puts trailers in response.trailers, available at 'end'.
function client() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/array',
             headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
    assert.strictEqual(res.headers['x-one'], undefined);
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, fileData);
      assert.strictEqual(res.trailers['x-one'], '1');
      assert.strictEqual(res.trailers['x-two'], '2');
      server.close();
    }));
  }));
}
