// buf.slice(start, end): a view that shares memory with the original.
var common = require('../common');
var assert = require('assert');

// The manual's example.
var buf1 = new Buffer(26);
for (var i = 0; i < 26; i++) {
  buf1[i] = i + 97;  // 97 is ASCII a
}
var buf2 = buf1.slice(0, 3);
assert.strictEqual(buf2.toString('ascii', 0, buf2.length), 'abc');
buf1[0] = 33;
assert.strictEqual(buf2.toString('ascii', 0, buf2.length), '!bc');

// Both directions, and through slices of slices.
var parent = new Buffer('0123456789');
var mid = parent.slice(2, 8);
assert.strictEqual(mid.length, 6);
assert.strictEqual(mid.toString(), '234567');
mid[0] = 0x41;
assert.strictEqual(parent.toString(), '01A3456789');
var inner = mid.slice(1, 3);
assert.strictEqual(inner.toString(), '34');
inner[1] = 0x42;
assert.strictEqual(parent.toString(), '01A3B56789');
assert.strictEqual(mid.toString(), 'A3B567');
inner.write('xy');
assert.strictEqual(parent.toString(), '01Axy56789');

// Default end, and empty slices.
assert.strictEqual(parent.slice(7).toString(), '789');
assert.strictEqual(parent.slice(0).length, 10);
assert.strictEqual(parent.slice(3, 3).length, 0);
assert.strictEqual(parent.slice(10).length, 0);
assert.ok(Buffer.isBuffer(parent.slice(1, 2)));

// The slice is fixed even when the parent changes.
var s = parent.slice(0, 2);
parent.write('zz');
assert.strictEqual(s.toString(), 'zz');
assert.strictEqual(s.length, 2);
