// err.stack reads as V8's: "Name: message" then "    at" frames;
// Error.captureStackTrace exists.
var common = require('../common');
var assert = require('assert');

function thrower() { throw new TypeError('bad thing'); }
try {
  thrower();
} catch (e) {
  var lines = e.stack.split('\n');
  assert.equal(lines[0], 'TypeError: bad thing');
  assert.ok(/^    at /.test(lines[1]), lines[1]);
  assert.ok(e.stack.indexOf('thrower') !== -1);
  assert.ok(e.stack.indexOf(__filename) !== -1);
}

var obj = { name: 'Custom', message: 'captured' };
Error.captureStackTrace(obj);
assert.equal(obj.stack.split('\n')[0], 'Custom: captured');

function MyError(msg) {
  this.message = msg;
  Error.captureStackTrace(this, MyError);
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = 'MyError';
var my = new MyError('mine');
assert.equal(my.stack.split('\n')[0], 'MyError: mine');

var e2 = new Error('x');
e2.stack = 'replaced';
assert.equal(e2.stack, 'replaced');
