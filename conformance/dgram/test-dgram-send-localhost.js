// send(buf, offset, length, port, address, [callback]): a host name for
// `address` is resolved (here 'localhost'); the callback comes after the
// lookup and the send, never before send() has returned. bind(port,
// address) binds that address only. createSocket(type, listener) adds the
// listener for 'message'.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var server = dgram.createSocket('udp4', common.mustCall(function(msg, rinfo) {
  assert.strictEqual(msg.toString(), 'to localhost');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.size, 12);
  client.close();
  server.close();
}));

var client = dgram.createSocket('udp4');

server.on('listening', common.mustCall(function() {
  assert.strictEqual(server.address().address, '127.0.0.1');
  assert.strictEqual(server.address().port, common.PORT + 1);
  var message = new Buffer('to localhost');
  var returned = false;
  client.send(message, 0, message.length, common.PORT + 1, 'localhost',
              common.mustCall(function(err, bytes) {
    assert.ok(returned, 'send callback before send() returned');
    assert.ok(!err, err);
    assert.strictEqual(bytes, message.length);
  }));
  returned = true;
}));

server.bind(common.PORT + 1, '127.0.0.1');
