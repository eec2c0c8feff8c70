// Malformed UTF-8 decodes to U+FFFD as modern Node does; lone surrogates encode as EF BF BD.
var common = require('../common');
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}
function decode(arr) { return new Buffer(arr).toString('utf8'); }
var R = '\ufffd';

// Bytes that never start a character.
assert.strictEqual(decode([0xff]), R);
assert.strictEqual(decode([0xfe, 0x41]), R + 'A');
assert.strictEqual(decode([0x80]), R);
assert.strictEqual(decode([0x61, 0x80, 0xbf, 0x62]), 'a' + R + R + 'b');
assert.strictEqual(decode([0xf8, 0x88, 0x80, 0x80, 0x80]), R + R + R + R + R);

// A truncated sequence is one U+FFFD, whatever follows.
assert.strictEqual(decode([0xe2, 0x82]), R);
assert.strictEqual(decode([0xe2, 0x82, 0x41]), R + 'A');
assert.strictEqual(decode([0xc3]), R);
assert.strictEqual(decode([0x61, 0xc3, 0x62]), 'a' + R + 'b');
assert.strictEqual(decode([0xf0, 0x9f, 0x98]), R);
assert.strictEqual(decode([0xf0, 0x9f, 0x98, 0xe2, 0x82, 0xac]), R + '\u20ac');

// Overlong forms, encoded surrogates and code points past U+10FFFF:
// one U+FFFD per byte.
assert.strictEqual(decode([0xc0, 0x80]), R + R);
assert.strictEqual(decode([0xc1, 0xbf]), R + R);
assert.strictEqual(decode([0xe0, 0x80, 0x80]), R + R + R);
assert.strictEqual(decode([0xed, 0xa0, 0x80]), R + R + R);
assert.strictEqual(decode([0xed, 0xbf, 0xbf]), R + R + R);
assert.strictEqual(decode([0xf4, 0x90, 0x80, 0x80]), R + R + R + R);

// Valid sequences around the edges still decode.
assert.strictEqual(decode([0x7f]), '\u007f');
assert.strictEqual(decode([0xc2, 0x80]), '\u0080');
assert.strictEqual(decode([0xdf, 0xbf]), '\u07ff');
assert.strictEqual(decode([0xe0, 0xa0, 0x80]), '\u0800');
assert.strictEqual(decode([0xed, 0x9f, 0xbf]), '\ud7ff');
assert.strictEqual(decode([0xee, 0x80, 0x80]), '\ue000');
assert.strictEqual(decode([0xef, 0xbf, 0xbf]), '\uffff');
assert.strictEqual(decode([0xf0, 0x90, 0x80, 0x80]), '\ud800\udc00');
assert.strictEqual(decode([0xf4, 0x8f, 0xbf, 0xbf]), '\udbff\udfff');

// toString with a range that splits a character.
var s = new Buffer('h\u00e9llo');
assert.strictEqual(s.toString('utf8', 0, 2), 'h' + R);
assert.strictEqual(s.toString('utf8', 2), R + 'llo');

// Lone surrogates encode as U+FFFD (EF BF BD).
assert.deepEqual(bytes(new Buffer('\ud800')), [0xef, 0xbf, 0xbd]);
assert.deepEqual(bytes(new Buffer('\udc00')), [0xef, 0xbf, 0xbd]);
assert.deepEqual(bytes(new Buffer('a\ud800b')), [0x61, 0xef, 0xbf, 0xbd, 0x62]);
assert.deepEqual(bytes(new Buffer('\udc00\ud800')),
                 [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]);
assert.deepEqual(bytes(new Buffer('\ud83d\ude00')), [0xf0, 0x9f, 0x98, 0x80]);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('\ud800a'), 4);
var w = Buffer.alloc(4);
assert.strictEqual(w.write('\udc00x'), 4);
assert.deepEqual(bytes(w), [0xef, 0xbf, 0xbd, 0x78]);
