// rnode-only: util.inspect's 0.4 rule for arrays: anything with an array on
// its prototype chain prints with brackets (0.4's isArray walked the chain;
// modern Node prints `Array {}`). Dates, RegExps and errors with extra
// properties say what they are first, then list the properties.
var common = require('../common');
var assert = require('assert');
var util = require('util');

assert.strictEqual(util.inspect(Object.create([])), '[]');
var derived = Object.create([]);
derived.push(1, 2);
assert.strictEqual(util.inspect(derived), '[ 1, 2, length: 2 ]');  // push made an own length
var deeper = Object.create(Object.create([]));
assert.strictEqual(util.inspect(deeper), '[]');
// util.isArray itself stays Array.isArray.
assert.strictEqual(util.isArray(Object.create([])), false);

// Array-likes that are not arrays stay objects.
assert.strictEqual(util.inspect({ length: 0 }), '{ length: 0 }');
assert.strictEqual(util.inspect({ 0: 'a', length: 1 }), "{ '0': 'a', length: 1 }");

// Dates print in UTC, with properties after.
var d = new Date(Date.UTC(2011, 0, 1));
assert.strictEqual(util.inspect(d), 'Sat, 01 Jan 2011 00:00:00 GMT');
d.foo = 'bar';
assert.strictEqual(util.inspect(d), "{ Sat, 01 Jan 2011 00:00:00 GMT foo: 'bar' }");

// RegExps the same way.
var re = /ab+c/gi;
assert.strictEqual(util.inspect(re), '/ab+c/gi');
re.foo = 1;
assert.strictEqual(util.inspect(re), '{ /ab+c/gi foo: 1 }');
