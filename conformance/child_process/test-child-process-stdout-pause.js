// A child's stdout can be paused: no 'data' while paused (the child blocks
// once the pipe is full), and everything arrives after resume().
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var SIZE = 2 * 1024 * 1024;
var child = spawn('head', ['-c', String(SIZE), '/dev/zero']);
var received = 0, paused = false, pauses = 0, dataWhilePaused = 0;

child.stdout.on('data', function(data) {
  if (paused) dataWhilePaused++;
  received += data.length;
  if (pauses < 3 && received > (pauses + 1) * 256 * 1024) {
    pauses++;
    paused = true;
    child.stdout.pause();
    var at = received;
    setTimeout(function() {
      assert.strictEqual(received, at, 'data arrived while paused');
      paused = false;
      child.stdout.resume();
    }, 100);
  }
});
var ended = false;
child.stdout.on('end', common.mustCall(function() { ended = true; }));
child.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

process.on('exit', function() {
  assert.ok(ended);
  assert.strictEqual(pauses, 3);
  assert.strictEqual(dataWhilePaused, 0);
  assert.strictEqual(received, SIZE);
});
