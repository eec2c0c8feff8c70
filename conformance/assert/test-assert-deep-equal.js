// deepEqual / notDeepEqual.
var common = require('../common');
var assert = require('assert');

var a = assert;

function makeBlock(f) {
  var args = Array.prototype.slice.call(arguments, 1);
  return function() {
    return f.apply(this, args);
  };
}

// 7.1 Identical values.
a.deepEqual(1, 1);
a.deepEqual('a', 'a');
var o = {};
a.deepEqual(o, o);

// 7.2 Dates.
a.deepEqual(new Date(2000, 3, 14), new Date(2000, 3, 14));
assert.throws(makeBlock(a.deepEqual, new Date(), new Date(2000, 3, 14)),
              a.AssertionError);
a.notDeepEqual(new Date(), new Date(2000, 3, 14));

// 7.3 Non-objects compare with ==.
a.deepEqual(4, '4');
a.deepEqual(true, 1);
assert.throws(makeBlock(a.deepEqual, 4, '5'), a.AssertionError);
a.notDeepEqual(4, '5');

// 7.4 Objects: same keys (in any order), deep-equal values.
a.deepEqual({ a: 4 }, { a: 4 });
a.deepEqual({ a: 4, b: '2' }, { a: 4, b: '2' });
a.deepEqual([4], ['4']);
a.deepEqual({ a: 4, b: '1' }, { b: '1', a: 4 });
a.deepEqual({ a: [1, { b: [2, 3] }] }, { a: [1, { b: [2, 3] }] });
assert.throws(makeBlock(a.deepEqual, { a: 4 }, { a: 4, b: true }),
              a.AssertionError);
assert.throws(makeBlock(a.deepEqual, { a: 4 }, { b: 4 }), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, [1, 2], [1, 2, 3]), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, { a: { b: 1 } }, { a: { b: 2 } }),
              a.AssertionError);
a.notDeepEqual({ a: 4 }, { a: 5 });
a.notDeepEqual(['a'], { a: 'a' });
assert.throws(makeBlock(a.notDeepEqual, { a: [1] }, { a: [1] }),
              a.AssertionError);

// Named properties on arrays count.
var a1 = [1, 2, 3];
var a2 = [1, 2, 3];
a1.a = 'test';
a1.b = true;
a2.b = true;
a2.a = 'test';
assert.throws(makeBlock(a.deepEqual, Object.keys(a1), Object.keys(a2)),
              a.AssertionError);
a.deepEqual(a1, a2);

// Inherited properties are ignored.
var nbRoot = {
  toString: function() { return this.first + ' ' + this.last; }
};

function nameBuilder(first, last) {
  this.first = first;
  this.last = last;
  return this;
}
nameBuilder.prototype = nbRoot;

function nameBuilder2(first, last) {
  this.first = first;
  this.last = last;
  return this;
}
nameBuilder2.prototype = nbRoot;

var nb1 = new nameBuilder('Ryan', 'Dahl');
var nb2 = new nameBuilder2('Ryan', 'Dahl');

a.deepEqual(nb1, nb2);

// Node 0.4 also compared the objects' 'prototype' properties; an object
// inheriting from the Object function has one.
nameBuilder2.prototype = Object;
nb2 = new nameBuilder2('Ryan', 'Dahl');
if (common.isRnode) {
  assert.throws(makeBlock(a.deepEqual, nb1, nb2), a.AssertionError);
}

// Objects never equal primitives.
assert.throws(makeBlock(a.deepEqual, 'a', {}), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, 'a', ['a']), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, 'ab', { 0: 'a', 1: 'b' }),
              a.AssertionError);
assert.throws(makeBlock(a.deepEqual, null, {}), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, {}, undefined), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, 1, {}), a.AssertionError);

// Arguments objects equal only other arguments objects.
function args() { return arguments; }
a.deepEqual(args(1, 2), args(1, 2));
assert.throws(makeBlock(a.deepEqual, args(1, 2), args(1, 3)),
              a.AssertionError);
assert.throws(makeBlock(a.deepEqual, args(1, 2), [1, 2]), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, [1, 2], args(1, 2)), a.AssertionError);

// Functions: only the same function.
function f() {}
a.deepEqual(f, f);
assert.throws(makeBlock(a.deepEqual, function() {}, function() {}),
              a.AssertionError);

// Buffers compare byte by byte.
if (typeof Buffer !== 'undefined') {
  a.deepEqual(new Buffer('abc'), new Buffer('abc'));
  assert.throws(makeBlock(a.deepEqual, new Buffer('abc'), new Buffer('abd')),
                a.AssertionError);
  assert.throws(makeBlock(a.deepEqual, new Buffer('ab'), new Buffer('abc')),
                a.AssertionError);
}

// Messages.
try {
  a.deepEqual({ a: 1 }, { a: 2 }, 'custom');
  a.ok(false);
} catch (e) {
  a.strictEqual(e.message, 'custom');
  a.strictEqual(e.operator, 'deepEqual');
}
try {
  a.notDeepEqual({ a: 1 }, { a: 1 });
  a.ok(false);
} catch (e) {
  a.ok(e instanceof a.AssertionError);
  a.strictEqual(e.operator, 'notDeepEqual');
}

if (common.isRnode) {
  // Node 0.4 compared arrays and array-like objects by keys alone.
  a.deepEqual([1, 2], { 0: 1, 1: 2 });
  // ... and RegExps by their (absent) enumerable properties.
  a.deepEqual(/a/, /b/);
  // null is an object there, so it is not deep-equal to undefined.
  a.notDeepEqual(null, undefined);
}
