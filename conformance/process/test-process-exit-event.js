// The manual's 'exit' example: a nextTick queued in 'exit' never runs.
var common = require('../common');
var assert = require('assert');

var exitCalls = 0;
process.on('exit', function(code) {
  exitCalls++;
  assert.strictEqual(code, 0);
  process.nextTick(function() {
    assert.ok(false, 'This will not run');
  });
});
process.on('exit', function() {
  assert.strictEqual(exitCalls, 1);
});
