// Connecting to a port nobody listens on: 'error' with code ECONNREFUSED and syscall 'connect', then 'close' with had_error true, never 'connect'.
var common = require('../common');
var assert = require('assert');
var net = require('net');

function checkError(e) {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.code, 'ECONNREFUSED');
  assert.strictEqual(e.syscall, 'connect');
  if (common.isRnode) {
    // Node 0.4: positive errno and "CODE, strerror".
    assert.strictEqual(e.errno, 111);
    assert.strictEqual(e.message, 'ECONNREFUSED, Connection refused');
  } else {
    assert.strictEqual(e.errno, -111);
  }
}

function expectRefused(c) {
  var events = [];
  c.on('connect', function() { assert.fail('connected to ' + common.PORT); });
  c.on('error', common.mustCall(function(e) {
    events.push('error');
    checkError(e);
  }));
  c.on('close', common.mustCall(function(hadError) {
    events.push('close');
    assert.strictEqual(hadError, true);
    assert.deepEqual(events, ['error', 'close']);
    assert.strictEqual(c.readyState, 'closed');
    assert.strictEqual(c.writable, false);
  }));
}

// Nothing listens on PORT: the test reserves it and never uses it.
expectRefused(net.createConnection(common.PORT, '127.0.0.1'));

var s = new net.Socket();
expectRefused(s);
s.connect(common.PORT, '127.0.0.1', function() { assert.fail('connect callback'); });

// A port that had a server which is closed now.
var server = net.createServer();
server.listen(common.PORT + 1, '127.0.0.1', common.mustCall(function() {
  server.on('close', common.mustCall(function() {
    expectRefused(net.createConnection(common.PORT + 1, '127.0.0.1'));
  }));
  server.close();
}));
