// setBroadcast(flag): SO_BROADCAST. Without it a datagram to a broadcast
// address is refused by the kernel: EACCES, given to the send callback;
// with it the send succeeds. The successful broadcast goes to loopback's
// own broadcast address, 127.255.255.255, so nothing leaves the machine,
// and arrives at a socket bound to the port on 0.0.0.0.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 7;
var buf = new Buffer('to everyone');

var server = dgram.createSocket('udp4');
var got = [];
server.on('message', function(msg, rinfo) {
  got.push(msg.toString());
  assert.strictEqual(rinfo.address, '127.0.0.1');
  if (got.length === 1) {
    setTimeout(function() {  // the last refused send has called back
      client.close();
      server.close();
    }, 100);
  }
});

var client = dgram.createSocket('udp4');

function refused(address, next) {
  client.send(buf, 0, buf.length, PORT, address, common.mustCall(function(err, bytes) {
    assert.ok(err instanceof Error, 'no error sending to ' + address + ' without SO_BROADCAST');
    assert.strictEqual(err.code, 'EACCES');
    next();
  }));
}

client.on('listening', common.mustCall(function() {
  refused('255.255.255.255', function() {
    refused('127.255.255.255', function() {
      client.setBroadcast(true);
      client.send(buf, 0, buf.length, PORT, '127.255.255.255',
                  common.mustCall(function(err, bytes) {
        assert.ok(!err, err);
        assert.strictEqual(bytes, buf.length);
        // Cleared again: refused again.
        client.setBroadcast(false);
        refused('127.255.255.255', function() {});
      }));
    });
  });
}));

server.on('listening', function() {
  client.bind(0);
});
server.bind(PORT);

process.on('exit', function() {
  assert.deepEqual(got, ['to everyone']);
});
