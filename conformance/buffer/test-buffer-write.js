// buf.write(): every argument order, return value, no partial characters, Buffer._charsWritten.
var common = require('../common');
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}

var buf;

// write(string): utf8 at offset 0.
buf = Buffer.alloc(8);
assert.strictEqual(buf.write('h\u00e9'), 3);
assert.deepEqual(bytes(buf), [0x68, 0xc3, 0xa9, 0, 0, 0, 0, 0]);

// write(string, offset).
assert.strictEqual(buf.write('xy', 5), 2);
assert.deepEqual(bytes(buf), [0x68, 0xc3, 0xa9, 0, 0, 0x78, 0x79, 0]);

// write(string, offset, encoding), the manual's order.
buf = Buffer.alloc(6);
assert.strictEqual(buf.write('6162', 1, 'hex'), 2);
assert.deepEqual(bytes(buf), [0, 0x61, 0x62, 0, 0, 0]);
assert.strictEqual(buf.write('YWI=', 4, 'base64'), 2);
assert.strictEqual(buf.toString(), '\u0000ab\u0000ab');

// write(string, encoding).
buf = Buffer.alloc(4);
assert.strictEqual(buf.write('ffee', 'hex'), 2);
assert.deepEqual(bytes(buf), [0xff, 0xee, 0, 0]);
assert.strictEqual(buf.write('a', 'ucs2'), 2);
assert.deepEqual(bytes(buf), [0x61, 0, 0, 0]);

// write(string, offset, length, [encoding]), the modern form.
buf = Buffer.alloc(6);
assert.strictEqual(buf.write('abcdef', 1, 2), 2);
assert.deepEqual(bytes(buf), [0, 0x61, 0x62, 0, 0, 0]);
assert.strictEqual(buf.write('xyzw', 3, 3, 'ascii'), 3);
assert.strictEqual(buf.toString('ascii', 1), 'abxyz');
assert.strictEqual(buf.write('\u00e9\u00e9', 0, 3, 'utf8'), 2);  // not 3
assert.deepEqual(bytes(buf), [0xc3, 0xa9, 0x62, 0x78, 0x79, 0x7a]);

// write(string, encoding, offset), the legacy order the manual's
// buffer.length example uses. Modern Node no longer accepts it.
if (common.isRnode) {
  buf = Buffer.alloc(6);
  assert.strictEqual(buf.write('hi', 'ascii', 2), 2);
  assert.deepEqual(bytes(buf), [0, 0, 0x68, 0x69, 0, 0]);
  assert.strictEqual(buf.write('0102', 'hex', 4), 2);
  assert.deepEqual(bytes(buf), [0, 0, 0x68, 0x69, 1, 2]);
}

// Whatever does not fit is dropped; single-byte encodings fill the room.
buf = Buffer.alloc(3);
assert.strictEqual(buf.write('hello', 0, 'ascii'), 3);
assert.strictEqual(buf.toString(), 'hel');
assert.strictEqual(buf.write('XY', 2, 'binary'), 1);
assert.strictEqual(buf.toString(), 'heX');
assert.strictEqual(buf.write('abc', 3), 0);
assert.strictEqual(buf.toString(), 'heX');

// Never a partial UTF-8 character.
buf = Buffer.alloc(4, 0x2e);
assert.strictEqual(buf.write('\u20ac', 2), 0);        // 3 bytes into 2
assert.strictEqual(buf.toString(), '....');
assert.strictEqual(buf.write('a\u20ac', 1), 1);       // only the 'a'
assert.strictEqual(buf.toString(), '.a..');
assert.strictEqual(buf.write('\u00e9\u00e9', 1), 2);  // one of two 2-byte chars
assert.strictEqual(buf.toString(), '.\u00e9.');
buf = Buffer.alloc(5);
assert.strictEqual(buf.write('\ud83d\ude00\ud83d\ude00'), 4);
assert.deepEqual(bytes(buf), [0xf0, 0x9f, 0x98, 0x80, 0]);
assert.strictEqual(buf.write('\ud83d\ude00', 2), 0);
assert.deepEqual(bytes(buf), [0xf0, 0x9f, 0x98, 0x80, 0]);

// Nor half a UCS-2 code unit.
buf = Buffer.alloc(3);
assert.strictEqual(buf.write('ab', 'ucs2'), 2);
assert.deepEqual(bytes(buf), [0x61, 0, 0]);

// Writing into a slice writes into the parent, and stays inside the slice.
var parent = Buffer.alloc(6, 0x2e);
var slice = parent.slice(2, 4);
assert.strictEqual(slice.write('abcdef'), 2);
assert.strictEqual(parent.toString(), '..ab..');

// Buffer._charsWritten: the characters (not bytes) of the last write.
if (common.isRnode) {
  buf = Buffer.alloc(256);
  buf.write('\u00bd + \u00bc = \u00be', 0);
  assert.strictEqual(Buffer._charsWritten, 9);
  buf = Buffer.alloc(3);
  buf.write('a\u20ac');
  assert.strictEqual(Buffer._charsWritten, 1);
  buf.write('hello', 0, 'ascii');
  assert.strictEqual(Buffer._charsWritten, 3);
  buf.write('\u20ac');
  assert.strictEqual(Buffer._charsWritten, 1);
}
