// A datagram larger than UDP allows (65,507 bytes of payload over IPv4)
// is refused: EMSGSIZE to the send callback, nothing is delivered, and
// the socket and process carry on. The largest allowed one arrives whole.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 13;
var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');
var got = [];

var max = new Buffer(65507);
for (var i = 0; i < max.length; i++) max[i] = i % 251;

server.on('message', function(msg, rinfo) {
  got.push(msg.length);
  assert.strictEqual(rinfo.size, msg.length);
  if (msg.length === max.length) {
    for (var i = 0; i < max.length; i++) {
      if (msg[i] !== max[i]) assert.fail(msg[i], max[i], 'byte ' + i);
    }
  }
  if (msg.toString() === 'small') {
    client.close();
    server.close();
  }
});

server.on('listening', common.mustCall(function() {
  var tooBig = new Buffer(65508);
  client.send(tooBig, 0, tooBig.length, PORT, '127.0.0.1', common.mustCall(function(err, bytes) {
    assert.ok(err instanceof Error, 'no error for a 65,508-byte datagram');
    assert.strictEqual(err.code, 'EMSGSIZE');
    var huge = new Buffer(100000);
    client.send(huge, 0, huge.length, PORT, '127.0.0.1', common.mustCall(function(err) {
      assert.ok(err instanceof Error, 'no error for a 100,000-byte datagram');
      assert.strictEqual(err.code, 'EMSGSIZE');
      client.send(max, 0, max.length, PORT, '127.0.0.1', common.mustCall(function(err, bytes) {
        assert.ok(!err, err);
        assert.strictEqual(bytes, max.length);
        var small = new Buffer('small');
        client.send(small, 0, small.length, PORT, '127.0.0.1');
      }));
    }));
  }));
}));

server.bind(PORT, '127.0.0.1');

process.on('exit', function() {
  assert.deepEqual(got, [65507, 5]);
});
