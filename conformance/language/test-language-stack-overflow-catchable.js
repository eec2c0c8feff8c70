// Running out of stack is a RangeError that try/catch catches, as in V8
// ("Maximum call stack size exceeded"); the program goes on, and can
// recurse deeply again afterwards.
var assert = require('assert');

var depth = 0;
function recurse() { depth++; recurse(); }

assert.throws(function() { recurse(); }, function(e) {
  return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
});
assert.ok(depth > 1000, 'recursed ' + depth + ' deep first');

// A catch inside the recursion sees it too, and returns normally.
function guarded() {
  try { return guarded(); } catch (e) { return e instanceof RangeError ? 'caught' : 'other'; }
}
assert.equal(guarded(), 'caught');

// Finally blocks run on the way out.
var finallies = 0;
function withFinally(n) {
  try { if (n > 0) withFinally(n - 1); else recurse(); } finally { finallies++; }
}
assert.throws(function() { withFinally(50); }, RangeError);
assert.equal(finallies, 51);

depth = 0;
assert.throws(function() { recurse(); }, RangeError);
assert.ok(depth > 1000);
