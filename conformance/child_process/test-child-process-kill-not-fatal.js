// "while the function is called kill, the signal delivered to the child
// process may not actually kill it": a child that handles SIGUSR1 and
// ignores SIGTERM lives on after kill('SIGUSR1') and kill('SIGTERM'), and
// every later kill() still sends its signal: it reports each SIGUSR1, and
// kill('SIGKILL') finally ends it.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var child = spawn('/bin/sh', ['-c',
    'trap "echo usr1" USR1; trap "" TERM; echo ready; ' +
    'while :; do sleep 0.02; done']);
var out = '', exited = false;
child.stdout.setEncoding('utf8');

var steps = [
  function() { child.kill('SIGUSR1'); return 'ready\nusr1\n'; },
  function() { child.kill('SIGTERM'); child.kill('SIGUSR1'); return 'ready\nusr1\nusr1\n'; },
  function() { child.kill('SIGUSR1'); return 'ready\nusr1\nusr1\nusr1\n'; },
  function() { child.kill('SIGKILL'); return null; }
];
var expected = 'ready\n';
var step = 0;

child.stdout.on('data', function(d) {
  out += d;
  if (out === expected && step < steps.length) {
    assert.ok(!exited);
    expected = steps[step++]();
  }
});

child.on('exit', common.mustCall(function(code, signal) {
  exited = true;
  clearTimeout(guard);
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
}));

var guard = setTimeout(function() {
  // Do not leave the child behind, then fail.
  try { process.kill(child.pid, 'SIGKILL'); } catch (e) {}
  assert.ok(false, 'stuck at step ' + step + ', output so far ' + JSON.stringify(out));
}, 3000);

process.on('exit', function() {
  assert.strictEqual(step, steps.length);
  assert.strictEqual(out, 'ready\nusr1\nusr1\nusr1\n');
});
