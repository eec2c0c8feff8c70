// 16 MiB of pseudo-random bytes sent client -> echo server -> client arrive byte-identical and in order, with write()/'drain' flow control.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var TOTAL = 16 * 1024 * 1024;
var BLOCK = 64 * 1024;

// One 64 KiB (+ 256) block of pseudo-random bytes from a small LCG, then
// the 16 MiB stream made of slices of it at shifting offsets, so that a
// lost, repeated or reordered block shows up as a mismatch.
var pool = new Buffer(BLOCK + 256);
var seed = 12345;
for (var i = 0; i < pool.length; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  pool[i] = seed >>> 16 & 0xff;
}
var data = new Buffer(TOTAL);
for (var b = 0; b < TOTAL / BLOCK; b++) {
  var off = (b * 37) % 251;
  pool.copy(data, b * BLOCK, off, off + BLOCK);
}

var server = net.createServer(common.mustCall(function(socket) {
  socket.pipe(socket);
  socket.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var sent = 0;
  var received = 0;
  var mismatchAt = -1;
  var drains = 0;

  // Write 256 KiB at a time while write() says the kernel keeps up.
  function send() {
    while (sent < TOTAL) {
      var n = Math.min(4 * BLOCK, TOTAL - sent);
      var more = c.write(data.slice(sent, sent + n));
      sent += n;
      if (!more) return;
    }
    c.end();
  }
  c.on('drain', function() {
    drains++;
    send();
  });
  c.on('connect', common.mustCall(send));

  c.on('data', function(chunk) {
    assert.ok(Buffer.isBuffer(chunk));
    if (mismatchAt === -1) {
      if (received + chunk.length > TOTAL ||
          !chunk.equals(data.slice(received, received + chunk.length))) {
        mismatchAt = received;
      }
    }
    received += chunk.length;
  });
  c.on('end', common.mustCall(function() {
    assert.strictEqual(mismatchAt, -1, 'echo differs at byte ' + mismatchAt);
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(sent, TOTAL);
    // The echo cannot keep up with unthrottled writes the whole way.
    assert.ok(drains > 0, 'no drain event');
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
}));
