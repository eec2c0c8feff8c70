// setTTL(ttl): 1 to 255; setMulticastTTL(ttl): 0 to 255; anything else
// throws. setMulticastLoopback(flag) takes true and false. (On a bound
// socket: node 20 refuses options before the socket exists.) A datagram
// sent with a small TTL still reaches loopback.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 8;
var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');

server.on('message', common.mustCall(function(msg) {
  assert.strictEqual(msg.toString(), 'ttl 1');
  client.close();
  server.close();
}));

client.on('listening', common.mustCall(function() {
  [1, 2, 64, 128, 255].forEach(function(ttl) {
    client.setTTL(ttl);
  });
  [0, 256, -1, 1000].forEach(function(ttl) {
    assert.throws(function() { client.setTTL(ttl); }, 'setTTL(' + ttl + ')');
  });

  [0, 1, 64, 255].forEach(function(ttl) {
    client.setMulticastTTL(ttl);
  });
  [256, -1, 1000].forEach(function(ttl) {
    assert.throws(function() { client.setMulticastTTL(ttl); }, 'setMulticastTTL(' + ttl + ')');
  });

  client.setMulticastLoopback(false);
  client.setMulticastLoopback(true);

  client.setTTL(1);
  var buf = new Buffer('ttl 1');
  client.send(buf, 0, buf.length, PORT, '127.0.0.1', common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, buf.length);
  }));
}));

server.on('listening', function() {
  client.bind(0, '127.0.0.1');
});
server.bind(PORT, '127.0.0.1');
