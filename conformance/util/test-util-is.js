// util.isArray, isRegExp, isDate, isError.
var common = require('../common');
var assert = require('assert');
var util = require('util');

assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray(new Array(5)), true);
assert.strictEqual(util.isArray({}), false);
assert.strictEqual(util.isArray({ push: function() {}, length: 0 }), false);
assert.strictEqual(util.isArray('abc'), false);
assert.strictEqual(util.isArray(null), false);
assert.strictEqual(util.isArray(arguments), false);

assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isRegExp(new RegExp('x')), true);
assert.strictEqual(util.isRegExp('/x/'), false);
assert.strictEqual(util.isRegExp({}), false);
assert.strictEqual(util.isRegExp(Object.create(RegExp.prototype)), false);
assert.strictEqual(util.isRegExp(null), false);

assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isDate(new Date(0)), true);
assert.strictEqual(util.isDate(Date.now()), false);
assert.strictEqual(util.isDate(Date()), false);
assert.strictEqual(util.isDate({}), false);
assert.strictEqual(util.isDate(Object.create(Date.prototype)), false);

assert.strictEqual(util.isError(new Error()), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isError(new SyntaxError()), true);
assert.strictEqual(util.isError({ name: 'Error', message: 'x' }), false);
assert.strictEqual(util.isError('Error'), false);
assert.strictEqual(util.isError(null), false);
try {
  null.x;
} catch (e) {
  assert.strictEqual(util.isError(e), true);
}
