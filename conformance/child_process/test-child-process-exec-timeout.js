// exec() with `timeout`: a child running longer is killed with the default
// killSignal SIGTERM; the callback gets an Error with killed true, signal
// 'SIGTERM' and code null, soon after the timeout. A child that finishes in
// time gets no error, and its timer does not keep the process alive.
var common = require('../common');
var assert = require('assert');
var exec = require('child_process').exec;

var start = Date.now();

exec('exec sleep 10', { timeout: 200 }, common.mustCall(function(err, stdout, stderr) {
  var elapsed = Date.now() - start;
  assert.ok(err instanceof Error);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
  assert.ok(elapsed >= 150, 'killed too early: ' + elapsed + ' ms');
  assert.ok(elapsed < 3000, 'killed too late: ' + elapsed + ' ms');
}));

// Output written before the kill is still handed over.
exec('echo before; exec sleep 10', { timeout: 200 }, common.mustCall(function(err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(stdout, 'before\n');
  assert.strictEqual(stderr, '');
}));

// The callback follows the kill at once (0.4 calls it on the next tick after
// killing), even while a grandchild still holds the output pipes open.
exec('sleep 1.5 & exec sleep 10', { timeout: 100 }, common.mustCall(function(err) {
  var elapsed = Date.now() - start;
  assert.ok(err instanceof Error);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.ok(elapsed < 1000, 'callback ' + elapsed + ' ms after the start');
}));

exec('echo quick', { timeout: 4000 }, common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'quick\n');
  assert.strictEqual(stderr, '');
}));

process.on('exit', function() {
  // The 4 s timer of the quick child was cleared when it exited.
  assert.ok(Date.now() - start < 3000, 'took ' + (Date.now() - start) + ' ms');
});
