// clearTimeout stops a pending timer; bad ids are tolerated.
var common = require('../common');
var assert = require('assert');

var fired = false;
var t = setTimeout(function() { fired = true; }, 10);
clearTimeout(t);
clearTimeout(null);
clearTimeout(undefined);
clearTimeout(12345);
clearTimeout({});
clearInterval('nonsense');
clearTimeout(t); // twice is fine
var ranLater = false;
setTimeout(function() {
  // Clearing a timer that has already fired is harmless.
  var done = setTimeout(function() {}, 1);
  setTimeout(function() { clearTimeout(done); ranLater = true; }, 5);
}, 20);
process.on('exit', function() {
  assert.strictEqual(fired, false);
  assert.strictEqual(ranLater, true);
});
assert.throws(function() { setTimeout('not a function', 1); }, TypeError);
