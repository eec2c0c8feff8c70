// A malformed request: the server emits 'clientError' with an Error and the connection is closed (modern Node hands the socket to the listener); without a listener the connection is closed (modern Node first answers 400).
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var GARBAGE = 'THIS IS NOT HTTP\r\n\r\n';

var server = http.createServer(function() {
  assert.fail('no request for garbage');
});
server.on('clientError', common.mustCall(function(err, socket) {
  assert.ok(err instanceof Error);
  // Node 0.4 destroys the connection itself; modern Node leaves it to us.
  if (socket) socket.destroy();
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT, GARBAGE, common.mustCall(function(text) {
    assert.strictEqual(text, '');
    server.close();
    noListener();
  }));
}));

function noListener() {
  var plain = http.createServer(common.mustCall(function(req, res) {
    assert.strictEqual(req.url, '/good');
    res.end('fine');
  }));
  plain.listen(common.PORT + 1, '127.0.0.1', common.mustCall(function() {
    // A good request first, then a bad one on the same connection: the
    // good one is answered, then the connection is closed.
    raw.request(common.PORT + 1, [
      'GET /good HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      'GET /bad HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n'
    ], common.mustCall(function(text) {
      var r = raw.parse(text);
      assert.strictEqual(r[0].statusCode, 200);
      assert.strictEqual(r[0].body, 'fine');
      if (common.isRnode) {
        // 0.4 closes the connection; a 400 answer is tolerated.
        assert.ok(r.length === 1 || (r.length === 2 && r[1].statusCode === 400));
      } else {
        assert.strictEqual(r.length, 2);
        assert.strictEqual(r[1].statusCode, 400);
      }
      plain.close();
    }), 50);
  }));
}
