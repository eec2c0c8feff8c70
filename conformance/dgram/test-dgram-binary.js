// Datagrams are binary-safe: all 256 byte values arrive as sent, and a
// 60 KiB datagram arrives whole, in one 'message', with rinfo.size its
// length. A zero-length datagram arrives too.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var all = new Buffer(256);
for (var i = 0; i < 256; i++) all[i] = i;

var big = new Buffer(60 * 1024);
for (var j = 0; j < big.length; j++) big[j] = (j * 7 + (j >> 8)) & 0xff;

var expected = [all, big, new Buffer(0)];
var received = 0;

var server = dgram.createSocket('udp4');
server.on('message', common.mustCall(function(msg, rinfo) {
  var want = expected[received++];
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(msg.length, want.length);
  assert.strictEqual(rinfo.size, want.length);
  for (var k = 0; k < want.length; k++) {
    if (msg[k] !== want[k]) assert.fail(msg[k], want[k], 'byte ' + k + ' of datagram ' + received);
  }
  if (received < expected.length) return send();
  client.close();
  server.close();
}, expected.length));

var client = dgram.createSocket('udp4');
function send() {
  var buf = expected[received];
  client.send(buf, 0, buf.length, common.PORT + 2, '127.0.0.1',
              common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, buf.length);
  }));
}

server.on('listening', send);
server.bind(common.PORT + 2, '127.0.0.1');
