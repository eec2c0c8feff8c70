// A module's first line shares the CommonJS wrapper's line, yet errors
// there report the program's own columns (V8 compiled the wrapper with a
// column offset): the stack's frame and the printed caret point at the
// right character, not 62 columns to its right.
var assert = require('assert');
var path = require('path');

var fixture = require('../fixtures/first-line-error.js');
try {
  fixture.f();
  assert.fail('no error');
} catch (e) {
  assert.ok(e instanceof ReferenceError);
  var frame = e.stack.split('\n')[1];
  var at = /first-line-error\.js:(\d+):(\d+)\)?$/.exec(frame);
  assert.ok(at, frame);
  assert.strictEqual(+at[1], 1);
  // `var a = 1; exports.f = function() { a = 2; missingOnLineOne(); };`
  //                                            ^ column 44
  assert.strictEqual(+at[2], 44);
}

// Lines below the first are as they were.
try {
  (function() {
    throw new Error('here');
  })();
} catch (e) {
  assert.ok(/test-language-first-line-columns\.js:26:11\)?$/.test(e.stack.split('\n')[1]),
            e.stack.split('\n')[1]);
}
