// The manual's 'uncaughtException' example.
var common = require('../common');
var assert = require('assert');

var caught = null, timerRan = false, afterThrow = false;
process.on('uncaughtException', function(err) {
  caught = err;
});
setTimeout(function() {
  timerRan = true;
}, 20);
process.on('exit', function() {
  assert.ok(caught instanceof ReferenceError);
  assert.ok(/nonexistentFunc/.test(String(caught)));
  assert.ok(timerRan, 'This will still run.');
  assert.ok(!afterThrow, 'This will not run.');
});
// Intentionally cause an exception, but don't catch it.
nonexistentFunc();
afterThrow = true;
