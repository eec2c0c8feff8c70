// socket.bytesRead and socket.bytesWritten count the bytes each end received and sent (strings counted in bytes of their encoding).
var common = require('../common');
var assert = require('assert');
var net = require('net');

// Bytes the client sends: 3 + 3 (utf8 euro sign) + 1000 + 2 ('ab' as ascii).
var CLIENT_BYTES = 3 + 3 + 1000 + 2;
var SERVER_BYTES = 5 + 4096;

var big = new Buffer(1000);
big.fill(0x41);
var reply = new Buffer(4096);
reply.fill(0x42);

// allowHalfOpen so the server can still answer after the client's FIN.
var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function(socket) {
  assert.strictEqual(socket.bytesRead, 0);
  assert.strictEqual(socket.bytesWritten, 0);
  var got = 0;
  socket.on('data', function(d) {
    got += d.length;
    assert.strictEqual(socket.bytesRead, got);
  });
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(socket.bytesRead, CLIENT_BYTES);
    socket.write('hello');
    socket.end(reply);
  }));
  socket.on('close', common.mustCall(function() {
    assert.strictEqual(socket.bytesRead, CLIENT_BYTES);
    assert.strictEqual(socket.bytesWritten, SERVER_BYTES);
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = new net.Socket({ allowHalfOpen: true });
  c.connect(common.PORT, '127.0.0.1');
  c.on('connect', common.mustCall(function() {
    assert.strictEqual(c.bytesRead, 0);
    c.write('abc');
    c.write('\u20ac');
    c.write(big);
    c.end('ab', 'ascii');
  }));
  var got = 0;
  c.on('data', function(d) {
    got += d.length;
    assert.strictEqual(c.bytesRead, got);
  });
  c.on('end', common.mustCall(function() {
    assert.strictEqual(c.bytesRead, SERVER_BYTES);
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesRead, SERVER_BYTES);
    assert.strictEqual(c.bytesWritten, CLIENT_BYTES);
  }));
}));
