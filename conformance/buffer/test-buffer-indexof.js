// buf.indexOf(value, [byteOffset]) and buf.includes() with strings, bytes and buffers.
var common = require('../common');
var assert = require('assert');

var buf = new Buffer('abcdefabc');

// Strings.
assert.strictEqual(buf.indexOf('a'), 0);
assert.strictEqual(buf.indexOf('cd'), 2);
assert.strictEqual(buf.indexOf('abc'), 0);
assert.strictEqual(buf.indexOf('fab'), 5);
assert.strictEqual(buf.indexOf('zz'), -1);
assert.strictEqual(buf.indexOf('abcdefabcd'), -1);  // longer than the buffer
assert.strictEqual(new Buffer('h\u00e9llo').indexOf('\u00e9'), 1);
assert.strictEqual(new Buffer('h\u00e9llo').indexOf('l'), 3);  // a byte offset

// Byte values.
assert.strictEqual(buf.indexOf(0x63), 2);
assert.strictEqual(buf.indexOf(99), 2);
assert.strictEqual(buf.indexOf(0x7a), -1);
assert.strictEqual(new Buffer([1, 255, 3]).indexOf(255), 1);

// Buffers.
assert.strictEqual(buf.indexOf(new Buffer('ef')), 4);
assert.strictEqual(buf.indexOf(new Buffer('fa')), 5);
assert.strictEqual(buf.indexOf(new Buffer('xy')), -1);
assert.strictEqual(buf.indexOf(new Buffer('xbcx').slice(1, 3)), 1);

// byteOffset: where to start; negative counts from the end.
assert.strictEqual(buf.indexOf('a', 1), 6);
assert.strictEqual(buf.indexOf('abc', 1), 6);
assert.strictEqual(buf.indexOf('abc', 6), 6);
assert.strictEqual(buf.indexOf('abc', 7), -1);
assert.strictEqual(buf.indexOf(0x61, 1), 6);
assert.strictEqual(buf.indexOf(new Buffer('bc'), 2), 7);
assert.strictEqual(buf.indexOf('c', -1), 8);
assert.strictEqual(buf.indexOf('a', -3), 6);
assert.strictEqual(buf.indexOf('a', 100), -1);

// Searching a slice finds positions relative to the slice.
var slice = buf.slice(3);
assert.strictEqual(slice.indexOf('a'), 3);
assert.strictEqual(slice.indexOf('d'), 0);
assert.strictEqual(slice.indexOf('abc'), 3);

// includes.
assert.strictEqual(buf.includes('def'), true);
assert.strictEqual(buf.includes('fed'), false);
assert.strictEqual(buf.includes(0x66), true);
assert.strictEqual(buf.includes(0x67), false);
assert.strictEqual(buf.includes(new Buffer('ca')), false);
assert.strictEqual(buf.includes(new Buffer('fa')), true);
assert.strictEqual(buf.includes('d', 4), false);
