// rnode-only: node 20 drops a send whose host lookup is still pending at close(); the manual's example expects it delivered
// The manual's "sending a UDP packet to a random port on localhost":
// send to a host name, then close() at once. The send was accepted, so it
// is delivered before the socket closes; sends after close() throw.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var server = dgram.createSocket('udp4');
server.on('message', common.mustCall(function(msg, rinfo) {
  assert.strictEqual(msg.toString(), 'Some bytes');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  server.close();
}));
server.on('listening', function() {
  var client = dgram.createSocket('udp4');
  var message = new Buffer('Some bytes');
  client.send(message, 0, message.length, common.PORT, 'localhost',
              common.mustCall(function(err, bytes) {
                assert.ifError(err);
                assert.strictEqual(bytes, message.length);
              }));
  client.close();
  client.on('close', common.mustCall(function() {}));
  assert.throws(function() {
    client.send(message, 0, message.length, common.PORT, '127.0.0.1');
  }, /Not running/);
  assert.throws(function() { client.close(); }, /Not running/);
});
server.bind(common.PORT, '127.0.0.1');
