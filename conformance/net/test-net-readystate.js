// socket.readyState goes 'opening' -> 'open' -> 'readOnly' / 'writeOnly' -> 'closed' as the socket connects and each side half-closes.
var common = require('../common');
var assert = require('assert');
var net = require('net');

// Server keeps its side open after the client's FIN (allowHalfOpen), so
// both half-closed states can be seen.
var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function(socket) {
  assert.strictEqual(socket.readyState, 'open');
  socket.on('end', common.mustCall(function() {
    // Got the client's FIN: can still write, no longer read.
    assert.strictEqual(socket.readyState, 'writeOnly');
    socket.end('bye');
  }));
  socket.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(socket.readyState, 'closed');
    server.close();
  }));
  socket.resume();
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = new net.Socket();
  if (common.isRnode) {
    // An unconnected socket is 'closed' in Node 0.4 (modern Node says 'open').
    assert.strictEqual(c.readyState, 'closed');
  }
  c.connect(common.PORT, '127.0.0.1');
  assert.strictEqual(c.readyState, 'opening');
  c.on('connect', common.mustCall(function() {
    assert.strictEqual(c.readyState, 'open');
    c.end();
    // Our FIN is sent: can still read, no longer write.
    assert.strictEqual(c.readyState, 'readOnly');
  }));
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function(d) {
    got += d;
    assert.strictEqual(c.readyState, 'readOnly');
  });
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'bye');
    assert.strictEqual(c.readyState, 'closed');
  }));
}));

// createConnection is 'opening' at once too, and 'closed' after destroy().
var d = net.createConnection(common.PORT + 1, '127.0.0.1');
assert.strictEqual(d.readyState, 'opening');
d.on('error', common.mustCall(function(e) {
  assert.strictEqual(e.code, 'ECONNREFUSED');
}));
d.on('close', common.mustCall(function() {
  assert.strictEqual(d.readyState, 'closed');
}));
