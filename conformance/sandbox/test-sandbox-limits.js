// rnode-only: --max-run-time and --max-loop-iterations are rnode's flags
// A wall-clock budget stops an endless loop (no catch, no finally, no
// uncaughtException handler can keep it going) and a script waiting on a
// timer; a quick script is not held until the budget ends.
var common = require('../common');
var assert = require('assert');
var run = require('../fixtures/sandbox/run');

var start = Date.now();
run(['--max-run-time=200'],
    'process.on("uncaughtException", function() { console.log("kept alive"); });' +
    'try { while (true) {} } catch (e) { console.log("caught"); } finally { console.log("finally"); }',
    common.mustCall(function(status, out, err) {
  assert.equal(status, 1);
  assert.equal(out, '');
  assert.ok(/--max-run-time=200/.test(err), err);
  assert.ok(Date.now() - start >= 200);
}));

run(['--max-run-time=200'], 'setInterval(function() {}, 1000); console.log("waiting");',
    common.mustCall(function(status, out, err) {
  assert.equal(status, 1);
  assert.equal(out, 'waiting\n');
  assert.ok(/time limit/.test(err), err);
}));

var quick = Date.now();
run(['--max-run-time=60000', '--sandbox'], 'console.log("done")', common.mustCall(function(status, out) {
  assert.equal(status, 0);
  assert.equal(out, 'done\n');
  assert.ok(Date.now() - quick < 30000);
}));

run(['--max-loop-iterations=1000'], 'for (var i = 0; ; i++) {}', common.mustCall(function(status, out, err) {
  assert.equal(status, 1);
  assert.ok(/loop/.test(err), err);
}));

run(['--max-run-time=abc'], '1', common.mustCall(function(status) {
  assert.equal(status, 9);
}));
