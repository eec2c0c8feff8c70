// A client request with 'Expect: 100-continue' sends its headers at once and emits 'continue' when the server answers 100 Continue; the body sent then arrives.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(common.mustCall(function(req, res) {
  assert.strictEqual(req.headers.expect, '100-continue');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', function() {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('echo ' + body);
  });
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var req = http.request({
    host: '127.0.0.1', port: common.PORT, path: '/', method: 'POST',
    headers: { 'Expect': '100-continue', 'Content-Length': 4, 'Connection': 'close' }
  });
  var events = [];
  req.on('continue', common.mustCall(function() {
    events.push('continue');
    req.end('data');
  }));
  req.on('response', common.mustCall(function(res) {
    events.push('response');
    assert.strictEqual(res.statusCode, 200);
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, 'echo data');
      assert.deepEqual(events, ['continue', 'response']);
      server.close();
    }));
  }));
}));
