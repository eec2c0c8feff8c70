// Buffer global and buffer module exports; Buffer.isBuffer and Buffer.isEncoding.
var common = require('../common');
var assert = require('assert');
var buffer = require('buffer');

assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(Buffer, buffer.Buffer);
assert.strictEqual(global.Buffer, Buffer);
assert.strictEqual(typeof buffer.SlowBuffer, 'function');
// A SlowBuffer is a Buffer in all but name; it inspects as 0.4's did
// (node 20 says <Buffer ...>), and its slices are plain Buffers.
var slow = new buffer.SlowBuffer(3);
slow.write('abc');
assert.strictEqual(Buffer.isBuffer(slow), true);
assert.strictEqual(slow.toString(), 'abc');
assert.strictEqual(slow.slice(1).inspect(), '<Buffer 62 63>');
if (common.isRnode) {
  assert.strictEqual(typeof process.binding('buffer').SlowBuffer, 'function');
  assert.strictEqual(slow.inspect(), '<SlowBuffer 61 62 63>');
}
assert.strictEqual(typeof Buffer.poolSize, 'number');
assert.ok(Buffer.poolSize > 0);
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);

// Buffer.isBuffer.
assert.strictEqual(Buffer.isBuffer(new Buffer(4)), true);
assert.strictEqual(Buffer.isBuffer(Buffer.from('abc')), true);
assert.strictEqual(Buffer.isBuffer(Buffer.from('abc').slice(1)), true);
assert.strictEqual(Buffer.isBuffer([1, 2]), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.isBuffer({ length: 0 }), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.strictEqual(Buffer.isBuffer(undefined), false);
assert.strictEqual(Buffer.isBuffer(3), false);

// Buffers are objects with a numeric length.
var buf = new Buffer(3);
assert.strictEqual(typeof buf, 'object');
assert.ok(buf instanceof Buffer);
assert.strictEqual(buf.length, 3);

// Buffer.isEncoding: case-insensitive, with the usual aliases.
['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ascii', 'ucs2', 'ucs-2', 'UCS2',
 'utf16le', 'utf-16le', 'base64', 'binary', 'latin1', 'hex', 'HEX'
].forEach(function(enc) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
});
['', 'utf7', 'nope', 'utf 8'].forEach(function(enc) {
  assert.strictEqual(Buffer.isEncoding(enc), false, enc);
});
