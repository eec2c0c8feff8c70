// new Buffer(size|array|string|buffer), Buffer() without new, Buffer.from/alloc/allocUnsafe.
var common = require('../common');
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}

// new Buffer(size): the contents are unspecified, the length is not.
assert.strictEqual(new Buffer(0).length, 0);
assert.strictEqual(new Buffer(10).length, 10);
assert.strictEqual(new Buffer(10000).length, 10000);  // bigger than a pool

// new Buffer(array): each value is taken modulo 256.
assert.deepEqual(bytes(new Buffer([])), []);
assert.deepEqual(bytes(new Buffer([0, 1, 127, 128, 255])), [0, 1, 127, 128, 255]);
assert.deepEqual(bytes(new Buffer([256, 257, -1, -256, 1.5, '7'])),
                 [0, 1, 255, 0, 1, 7]);

// new Buffer(string, [encoding]): utf8 by default.
var s = new Buffer('h\u00e9llo');
assert.strictEqual(s.length, 6);
assert.deepEqual(bytes(s), [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
assert.strictEqual(s.toString(), 'h\u00e9llo');
assert.deepEqual(bytes(new Buffer('h\u00e9', 'binary')), [0x68, 0xe9]);
assert.deepEqual(bytes(new Buffer('6869', 'hex')), [0x68, 0x69]);
assert.deepEqual(bytes(new Buffer('aGk=', 'base64')), [0x68, 0x69]);
assert.deepEqual(bytes(new Buffer('hi', 'ucs2')), [0x68, 0, 0x69, 0]);
assert.strictEqual(new Buffer('').length, 0);

// new Buffer(buffer) copies.
var orig = new Buffer([1, 2, 3]);
var copy = new Buffer(orig);
assert.deepEqual(bytes(copy), [1, 2, 3]);
orig[0] = 9;
assert.strictEqual(copy[0], 1);
copy[1] = 8;
assert.strictEqual(orig[1], 2);

// Callable without `new`.
var noNew = Buffer([1, 2]);
assert.ok(Buffer.isBuffer(noNew));
assert.deepEqual(bytes(noNew), [1, 2]);
assert.strictEqual(Buffer('abc').toString(), 'abc');
assert.strictEqual(Buffer(5).length, 5);

// Buffer.from.
assert.deepEqual(bytes(Buffer.from([1, 2, 300])), [1, 2, 44]);
assert.strictEqual(Buffer.from('\u20ac').length, 3);
assert.strictEqual(Buffer.from('e282ac', 'hex').toString(), '\u20ac');
var fromBuf = Buffer.from(orig);
assert.deepEqual(bytes(fromBuf), [9, 2, 3]);
orig[2] = 0;
assert.strictEqual(fromBuf[2], 3);

// Buffer.alloc zero-fills, or fills with the given value.
assert.deepEqual(bytes(Buffer.alloc(5)), [0, 0, 0, 0, 0]);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.deepEqual(bytes(Buffer.alloc(3, 7)), [7, 7, 7]);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 'YWI=', 'base64').toString(), 'abab');
assert.strictEqual(Buffer.alloc(4, '6162', 'hex').toString(), 'abab');
var big = Buffer.alloc(20000);
for (var i = 0; i < big.length; i++) assert.strictEqual(big[i], 0);

// Buffer.allocUnsafe.
assert.strictEqual(Buffer.allocUnsafe(7).length, 7);
assert.ok(Buffer.isBuffer(Buffer.allocUnsafe(0)));

// The length never changes when the contents do.
var fixed = new Buffer(4);
fixed.write('a long string that does not fit');
assert.strictEqual(fixed.length, 4);
assert.strictEqual(fixed.toString(), 'a lo');
