// The manual's synopsis: a Hello World server (writeHead 200 text/plain, end('Hello World\n')) fetched with http.get.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function (request, response) {
  response.writeHead(200, {'Content-Type': 'text/plain'});
  response.end('Hello World\n');
});
assert.ok(server instanceof http.Server);
assert.ok(server instanceof require('net').Server);

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var req = http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, common.mustCall(function(res) {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['content-type'], 'text/plain');
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(chunk) {
      assert.strictEqual(typeof chunk, 'string');
      body += chunk;
    });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, 'Hello World\n');
      server.close();
    }));
  }));
  assert.ok(req instanceof http.ClientRequest);
  req.on('error', function(e) { throw e; });
}));
