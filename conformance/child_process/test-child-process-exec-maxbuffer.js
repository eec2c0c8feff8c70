// exec's maxBuffer: more output than that on stdout (or stderr) is an
// error, and the child is killed (with killSignal, SIGTERM by default)
// rather than left running; output under the limit is fine.
var common = require('../common');
var assert = require('assert');
var exec = require('child_process').exec;

var start = Date.now();

// `yes` would write forever: only the kill stops it.
var child = exec('exec yes', { maxBuffer: 1024 }, common.mustCall(function(err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.ok(/maxBuffer/.test(err.message), err.message);
  assert.strictEqual(typeof stdout, 'string');
  assert.ok(stdout.length > 0);
  assert.strictEqual(stderr, '');
  assert.ok(Date.now() - start < 3000);
}));
var yesExit = null;
child.on('exit', common.mustCall(function(code, signal) { yesExit = [code, signal]; }));

// On stderr too.
exec('exec yes >&2', { maxBuffer: 1024 }, common.mustCall(function(err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.ok(/maxBuffer/.test(err.message), err.message);
  assert.strictEqual(stdout, '');
}));

// Exceeded by a child that would otherwise wait forever.
var sleeper = exec('head -c 5000 /dev/zero; exec sleep 10', { maxBuffer: 100 },
                   common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.ok(/maxBuffer/.test(err.message), err.message);
  assert.ok(Date.now() - start < 3000);
}));
var sleeperExit = null;
sleeper.on('exit', common.mustCall(function(code, signal) { sleeperExit = [code, signal]; }));

// The callback follows the kill at once (0.4 calls it on the next tick),
// even while a grandchild still holds the output pipes open.
exec('sleep 1.5 & head -c 5000 /dev/zero; exec sleep 10', { maxBuffer: 100 },
     common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.ok(/maxBuffer/.test(err.message), err.message);
  var elapsed = Date.now() - start;
  assert.ok(elapsed < 1000, 'callback ' + elapsed + ' ms after the start');
}));

// Up to the limit: fine.
exec('head -c 1000 /dev/zero', { maxBuffer: 1000 }, common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout.length, 1000);
}));

// The default is 200 KB: 100 KB is fine.
exec('head -c 100000 /dev/zero | tr "\\0" a', common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout.length, 100000);
}));

process.on('exit', function() {
  // `yes` is killed by SIGTERM, or (node 20 closes the pipe first) dies
  // writing to the closed pipe: either way it did not end on its own.
  assert.ok(yesExit !== null);
  assert.ok(yesExit[1] === 'SIGTERM' || yesExit[0] !== 0, String(yesExit));
  assert.deepEqual(sleeperExit, [null, 'SIGTERM']);
});
