// rnode-only
// Node 0.4 behaviour modern Node dropped: an accepted socket emits
// 'connect' after the server's 'connection'; `socket.server` is still set
// in its 'close' listeners; `socket.ondata(buffer, start, end)` and
// `socket.onend()` are called as data and the end arrive; write() while
// connecting returns false and 'drain' follows once it went out.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer(function(socket) {
  socket.on('connect', common.mustCall(function() {
    socket.write('hi');
  }));
  var seen = '';
  socket.ondata = function(buffer, start, end) {
    seen += buffer.toString('utf8', start, end);
  };
  socket.onend = common.mustCall(function() {
    assert.strictEqual(seen, 'queued while connecting');
    socket.end();
  });
  socket.on('close', common.mustCall(function() {
    assert.strictEqual(socket.server, server);
    socket.server.close();
  }));
});

server.listen(common.PORT, '127.0.0.1', function() {
  var client = net.createConnection(common.PORT, '127.0.0.1');
  assert.strictEqual(client.write('queued while connecting'), false);
  client.on('drain', common.mustCall(function() {
    client.end();
  }));
  client.on('data', common.mustCall(function(d) {
    assert.strictEqual(d.toString(), 'hi');
  }));
});
