// socket.destroy(): no more I/O, 'close' with had_error false (no 'error'), readable/writable false, the peer sees the connection end.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer(common.mustCall(function(socket) {
  socket.on('data', function() {});
  socket.on('error', function(e) {
    // The destroyed client may reset the connection instead of a FIN.
    assert.strictEqual(e.code, 'ECONNRESET');
  });
  socket.on('close', common.mustCall(function() {
    server.close();
  }));
  socket.write('hi');
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('error', function() { assert.fail('no error on a plain destroy()'); });
  c.on('end', function() { assert.fail('no end after destroy()'); });
  var dataAfterDestroy = false;
  var destroyed = false;
  c.on('data', common.mustCall(function(d) {
    if (destroyed) dataAfterDestroy = true;
    assert.strictEqual(d.toString(), 'hi');
    c.destroy();
    destroyed = true;
    assert.strictEqual(c.readable, false);
    assert.strictEqual(c.writable, false);
    assert.strictEqual(c.readyState, 'closed');
    // A second destroy() is harmless and emits nothing more.
    c.destroy();
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(dataAfterDestroy, false);
    assert.strictEqual(c.readyState, 'closed');
  }));
}));

// destroy() while still connecting: never 'connect' nor 'error'.
var d = new net.Socket();
d.connect(common.PORT + 1, '127.0.0.1');
d.on('connect', function() { assert.fail('connected after destroy()'); });
d.on('error', function() { assert.fail('error after destroy()'); });
d.destroy();
// Nothing else keeps this test alive: it must also not hang.
