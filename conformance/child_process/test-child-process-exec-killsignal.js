// exec's killSignal: a child that ignores SIGTERM is still stopped at its
// timeout when killSignal is 'SIGKILL' (err.signal 'SIGKILL', killed true),
// and quickly. Another signal name (SIGINT) works the same way.
var common = require('../common');
var assert = require('assert');
var exec = require('child_process').exec;

var start = Date.now();

exec('trap "" TERM; exec sleep 10', { timeout: 200, killSignal: 'SIGKILL' },
     common.mustCall(function(err, stdout, stderr) {
  var elapsed = Date.now() - start;
  assert.ok(err instanceof Error);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.code, null);
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
  assert.ok(elapsed >= 150 && elapsed < 3000, 'elapsed ' + elapsed);
}));

// The shell itself ignoring TERM, looping (each short sleep a grandchild).
exec('trap "" TERM; while :; do sleep 0.05; done; echo not reached',
     { timeout: 200, killSignal: 'SIGKILL' },
     common.mustCall(function(err, stdout) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(stdout, '');
}));

// Another signal by name.
exec('exec sleep 10', { timeout: 100, killSignal: 'SIGINT' },
     common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGINT');
  assert.strictEqual(err.code, null);
}));

process.on('exit', function() {
  assert.ok(Date.now() - start < 3000, 'took ' + (Date.now() - start) + ' ms');
});
