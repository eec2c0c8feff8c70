// rnode-only: 0.4 bound UDP sockets with SO_REUSEADDR, so several
// sockets (0.4's own multicast test: several processes) can listen on one
// port; node 20 binds exclusively unless asked (reuseAddr) and gives
// EADDRINUSE. Both sockets bind, and both receive a multicast datagram
// to a group they joined (sent with TTL 0: it stays on this machine).
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 17;
var GROUP = '239.255.' + (PORT >> 8 & 255) + '.' + (PORT & 255);
var listeners = [dgram.createSocket('udp4'), dgram.createSocket('udp4')];
var got = [0, 0], listening = 0;

listeners.forEach(function(socket, i) {
  socket.on('error', function(err) {
    assert.fail(err.code, 'listening', 'listener ' + i + ': ' + err.message);
  });
  socket.on('message', function(msg) {
    assert.strictEqual(msg.toString(), 'to both');
    got[i]++;
  });
  socket.on('listening', common.mustCall(function() {
    assert.strictEqual(socket.address().port, PORT);
    if (++listening === 2) send();
  }));
});

function send() {
  try {
    listeners.forEach(function(socket) { socket.addMembership(GROUP); });
  } catch (err) {
    if (err.code !== 'ENODEV') throw err;
    console.log('skipping delivery: no multicast route (' + err.message + ')');
    return listeners.forEach(function(socket) { socket.close(); });
  }
  var sender = dgram.createSocket('udp4');
  sender.on('listening', function() {
    sender.setMulticastTTL(0);
    sender.setMulticastLoopback(true);
    var buf = new Buffer('to both');
    sender.send(buf, 0, buf.length, PORT, GROUP, common.mustCall(function(err) {
      assert.ok(!err, err);
      setTimeout(function() {
        assert.deepEqual(got, [1, 1]);
        sender.close();
        listeners.forEach(function(socket) { socket.close(); });
      }, 300);
    }));
  });
  sender.bind(0);
}

listeners[0].bind(PORT);
listeners[0].on('listening', function() {
  listeners[1].bind(PORT);
});
