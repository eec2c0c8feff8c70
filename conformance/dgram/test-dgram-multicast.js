// addMembership/dropMembership (IP_ADD/DROP_MEMBERSHIP), with and
// without an interface; joining twice, leaving a group never joined and
// joining a unicast address throw. Multicast is delivered to a member
// while IP_MULTICAST_LOOP is set, not once it is cleared, and not after
// dropMembership. The datagrams go out with setMulticastTTL(0): the
// kernel loops a copy back to local members and sends nothing on the
// wire.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 9;
// A group of this test's own (from its port), so that other runs at the
// same time, joined to theirs, do not change what this one receives.
var GROUP = '239.255.' + (PORT >> 8 & 255) + '.' + (PORT & 255);
var receiver = dgram.createSocket('udp4');
var sender = dgram.createSocket('udp4');
var got = [];

receiver.on('message', function(msg, rinfo) {
  got.push(msg.toString());
  assert.strictEqual(rinfo.port, sender.address().port);
  assert.strictEqual(rinfo.size, msg.length);
});

receiver.on('listening', common.mustCall(function() {
  // On loopback's address: join and leave.
  receiver.addMembership('224.0.0.115', '127.0.0.1');
  receiver.dropMembership('224.0.0.115', '127.0.0.1');
  // Never joined; not a multicast address.
  assert.throws(function() { receiver.dropMembership('224.0.0.116'); });
  assert.throws(function() { receiver.dropMembership('224.0.0.116', '127.0.0.1'); });
  assert.throws(function() { receiver.addMembership('127.0.0.1'); });

  // No interface: the kernel picks one from the routes, so a machine with
  // no route for multicast at all has nothing to join (ENODEV); the
  // delivery checks below need one.
  try {
    receiver.addMembership(GROUP);
  } catch (err) {
    if (err.code !== 'ENODEV') throw err;
    console.log('skipping delivery checks: no multicast route (' + err.message + ')');
    receiver.close();
    return;
  }
  assert.throws(function() { receiver.addMembership(GROUP); });  // already a member
  sender.bind(0);
}));

function send(text, next) {
  var buf = new Buffer(text);
  sender.send(buf, 0, buf.length, PORT, GROUP, common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, buf.length);
    setTimeout(next, 300);
  }));
}

sender.on('listening', common.mustCall(function() {
  sender.setMulticastTTL(0);
  sender.setMulticastLoopback(true);
  send('looped', function() {
    assert.deepEqual(got, ['looped']);
    sender.setMulticastLoopback(false);
    send('not looped', function() {
      assert.deepEqual(got, ['looped']);
      sender.setMulticastLoopback(true);
      receiver.dropMembership(GROUP);
      send('after drop', function() {
        assert.deepEqual(got, ['looped']);
        sender.close();
        receiver.close();
      });
    });
  });
}));

receiver.bind(PORT);
