// child_process.fork(module, args): another runtime runs the module with a
// message channel. Messages (JSON values) go both ways in order, through
// child.send / 'message' here and process.send / process.on('message') in
// the child; args reach the child's process.argv; the child exits when it
// closes its channel, or with the code it gives process.exit.
var common = require('../common');
var assert = require('assert');
var path = require('path');
var fork = require('child_process').fork;

var fixture = path.join(common.fixturesDir, 'child_process', 'fork-echo.js');

var sent = [
  'a string',
  42,
  true,
  [1, 'two', { three: 3 }],
  { nested: { deep: [null, false, 1.5] }, text: 'line1\nline2 \u00e9\u4e2d\u2028' },
  ''
];
var big = new Array(100001).join('x');
for (var i = 0; i < 100; i++) sent.push({ n: i });
sent.push(big);

var child = fork(fixture, ['first', 'second arg']);
assert.ok(child.pid > 0);
var received = [];
var greeted = false, acked = false;

child.on('message', function(m) {
  if (!greeted) {
    greeted = true;
    assert.deepEqual(m, { hello: ['first', 'second arg'], script: fixture,
                         hasSend: 'function' });
    sent.forEach(function(msg) { child.send(msg); });
    return;
  }
  if (m === 'bye-ack') {
    assert.ok(!acked);
    acked = true;
    return;
  }
  assert.ok(!acked, 'message after bye-ack');
  received.push(m.echo);
  if (received.length === sent.length) child.send('bye');
});

child.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

// A second child, told to exit with a code.
var child2 = fork(fixture);
child2.on('message', common.mustCall(function(m) {
  assert.deepEqual(m, { hello: [], script: fixture, hasSend: 'function' });
  child2.send({ exit: 3 });
}));
child2.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
}));

process.on('exit', function() {
  assert.ok(greeted);
  assert.ok(acked);
  assert.strictEqual(received.length, sent.length);
  for (var i = 0; i < sent.length; i++) {
    assert.deepEqual(received[i], sent[i], 'message ' + i);
    assert.strictEqual(JSON.stringify(received[i]), JSON.stringify(sent[i]));
  }
  assert.strictEqual(received[received.length - 1].length, 100000);
});
