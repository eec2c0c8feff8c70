// Backpressure: while the reader is paused, the writer's write() returns false and its bufferSize grows only to what it wrote; resume() delivers everything and the writer gets 'drain'.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var CHUNK = 8 * 1024;
var LIMIT = 64 * 1024 * 1024;   // safety stop: the kernel never holds this much
var chunk = new Buffer(CHUNK);
chunk.fill(0x5a);

var paused = true;
var received = 0;
var dataWhilePaused = 0;
var serverSocket;

var server = net.createServer(common.mustCall(function(socket) {
  serverSocket = socket;
  socket.on('data', function(d) {
    if (paused) dataWhilePaused++;
    received += d.length;
  });
  socket.pause();
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(received, written);
    server.close();
  }));
}));

var written = 0;

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('connect', common.mustCall(function() {
    assert.strictEqual(c.bufferSize, 0);
    // Fill the kernel buffers on both sides until write() says "queued".
    var ret = true;
    var writes = 0;
    while (ret && written < LIMIT) {
      ret = c.write(chunk);
      written += CHUNK;
      writes++;
    }
    assert.strictEqual(ret, false, 'write() never returned false');
    assert.ok(writes > 1, 'the first small write was flushed');
    assert.ok(c.bufferSize > 0, 'bufferSize ' + c.bufferSize);
    assert.ok(c.bufferSize <= written, 'bufferSize ' + c.bufferSize + ' <= ' + written);

    var drained = false;
    c.on('drain', common.mustCall(function() {
      drained = true;
      assert.strictEqual(paused, false);
      assert.strictEqual(c.bufferSize, 0);
      c.end();
    }));

    // Nothing moves while the reader stays paused.
    var queued = c.bufferSize;
    setTimeout(function() {
      assert.strictEqual(drained, false);
      assert.strictEqual(dataWhilePaused, 0);
      assert.ok(c.bufferSize > 0);
      assert.ok(c.bufferSize <= queued, 'bufferSize grew to ' + c.bufferSize + ' from ' + queued);
      paused = false;
      serverSocket.resume();
    }, 300);
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
}));
