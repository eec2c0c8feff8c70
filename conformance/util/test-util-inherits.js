// util.inherits(constructor, superConstructor).
var common = require('../common');
var assert = require('assert');
var util = require('util');

function A() {
  this._a = 'a';
}
A.prototype.a = function() { return this._a; };

function B(value) {
  A.call(this);
  this._b = value;
}
util.inherits(B, A);
B.prototype.b = function() { return this._b; };

assert.strictEqual(B.super_, A);

var b = new B('b');
assert.strictEqual(b.a(), 'a');
assert.strictEqual(b.b(), 'b');
assert.ok(b instanceof B);
assert.ok(b instanceof A);
assert.strictEqual(b.constructor, B);
assert.strictEqual(Object.getPrototypeOf(B.prototype), A.prototype);

// `constructor` is not enumerable, so it does not show up in for-in.
var keys = [];
for (var k in B.prototype) keys.push(k);
assert.deepEqual(keys.sort(), ['a', 'b']);
assert.deepEqual(Object.keys(B.prototype), ['b']);
// ... but it is writable.
B.prototype.constructor = 'x';
assert.strictEqual(B.prototype.constructor, 'x');
B.prototype.constructor = B;

// Three levels.
function C() { B.call(this, 'c'); }
util.inherits(C, B);
var c = new C();
assert.strictEqual(c.a(), 'a');
assert.strictEqual(c.b(), 'c');
assert.strictEqual(C.super_, B);
assert.ok(c instanceof A);

// Inheriting from Error.
function MyError(message) {
  this.message = message;
}
util.inherits(MyError, Error);
MyError.prototype.name = 'MyError';
var e = new MyError('oops');
assert.ok(e instanceof Error);
assert.strictEqual(String(e), 'MyError: oops');
