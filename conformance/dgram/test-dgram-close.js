// close(): 'close' follows (once, not from inside close()), no 'message'
// comes after it (not even for datagrams already waiting), and using the
// socket afterwards throws: send, bind, address, the options and a second
// close.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var buf = new Buffer('ping');

// An unbound socket can be closed.
var idle = dgram.createSocket('udp4');
var idleClosed = false;
idle.on('close', common.mustCall(function() { idleClosed = true; }));
idle.close();
assert.strictEqual(idleClosed, false, "'close' emitted synchronously");

var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');
var messages = 0, closed = 0;

server.on('message', function(msg) {
  messages++;
  assert.strictEqual(msg.toString(), 'ping');
  server.close();
  assert.strictEqual(closed, 0);

  assert.throws(function() { server.close(); });
  assert.throws(function() { server.address(); });
  assert.throws(function() { server.send(buf, 0, buf.length, common.PORT + 5, '127.0.0.1'); });
  assert.throws(function() {
    server.send(buf, 0, buf.length, common.PORT + 5, '127.0.0.1', function() {});
  });
  assert.throws(function() { server.bind(common.PORT + 6); });
  assert.throws(function() { server.setBroadcast(true); });
  assert.throws(function() { server.setTTL(10); });
  assert.throws(function() { server.setMulticastTTL(10); });
  assert.throws(function() { server.setMulticastLoopback(true); });

  // More datagrams to the closed socket's port are not delivered to it.
  client.send(buf, 0, buf.length, common.PORT + 5, '127.0.0.1');
  setTimeout(function() {
    client.close();
  }, 300);
});

server.on('close', common.mustCall(function() {
  closed++;
}));
client.on('error', function() {});  // ICMP port unreachable may be reported

// A burst: the server closes on the first, the rest are never emitted.
server.on('listening', function() {
  for (var i = 0; i < 20; i++) {
    client.send(buf, 0, buf.length, common.PORT + 5, '127.0.0.1');
  }
});
server.bind(common.PORT + 5, '127.0.0.1');

client.on('close', common.mustCall(function() {
  assert.throws(function() { client.close(); });
}));

process.on('exit', function() {
  assert.strictEqual(messages, 1);
  assert.strictEqual(closed, 1);
});
