// A write the kernel cannot take at once returns false, shows up in socket.bufferSize, and is followed by exactly one 'drain' when the queue is empty.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var SIZE = 16 * 1024 * 1024;
var big = new Buffer(SIZE);
big.fill(0x61);

var server = net.createServer(common.mustCall(function(socket) {
  var received = 0;
  socket.on('data', function(d) { received += d.length; });
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(received, SIZE + 6);
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = new net.Socket();
  if (common.isRnode) assert.strictEqual(c.bufferSize, 0);
  c.connect(common.PORT, '127.0.0.1');
  c.on('connect', common.mustCall(function() {
    assert.strictEqual(c.bufferSize, 0);
    var ret = c.write(big);
    assert.strictEqual(ret, false);
    assert.ok(c.bufferSize > 0 && c.bufferSize <= SIZE, 'bufferSize ' + c.bufferSize);
    // More writes while queued also return false and add to bufferSize.
    var before = c.bufferSize;
    assert.strictEqual(c.write('tail!'), false);
    assert.strictEqual(c.bufferSize, before + 5);
  }));
  c.on('drain', common.mustCall(function() {
    assert.strictEqual(c.bufferSize, 0);
    // An idle socket takes a small write at once again.
    assert.strictEqual(c.write('!'), true);
    c.end();
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
}));
