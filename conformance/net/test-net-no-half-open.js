// allowHalfOpen false (the default): a received FIN ends our side by itself, but only after our queued writes are sent.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var SIZE = 8 * 1024 * 1024;
var block = new Buffer(64 * 1024);
for (var i = 0; i < block.length; i++) block[i] = (i * 7 + 3) & 0xff;

var server = net.createServer(common.mustCall(function(socket) {
  assert.strictEqual(socket.allowHalfOpen, false);
  // Queue far more than the kernel buffers hold, and never call end().
  for (var sent = 0; sent < SIZE; sent += block.length) socket.write(block);
  socket.on('data', function() {});
  socket.on('end', common.mustCall(function() {
    // The client's FIN arrived while our data was still queued.
    assert.ok(socket.bufferSize > 0, 'still queued: ' + socket.bufferSize);
  }));
  socket.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var received = 0;
  var bad = 0;
  c.on('connect', common.mustCall(function() {
    // Send our FIN at once, then read slowly at first.
    c.end();
    c.pause();
    setTimeout(function() { c.resume(); }, 200);
  }));
  c.on('data', function(d) {
    // Each chunk continues the repeating pattern.
    var off = received % block.length;
    if (off + d.length <= block.length) {
      if (!d.equals(block.slice(off, off + d.length))) bad++;
    }
    received += d.length;
  });
  c.on('end', common.mustCall(function() {
    assert.strictEqual(received, SIZE);
    assert.strictEqual(bad, 0);
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
}));
