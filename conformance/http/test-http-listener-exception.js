// An exception thrown by a 'request' listener is an uncaught exception like
// any callback's: it reaches process.on('uncaughtException'), and is not
// mistaken for a malformed request ('clientError').
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function(req, res) {
  throw new Error('thrown by the listener');
});
server.on('clientError', function(err) {
  assert.fail('clientError: ' + err.message);
});

var request;
process.on('uncaughtException', common.mustCall(function(err) {
  assert.strictEqual(err.message, 'thrown by the listener');
  request.abort();
  server.close();
}));

server.listen(common.PORT, '127.0.0.1', function() {
  request = http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, function() {
    assert.fail('no response was sent');
  });
  request.on('error', function() {});
});
