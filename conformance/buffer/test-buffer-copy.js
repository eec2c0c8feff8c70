// buf.copy(target, targetStart, sourceStart, sourceEnd): defaults, truncation, overlap, errors.
var common = require('../common');
var assert = require('assert');

function ascii(n, from) {
  var b = new Buffer(n);
  for (var i = 0; i < n; i++) b[i] = from + i;
  return b;
}

// The manual's example.
var buf1 = new Buffer(26);
var buf2 = new Buffer(26);
for (var i = 0; i < 26; i++) {
  buf1[i] = i + 97;  // 97 is ASCII a
  buf2[i] = 33;      // ASCII !
}
assert.strictEqual(buf1.copy(buf2, 8, 16, 20), 4);
assert.strictEqual(buf2.toString('ascii', 0, 25), '!!!!!!!!qrst!!!!!!!!!!!!!');

// Defaults: targetStart 0, sourceStart 0, sourceEnd the source's length.
var src = new Buffer('abcdef');
var dst = Buffer.alloc(6, 0x2e);
assert.strictEqual(src.copy(dst), 6);
assert.strictEqual(dst.toString(), 'abcdef');
dst = Buffer.alloc(6, 0x2e);
assert.strictEqual(src.copy(dst, 2), 4);  // truncated to the room left
assert.strictEqual(dst.toString(), '..abcd');
dst = Buffer.alloc(6, 0x2e);
assert.strictEqual(src.copy(dst, 0, 4), 2);
assert.strictEqual(dst.toString(), 'ef....');
dst = Buffer.alloc(3, 0x2e);
assert.strictEqual(src.copy(dst), 3);     // a smaller target
assert.strictEqual(dst.toString(), 'abc');
dst = Buffer.alloc(10, 0x2e);
assert.strictEqual(src.copy(dst, 1, 1, 3), 2);
assert.strictEqual(dst.toString(), '.bc.......');
// Nothing to copy.
assert.strictEqual(src.copy(dst, 0, 2, 2), 0);
assert.strictEqual(dst.toString(), '.bc.......');
assert.strictEqual(new Buffer(0).copy(dst), 0);

// Copies between slices go through to the parents.
var parent = ascii(10, 0x30);  // '0123456789'
var other = Buffer.alloc(10, 0x2e);
assert.strictEqual(parent.slice(5).copy(other.slice(2, 5)), 3);
assert.strictEqual(other.toString(), '..567.....');

// Overlapping copies within one buffer behave like memmove.
var b = new Buffer('abcdefgh');
assert.strictEqual(b.copy(b, 2, 0, 6), 6);   // forwards
assert.strictEqual(b.toString(), 'ababcdef');
b = new Buffer('abcdefgh');
assert.strictEqual(b.copy(b, 0, 2), 6);      // backwards
assert.strictEqual(b.toString(), 'cdefghgh');
b = new Buffer('abcdefgh');
assert.strictEqual(b.slice(0, 5).copy(b.slice(1)), 5);
assert.strictEqual(b.toString(), 'aabcdegh');
b = new Buffer('abcdefgh');
assert.strictEqual(b.copy(b, 0), 8);
assert.strictEqual(b.toString(), 'abcdefgh');

// A large copy.
var big = Buffer.alloc(100000);
for (i = 0; i < big.length; i++) big[i] = i & 0xff;
var bigCopy = Buffer.alloc(100000);
assert.strictEqual(big.copy(bigCopy), 100000);
assert.strictEqual(bigCopy[99999], 99999 & 0xff);
assert.strictEqual(bigCopy[54321], 54321 & 0xff);

// Bad arguments.
assert.throws(function() { src.copy(dst, -1); }, RangeError);
assert.throws(function() { src.copy(dst, 0, -1); }, RangeError);
assert.throws(function() { src.copy('not a buffer'); }, TypeError);
