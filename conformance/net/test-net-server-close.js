// server.close() stops accepting (new connections are refused), lets open connections go on, and emits 'close' once.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer(common.mustCall(function(socket) {
  socket.setEncoding('utf8');
  socket.on('data', function(d) {
    // Still echoing after the server stopped listening.
    socket.write(d.toUpperCase());
  });
}));

var closed = false;
server.on('close', common.mustCall(function() {
  assert.strictEqual(closed, false);
  closed = true;
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('connect', common.mustCall(function() {
    server.close();
    // A new connection is refused now.
    var refused = net.createConnection(common.PORT, '127.0.0.1');
    refused.on('connect', function() { assert.fail('connected to a closed server'); });
    refused.on('error', common.mustCall(function(err) {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      // The old connection still works.
      c.write('still here');
    }));
  }));
  var got = '';
  c.on('data', function(d) {
    got += d;
    if (got === 'STILL HERE') c.end();
  });
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'STILL HERE');
  }));
}));

// A server that was never given a connection: close() then one 'close'.
var idle = net.createServer();
idle.on('close', common.mustCall(function() {}));
idle.listen(common.PORT + 1, '127.0.0.1', common.mustCall(function() {
  idle.close();
}));

process.on('exit', function() {
  assert.strictEqual(closed, true);
});
