// An error from reading a name (an undefined global, a let in its
// temporal dead zone) is reported at that name's line and column, as V8
// does — not at the start of the enclosing function — so the printed
// source line and caret are the right ones.
var assert = require('assert');

function where(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof ReferenceError, String(e));
    var frame = /:(\d+):(\d+)\)?$/m.exec(e.stack.split('\n')[1]);
    return [+frame[1], +frame[2]];
  }
  throw new Error('no error');
}

assert.deepEqual(where(function() {
  var a = 1;
    return a + missingName;
}), [20, 16]);

assert.deepEqual(where(function() {
  {
      tdz;
    let tdz = 1;
  }
}), [25, 7]);

// A method a line below its caller: the line is the method's.
assert.strictEqual(where(function() {
  var o = { f: function() { return alsoMissing; } };
  return o.f();
})[0], 32);
