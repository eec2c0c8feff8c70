// Bad sizes throw RangeError, non-buffer arguments TypeError; nothing crashes.
var common = require('../common');
var assert = require('assert');

// Negative sizes. (Node 0.4 itself quietly made an empty buffer.)
assert.throws(function() { new Buffer(-1); }, RangeError);
assert.throws(function() { Buffer(-1); }, RangeError);
assert.throws(function() { Buffer.alloc(-1); }, RangeError);
assert.throws(function() { Buffer.allocUnsafe(-1); }, RangeError);

// Sizes far beyond memory.
assert.throws(function() { Buffer.alloc(1e15); }, RangeError);
assert.throws(function() { Buffer.allocUnsafe(1e15); }, RangeError);
assert.throws(function() { new Buffer(1e15); }, RangeError);
assert.throws(function() { Buffer.alloc(Infinity); }, RangeError);

// Objects that are neither arrays nor buffers.
assert.throws(function() { new Buffer({}); }, TypeError);
assert.throws(function() { Buffer.from({}); }, TypeError);

// Buffer.concat needs an array.
assert.throws(function() { Buffer.concat('x'); }, TypeError);

// buf.copy needs a buffer to copy into.
assert.throws(function() { new Buffer('abc').copy('not a buffer'); }, TypeError);

// Reading past the end, copying to a negative offset.
assert.throws(function() { new Buffer(2).readUInt32LE(0); }, RangeError);
assert.throws(function() { new Buffer(2).copy(new Buffer(2), -1); }, RangeError);

// Unknown encodings.
assert.throws(function() { new Buffer('x', 'bogus'); }, /Unknown encoding/);
assert.throws(function() { new Buffer(1).toString('bogus'); }, /Unknown encoding/);

// After all that, buffers still work.
var ok = Buffer.alloc(3, 0x61);
assert.strictEqual(ok.toString(), 'aaa');
