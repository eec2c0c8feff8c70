// ok/assert(), equal, notEqual, strictEqual, notStrictEqual, fail.
var common = require('../common');
var assert = require('assert');

var a = assert;

// Throws an AssertionError with the given fields.
function checkError(block, actual, expected, operator) {
  var caught;
  try {
    block();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof a.AssertionError, 'AssertionError expected');
  assert.ok(caught instanceof Error);
  assert.strictEqual(caught.name, 'AssertionError');
  // (x !== x only for NaN.)
  if (actual !== actual) assert.ok(caught.actual !== caught.actual);
  else assert.strictEqual(caught.actual, actual);
  if (expected !== expected) assert.ok(caught.expected !== caught.expected);
  else assert.strictEqual(caught.expected, expected);
  if (operator) assert.strictEqual(caught.operator, operator);
  return caught;
}

// The module itself is assert.ok.
assert.strictEqual(typeof a, 'function');
a(true);
a(1);
a('x');
a({});
checkError(function() { a(false); }, false, true, '==');
checkError(function() { a(0); }, 0, true, '==');

a.ok(true);
a.ok('test');
a.ok(Infinity);
checkError(function() { a.ok(false); }, false, true, '==');
checkError(function() { a.ok(''); }, '', true, '==');
checkError(function() { a.ok(null); }, null, true, '==');
checkError(function() { a.ok(undefined); }, undefined, true, '==');
checkError(function() { a.ok(NaN); }, NaN, true, '==');

a.equal(null, null);
a.equal(undefined, undefined);
a.equal(null, undefined);
a.equal(true, true);
a.equal(2, '2');
a.equal('1', 1);
a.equal(0, false);
checkError(function() { a.equal(true, false); }, true, false, '==');
checkError(function() { a.equal(1, 2); }, 1, 2, '==');
if (common.isRnode) {
  // NaN != NaN (modern Node treats them as equal).
  checkError(function() { a.equal(NaN, NaN); }, NaN, NaN, '==');
}

a.notEqual(true, false);
a.notEqual(1, 2);
checkError(function() { a.notEqual(true, true); }, true, true, '!=');
checkError(function() { a.notEqual(2, '2'); }, 2, '2', '!=');

a.strictEqual(2, 2);
a.strictEqual('a', 'a');
var obj = {};
a.strictEqual(obj, obj);
checkError(function() { a.strictEqual(2, '2'); }, 2, '2');
checkError(function() { a.strictEqual(null, undefined); }, null, undefined);
var o1 = {}, o2 = {};
checkError(function() { a.strictEqual(o1, o2); }, o1, o2);

a.notStrictEqual(2, '2');
a.notStrictEqual({}, {});
checkError(function() { a.notStrictEqual(2, 2); }, 2, 2);

if (common.isRnode) {
  checkError(function() { a.strictEqual(2, '2'); }, 2, '2', '===');
  checkError(function() { a.notStrictEqual(2, 2); }, 2, 2, '!==');
}

// A custom message becomes the error's message.
var e = checkError(function() { a.equal(1, 2, 'one is not two'); }, 1, 2);
assert.strictEqual(e.message, 'one is not two');
e = checkError(function() { a.ok(false, 'not ok'); }, false, true);
assert.strictEqual(e.message, 'not ok');
e = checkError(function() { a.notEqual(1, 1, 'same'); }, 1, 1);
assert.strictEqual(e.message, 'same');
// (Modern Node appends a diff to strict messages.)
e = checkError(function() { a.strictEqual(1, 2, 'strict'); }, 1, 2);
assert.ok(/^strict/.test(e.message));
if (common.isRnode) assert.strictEqual(e.message, 'strict');
e = checkError(function() { a.notStrictEqual(1, 1, 'same!'); }, 1, 1);
assert.ok(/^same!/.test(e.message));
if (common.isRnode) assert.strictEqual(e.message, 'same!');

// fail(actual, expected, message, operator) always throws.
e = checkError(function() { a.fail(1, 2, 'failed', '>'); }, 1, 2, '>');
assert.strictEqual(e.message, 'failed');
assert.throws(function() { a.fail(); }, a.AssertionError);
e = checkError(function() { a.fail(1, 2, undefined, '>'); }, 1, 2, '>');
assert.strictEqual(e.message, '1 > 2');
