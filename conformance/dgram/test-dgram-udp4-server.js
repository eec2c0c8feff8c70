// The manual's UDP server example: bind(port), 'listening', address()
// with address and port, 'message' with (msg, rinfo) — "server got: …
// from addr:port". A client that sends without bind() gets a port from
// the kernel and receives the server's reply on it; the send callback
// gets (err, bytes).
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');
var lines = [];

server.on('message', common.mustCall(function(msg, rinfo) {
  assert.ok(Buffer.isBuffer(msg));
  lines.push('server got: ' + msg + ' from ' + rinfo.address + ':' + rinfo.port);
  assert.strictEqual(msg.toString(), 'hello server');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(typeof rinfo.port, 'number');
  assert.ok(rinfo.port > 0 && rinfo.port < 65536, String(rinfo.port));
  assert.notStrictEqual(rinfo.port, common.PORT);
  assert.strictEqual(rinfo.size, msg.length);
  if ('family' in rinfo) assert.strictEqual(rinfo.family, 'IPv4');
  // The client never bound: its implicit port is the one it sent from.
  assert.strictEqual(client.address().port, rinfo.port);
  var reply = new Buffer('hello client');
  server.send(reply, 0, reply.length, rinfo.port, rinfo.address,
              common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, reply.length);
  }));
}));

server.on('listening', common.mustCall(function() {
  var address = server.address();
  lines.push('server listening ' + address.address + ':' + address.port);
  assert.strictEqual(address.address, '0.0.0.0');
  assert.strictEqual(address.port, common.PORT);
  if ('family' in address) assert.strictEqual(address.family, 'IPv4');
  // The manual: "will contain address and port" (node 20 adds family).
  if (common.isRnode) assert.deepEqual(Object.keys(address).sort(), ['address', 'port']);

  var message = new Buffer('hello server');
  client.send(message, 0, message.length, common.PORT, '127.0.0.1',
              common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, message.length);
  }));
}));

client.on('message', common.mustCall(function(msg, rinfo) {
  assert.strictEqual(msg.toString(), 'hello client');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.port, common.PORT);
  assert.strictEqual(rinfo.size, 12);
  client.close();
  server.close();
}));

server.on('close', common.mustCall());
client.on('close', common.mustCall());

server.bind(common.PORT);

process.on('exit', function() {
  assert.strictEqual(lines.length, 2);
  assert.strictEqual(lines[0], 'server listening 0.0.0.0:' + common.PORT);
  assert.ok(/^server got: hello server from 127\.0\.0\.1:\d+$/.test(lines[1]), lines[1]);
});
