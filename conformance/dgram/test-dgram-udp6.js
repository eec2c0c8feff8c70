// udp6 sockets on ::1: bind(port, '::1'), address() with '::1' and the
// port, datagrams both ways with rinfo '::1' (family 'IPv6' where given),
// the unbound client's implicit port; bind(port) alone is on '::'.
// (Skipped, saying so, on a machine without IPv6 on loopback.)
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 10;

function noIPv6(err) {
  if (err.code !== 'EADDRNOTAVAIL' && err.code !== 'EAFNOSUPPORT') throw err;
  console.log('skipping: no IPv6 on loopback (' + err.message + ')');
  process.exit(0);
}

var server, client, any;
try {
  server = dgram.createSocket('udp6');
} catch (err) {
  noIPv6(err);
}
client = dgram.createSocket('udp6');
server.on('error', noIPv6);

server.on('listening', common.mustCall(function() {
  var address = server.address();
  assert.strictEqual(address.address, '::1');
  assert.strictEqual(address.port, PORT);
  if ('family' in address) assert.strictEqual(address.family, 'IPv6');
  var buf = new Buffer('over six');
  client.send(buf, 0, buf.length, PORT, '::1', common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, buf.length);
  }));
}));

server.on('message', common.mustCall(function(msg, rinfo) {
  assert.strictEqual(msg.toString(), 'over six');
  assert.strictEqual(rinfo.address, '::1');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, 8);
  if ('family' in rinfo) assert.strictEqual(rinfo.family, 'IPv6');
  var reply = new Buffer('and back');
  server.send(reply, 0, reply.length, rinfo.port, rinfo.address);
}));

client.on('message', common.mustCall(function(msg, rinfo) {
  assert.strictEqual(msg.toString(), 'and back');
  assert.strictEqual(rinfo.address, '::1');
  assert.strictEqual(rinfo.port, PORT);
  client.close();
  server.close();

  any = dgram.createSocket('udp6');
  any.on('listening', common.mustCall(function() {
    assert.strictEqual(any.address().address, '::');
    assert.strictEqual(any.address().port, PORT + 1);
    any.close();
  }));
  any.bind(PORT + 1);
}));

server.bind(PORT, '::1');
