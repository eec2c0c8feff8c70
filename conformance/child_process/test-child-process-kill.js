// child.kill(signal): the manual's example (SIGHUP to a grep waiting on its
// stdin: 'exit' gets code null and signal 'SIGHUP'); kill() with no argument
// sends SIGTERM; an unknown signal name throws (the child is not touched);
// kill on a child that has exited does not throw.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

// The manual's example.
var grep = spawn('grep', ['ssh']);
grep.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGHUP');
  assert.strictEqual(grep.killed, true);
}));
assert.strictEqual(grep.killed, false);
grep.kill('SIGHUP');

// The default signal is SIGTERM.
var sleeper = spawn('sleep', ['10']);
sleeper.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
}));
sleeper.kill();

// Other signals by name.
var cat = spawn('cat');
cat.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
}));
cat.kill('SIGKILL');

// Unknown names throw and send nothing.
var victim = spawn('cat');
assert.throws(function() { victim.kill('SIGFOO'); });
assert.throws(function() { victim.kill('999'); });
assert.throws(function() { victim.kill('SIG999'); });
var victimOut = '';
victim.stdout.on('data', function(d) { victimOut += d; });
victim.on('exit', common.mustCall(function(code, signal) {
  // still alive after the throws: it copied its input and ended normally
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  // kill after exit: no throw
  assert.doesNotThrow(function() { victim.kill(); });
  assert.doesNotThrow(function() { victim.kill('SIGHUP'); });
}));
victim.stdin.end('alive\n');

// Kill on a child that ended by itself, a while after its exit.
var done = spawn('true');
done.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  setTimeout(common.mustCall(function() {
    assert.doesNotThrow(function() { done.kill(); });
    assert.doesNotThrow(function() { done.kill('SIGKILL'); });
  }), 50);
}));

process.on('exit', function() {
  assert.strictEqual(victimOut, 'alive\n');
});
