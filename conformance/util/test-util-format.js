// util.format(): printf-like formatting, as console.log uses it.
var common = require('../common');
var assert = require('assert');
var util = require('util');

assert.equal(util.format(), '');
assert.equal(util.format(''), '');
assert.equal(util.format('test'), 'test');

// %s, %d, %j and %%.
assert.equal(util.format('%s', 'foo'), 'foo');
assert.equal(util.format('%s:%s', 'foo', 'bar'), 'foo:bar');
assert.equal(util.format('%s', 42), '42');
assert.equal(util.format('%s', null), 'null');
assert.equal(util.format('%s', undefined), 'undefined');
assert.equal(util.format('%d', 42), '42');
assert.equal(util.format('%d', '42'), '42');
assert.equal(util.format('%d', -0.5), '-0.5');
assert.equal(util.format('%d %d', 1, 2), '1 2');
assert.equal(util.format('%j', { a: [1, 'x'] }), '{"a":[1,"x"]}');
assert.equal(util.format('%j', 'str'), '"str"');
assert.equal(util.format('%% %s', 'x'), '% x');
assert.equal(util.format('count: %d', 3), 'count: 3');
assert.equal(util.format('a%'), 'a%');
assert.equal(util.format('%x', 1), '%x 1');

// Placeholders without arguments are left alone.
assert.equal(util.format('%s'), '%s');
assert.equal(util.format('%s %s', 'a'), 'a %s');
assert.equal(util.format('%d'), '%d');
assert.equal(util.format('%j'), '%j');
assert.equal(util.format('%%'), '%%');

// Extra arguments are appended, separated by spaces; objects inspected.
assert.equal(util.format('%s', 'a', 'b', 3), 'a b 3');
assert.equal(util.format('x', 1, null, undefined, true), 'x 1 null undefined true');
assert.equal(util.format('x', { a: 1 }, [1, 2]), 'x { a: 1 } [ 1, 2 ]');
assert.equal(util.format('a', 'b c'), 'a b c');

// A non-string first argument: every argument is inspected.
assert.equal(util.format(1, 2), '1 2');
assert.equal(util.format([1], { b: [2] }), '[ 1 ] { b: [ 2 ] }');

if (common.isRnode) {
  // ... including strings, which Node 0.4 then quoted.
  assert.equal(util.format({ a: 1 }, 'b'), "{ a: 1 } 'b'");
  assert.equal(util.format(null, 'x'), "null 'x'");
  // Node 0.4 converted %s arguments with String().
  assert.equal(util.format('%s', { a: 1 }), '[object Object]');
  assert.equal(util.format('%s', [1, 2]), '1,2');
  assert.equal(util.format('%d', 'abc'), 'NaN');
}

// console.log formats the same way (output checked by eye only).
console.log('count: %d', 3);
