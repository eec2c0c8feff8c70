// StringDecoder: no character split across chunks (utf8, ucs2), hex and base64 chunks, end().
var common = require('../common');
var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

// Feeds `buf` in chunks of the given sizes; returns what each write gave.
function feed(decoder, buf, sizes) {
  var results = [], pos = 0;
  sizes.forEach(function(n) {
    results.push(decoder.write(buf.slice(pos, pos + n)));
    pos += n;
  });
  assert.strictEqual(pos, buf.length);
  return results;
}
function ones(n) {
  var a = [];
  while (n--) a.push(1);
  return a;
}

// utf8 is the default.
var d = new StringDecoder();
assert.strictEqual(d.write(new Buffer('h\u00e9llo')), 'h\u00e9llo');
d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer('abc')), 'abc');
assert.strictEqual(d.write(new Buffer(0)), '');

// '\u20ac' (3 bytes) and an emoji (4 bytes) byte by byte: nothing until the
// last byte of each.
d = new StringDecoder('utf8');
assert.deepEqual(feed(d, new Buffer('\u20ac'), [1, 1, 1]), ['', '', '\u20ac']);
assert.deepEqual(feed(d, new Buffer('\ud83d\ude00'), [1, 1, 1, 1]),
                 ['', '', '', '\ud83d\ude00']);
d = new StringDecoder('utf-8');
assert.deepEqual(feed(d, new Buffer('a\u00e9b'), [2, 2]), ['a', '\u00e9b']);
assert.deepEqual(feed(d, new Buffer('x\u20acy'), [3, 2]), ['x', '\u20acy']);

// Every split point of a mixed string, and byte by byte.
var text = 'a\u00e9\u20ac\ud83d\ude00z\u0800\u07ff\udbff\udfff.';
var bytes = new Buffer(text);
for (var cut = 0; cut <= bytes.length; cut++) {
  d = new StringDecoder('utf8');
  assert.strictEqual(feed(d, bytes, [cut, bytes.length - cut]).join(''), text,
                     'cut at ' + cut);
}
d = new StringDecoder('utf8');
var pieces = feed(d, bytes, ones(bytes.length));
assert.strictEqual(pieces.join(''), text);
// No write ever returned a lone surrogate half.
pieces.forEach(function(p) {
  assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p), JSON.stringify(p));
});

// A long stream in uneven chunks.
var chars = ['x', '\u00e9', '\u20ac', '\ud83d\ude00'];
var longText = '';
for (var i = 0; i < 200; i++) longText += chars[i % chars.length];
var longBytes = new Buffer(longText);
var sizes = [], left = longBytes.length;
for (i = 0; left > 0; i++) {
  var n = Math.min(left, (i * 7) % 5 + 1);
  sizes.push(n);
  left -= n;
}
assert.strictEqual(feed(new StringDecoder('utf8'), longBytes, sizes).join(''), longText);

// Malformed input becomes U+FFFD, as with Buffer#toString.
d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer([0xff])), '\ufffd');
assert.strictEqual(d.write(new Buffer([0x41])), 'A');
d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer([0x61, 0xe2, 0x82])), 'a');
assert.strictEqual(d.write(new Buffer([0x41])), '\ufffdA');

// end(): flushes an incomplete character as U+FFFD; end(buf) writes first.
d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer([0xe2])), '');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.write(new Buffer('ok')), 'ok');
assert.strictEqual(d.end(), '');
d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer('ab')), 'ab');
assert.strictEqual(d.end(new Buffer('c')), 'c');
d = new StringDecoder('utf8');
assert.strictEqual(d.write(new Buffer([0xe2, 0x82])), '');
assert.strictEqual(d.end(new Buffer([0xac])), '\u20ac');

// ucs2: split at odd byte boundaries.
d = new StringDecoder('ucs2');
var ucs = new Buffer('ab\u20ac', 'ucs2');
assert.deepEqual(feed(d, ucs, [1, 3, 2]), ['', 'ab', '\u20ac']);
d = new StringDecoder('ucs2');
assert.deepEqual(feed(d, ucs, ones(6)), ['', 'a', '', 'b', '', '\u20ac']);
d = new StringDecoder('utf16le');
assert.strictEqual(feed(d, ucs, [3, 3]).join(''), 'ab\u20ac');
// A surrogate pair split anywhere comes out whole once joined.
var pair = new Buffer('x\ud83d\ude00y', 'ucs2');
for (cut = 0; cut <= pair.length; cut++) {
  d = new StringDecoder('ucs2');
  assert.strictEqual(feed(d, pair, [cut, pair.length - cut]).join('') + d.end(),
                     'x\ud83d\ude00y', 'ucs2 cut at ' + cut);
}

// hex: each chunk on its own.
d = new StringDecoder('hex');
assert.strictEqual(d.write(new Buffer([1, 255])), '01ff');
assert.strictEqual(d.write(new Buffer([0xab])), 'ab');
assert.strictEqual(d.end(), '');

// base64: whole 3-byte groups as they arrive, the rest at end().
d = new StringDecoder('base64');
assert.strictEqual(d.write(new Buffer([1, 2, 3, 4])), 'AQID');
assert.strictEqual(d.write(new Buffer([5])), '');
assert.strictEqual(d.write(new Buffer([6, 7])), 'BAUG');
assert.strictEqual(d.end(), 'Bw==');
d = new StringDecoder('base64');
assert.strictEqual(d.write(new Buffer('hello')), 'aGVs');
assert.strictEqual(d.end(), 'bG8=');
d = new StringDecoder('base64');
var joined = feed(d, new Buffer('hello world'), [1, 4, 2, 4]).join('') + d.end();
assert.strictEqual(joined, new Buffer('hello world').toString('base64'));

// Single-byte encodings.
assert.strictEqual(new StringDecoder('binary').write(new Buffer([0x61, 0xe9])), 'a\u00e9');
assert.strictEqual(new StringDecoder('ascii').write(new Buffer([0x61, 0x62])), 'ab');
