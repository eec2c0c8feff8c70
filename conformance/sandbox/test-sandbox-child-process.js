// rnode-only: --sandbox and --allow-child-process are rnode's flags
// Starting processes and signalling other processes need
// --allow-child-process; a script may still signal itself.
var common = require('../common');
var assert = require('assert');
var run = require('../fixtures/sandbox/run');

var code = [
  'var cp = require("child_process");',
  'function attempt(what, f) { try { f(); console.log(what + " ok"); } catch (e) { console.log(what + " " + e.code + " " + e.permission); } }',
  'attempt("spawn", function() { cp.spawn("true"); });',
  'attempt("exec", function() { cp.exec("true", function() {}); });',
  'attempt("kill-other", function() { process.kill(process.argv[1], 0); });',
  'attempt("kill-self", function() { process.kill(process.pid, 0); });',
  'attempt("binding-kill", function() { process.binding("child_process").kill(+process.argv[1], 0); });'
].join('\n');

run(['--sandbox'], code, [String(process.pid)], common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.deepEqual(run.lines(out), [
    'spawn ERR_ACCESS_DENIED ChildProcess',
    'exec ERR_ACCESS_DENIED ChildProcess',
    'kill-other ERR_ACCESS_DENIED ChildProcess',
    'kill-self ok',
    'binding-kill ERR_ACCESS_DENIED ChildProcess'
  ]);
}));

var allowed = 'require("child_process").exec("echo spawned", function(e, out) { console.log(String(e) + " " + out.trim()); });' +
              'process.kill(+process.argv[1], 0); console.log("signalled");';
run(['--sandbox', '--allow-child-process'], allowed, [String(process.pid)],
    common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.deepEqual(run.lines(out), ['signalled', 'null spawned']);
}));
