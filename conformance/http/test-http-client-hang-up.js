// A connection that closes before any response arrives fails the request:
// 'error' with message 'socket hang up' and code 'ECONNRESET'.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function(req, res) {
  req.connection.destroy();
});

server.listen(common.PORT, '127.0.0.1', function() {
  var req = http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, function() {
    assert.fail('no response was sent');
  });
  req.on('error', common.mustCall(function(err) {
    assert.strictEqual(err.message, 'socket hang up');
    assert.strictEqual(err.code, 'ECONNRESET');
    server.close();
  }));
});
