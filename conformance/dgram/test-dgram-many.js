// 200 small datagrams sent back to back over loopback all arrive, in the
// order sent (loopback neither drops nor reorders a burst this small);
// replies to each come back to the unbound client.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var COUNT = 200;
var serverGot = [], clientGot = [];

var server = dgram.createSocket('udp4');
server.on('message', function(msg, rinfo) {
  serverGot.push(msg.toString());
  var reply = new Buffer('re:' + msg);
  server.send(reply, 0, reply.length, rinfo.port, rinfo.address);
});

var client = dgram.createSocket('udp4');
client.on('message', function(msg) {
  clientGot.push(msg.toString());
  if (clientGot.length === COUNT) {
    client.close();
    server.close();
  }
});

var sent = 0;
server.on('listening', function() {
  for (var i = 0; i < COUNT; i++) {
    var msg = new Buffer('datagram ' + i);
    client.send(msg, 0, msg.length, common.PORT + 4, '127.0.0.1', function(err) {
      assert.ok(!err, err);
      sent++;
    });
  }
});
server.bind(common.PORT + 4, '127.0.0.1');

var timer = setTimeout(function() {
  assert.fail(serverGot.length + '/' + clientGot.length, COUNT,
              'datagrams still missing after 10 s');
}, 10000);
client.on('close', function() { clearTimeout(timer); });

process.on('exit', function() {
  var want = [];
  for (var i = 0; i < COUNT; i++) want.push('datagram ' + i);
  assert.strictEqual(sent, COUNT);
  assert.deepEqual(serverGot, want);
  assert.deepEqual(clientGot, want.map(function(s) { return 're:' + s; }));
});
