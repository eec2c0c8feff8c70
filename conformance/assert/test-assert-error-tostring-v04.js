// rnode-only: 0.4's AssertionError#toString (node 20 prints its message)
// Without a message of its own, an AssertionError prints as 0.4's did:
// expected first, then the operator, then actual, each as JSON, with what
// JSON cannot show (undefined, NaN, functions, RegExps) as strings.
var common = require('../common');
var assert = require('assert');

function printed(actual) {
  try {
    assert.equal(actual, '');
  } catch (e) {
    return e.toString();
  }
  return null;
}
assert.strictEqual(printed(undefined), 'AssertionError: "" == "undefined"');
assert.strictEqual(printed(null), 'AssertionError: "" == null');
assert.strictEqual(printed(true), 'AssertionError: "" == true');
assert.strictEqual(printed(100), 'AssertionError: "" == 100');
assert.strictEqual(printed(NaN), 'AssertionError: "" == "NaN"');
assert.strictEqual(printed('foo'), 'AssertionError: "" == "foo"');
assert.strictEqual(printed([1, 2, 3]), 'AssertionError: "" == [1,2,3]');
assert.strictEqual(printed(/abc/gim), 'AssertionError: "" == "/abc/gim"');
assert.strictEqual(printed({ a: undefined, b: null }),
                   'AssertionError: "" == {"a":"undefined","b":null}');

// A message of its own is printed alone, and `message` keeps later Node's
// order (actual first).
try {
  assert.equal(1, 2, 'one is not two');
} catch (e) {
  assert.strictEqual(e.toString(), 'AssertionError: one is not two');
}
try {
  assert.notStrictEqual(1, 1);
} catch (e) {
  assert.strictEqual(e.message, '1 !== 1');
  assert.strictEqual(String(e), 'AssertionError: 1 !== 1');
}
