// Every encoding both ways, encoding names, unknown encodings, Buffer.byteLength.
var common = require('../common');
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}

// ascii: decoding strips the high bit; encoding keeps the low 8 bits.
assert.strictEqual(new Buffer([0x68, 0x69]).toString('ascii'), 'hi');
assert.strictEqual(new Buffer([0xe9, 0x41, 0xff, 0x80]).toString('ascii'),
                   'iA\u007f\u0000');
assert.deepEqual(bytes(new Buffer('h\u00e9', 'ascii')), [0x68, 0xe9]);

// utf8 / utf-8.
var euro = [0xe2, 0x82, 0xac];
assert.deepEqual(bytes(new Buffer('\u20ac', 'utf8')), euro);
assert.deepEqual(bytes(new Buffer('\u20ac', 'utf-8')), euro);
assert.strictEqual(new Buffer(euro).toString('utf8'), '\u20ac');
assert.strictEqual(new Buffer(euro).toString('utf-8'), '\u20ac');
assert.strictEqual(new Buffer(euro).toString(), '\u20ac');
// One to four bytes per character; astral characters are surrogate pairs.
assert.deepEqual(bytes(new Buffer('a\u00e9\u20ac\ud83d\ude00')),
                 [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.strictEqual(new Buffer([0xf0, 0x9f, 0x98, 0x80]).toString(), '\ud83d\ude00');
assert.strictEqual(new Buffer([0]).toString(), '\u0000');

// ucs2 / utf16le: two bytes per code unit, little endian.
assert.deepEqual(bytes(new Buffer('a\u20ac', 'ucs2')), [0x61, 0, 0xac, 0x20]);
assert.deepEqual(bytes(new Buffer('a\u20ac', 'ucs-2')), [0x61, 0, 0xac, 0x20]);
assert.deepEqual(bytes(new Buffer('a\u20ac', 'utf16le')), [0x61, 0, 0xac, 0x20]);
assert.strictEqual(new Buffer([0x61, 0, 0xac, 0x20]).toString('ucs2'), 'a\u20ac');
assert.strictEqual(new Buffer([0x61, 0, 0xac, 0x20]).toString('utf16le'), 'a\u20ac');
// A trailing odd byte is ignored.
assert.strictEqual(new Buffer([0x61, 0, 0x62]).toString('ucs2'), 'a');
// Surrogates pass through unchanged.
assert.deepEqual(bytes(new Buffer('\ud83d\ude00', 'ucs2')), [0x3d, 0xd8, 0x00, 0xde]);
assert.strictEqual(new Buffer([0, 0xd8]).toString('ucs2'), '\ud800');

// base64.
assert.strictEqual(new Buffer('hello').toString('base64'), 'aGVsbG8=');
assert.strictEqual(new Buffer('').toString('base64'), '');
assert.strictEqual(new Buffer('a').toString('base64'), 'YQ==');
assert.strictEqual(new Buffer('ab').toString('base64'), 'YWI=');
assert.strictEqual(new Buffer('abc').toString('base64'), 'YWJj');
assert.strictEqual(new Buffer([0xfb, 0xff, 0xbf]).toString('base64'), '+/+/');
assert.strictEqual(new Buffer('aGVsbG8=', 'base64').toString(), 'hello');
assert.strictEqual(new Buffer('YWJj', 'base64').toString(), 'abc');
// Decoding tolerates missing padding, whitespace and the url-safe alphabet.
assert.strictEqual(new Buffer('aGVsbG8', 'base64').toString(), 'hello');
assert.strictEqual(new Buffer('YQ', 'base64').toString(), 'a');
assert.strictEqual(new Buffer('YWI', 'base64').toString(), 'ab');
assert.strictEqual(new Buffer(' aGV s\nbG8=\r\n\t', 'base64').toString(), 'hello');
assert.deepEqual(bytes(new Buffer('-_-_', 'base64')), [0xfb, 0xff, 0xbf]);
assert.deepEqual(bytes(new Buffer('+/+/', 'base64')), [0xfb, 0xff, 0xbf]);
assert.strictEqual(new Buffer('', 'base64').length, 0);
// A longer text, with the 76-column line breaks MIME uses.
var text = 'The quick brown fox jumps over the lazy dog, again and again and again.';
var encoded = new Buffer(text).toString('base64');
assert.strictEqual(encoded,
    'VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZywgYWdhaW4gYW5k' +
    'IGFnYWluIGFuZCBhZ2Fpbi4=');
assert.strictEqual(new Buffer(encoded.slice(0, 76) + '\n' + encoded.slice(76),
                              'base64').toString(), text);

// binary / latin1: one byte per character, low 8 bits.
assert.deepEqual(bytes(new Buffer('\u00e9\u00ff\u0100\u20ac', 'binary')),
                 [0xe9, 0xff, 0x00, 0xac]);
assert.deepEqual(bytes(new Buffer('\u00e9\u00ff', 'latin1')), [0xe9, 0xff]);
assert.strictEqual(new Buffer([0x61, 0xe9, 0x80, 0xff]).toString('binary'),
                   'a\u00e9\u0080\u00ff');
assert.strictEqual(new Buffer([0x61, 0xe9]).toString('latin1'), 'a\u00e9');

// hex: lower case out, either case in.
assert.strictEqual(new Buffer([0, 15, 16, 255]).toString('hex'), '000f10ff');
assert.deepEqual(bytes(new Buffer('000f10ff', 'hex')), [0, 15, 16, 255]);
assert.deepEqual(bytes(new Buffer('DEADbeef', 'hex')), [0xde, 0xad, 0xbe, 0xef]);
assert.strictEqual(new Buffer('', 'hex').length, 0);

// Encoding names are case-insensitive.
assert.strictEqual(new Buffer('abc').toString('UTF8'), 'abc');
assert.strictEqual(new Buffer('abc').toString('Hex'), '616263');
assert.strictEqual(new Buffer('616263', 'HEX').toString(), 'abc');
assert.strictEqual(new Buffer('YWJj', 'Base64').toString('ASCII'), 'abc');

// toString(encoding, start, end).
var hello = new Buffer('hello world');
assert.strictEqual(hello.toString('ascii', 0, 5), 'hello');
assert.strictEqual(hello.toString('utf8', 6), 'world');
assert.strictEqual(hello.toString('hex', 1, 3), '656c');
assert.strictEqual(hello.toString('base64', 0, 3), 'aGVs');
assert.strictEqual(hello.toString('utf8', 3, 3), '');
assert.strictEqual(hello.toString(undefined, 6), 'world');
// Out-of-range start and end are clamped.
assert.strictEqual(hello.toString('utf8', -5, 5), 'hello');
assert.strictEqual(hello.toString('utf8', 6, 100), 'world');

// Unknown encodings throw (Node 0.4: Error 'Unknown encoding').
assert.throws(function() { hello.toString('nope'); }, /Unknown encoding/);
assert.throws(function() { new Buffer('abc', 'nope'); }, /Unknown encoding/);
assert.throws(function() { Buffer.from('abc', 'nope'); }, /Unknown encoding/);
assert.throws(function() { hello.write('abc', 0, 'nope'); }, /Unknown encoding/);

// Buffer.byteLength(string, [encoding]).
var str = '\u00bd + \u00bc = \u00be';
assert.strictEqual(Buffer.byteLength(str), 12);
assert.strictEqual(Buffer.byteLength(str, 'utf8'), 12);
assert.strictEqual(Buffer.byteLength('\u20ac'), 3);
assert.strictEqual(Buffer.byteLength('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength('abc', 'ascii'), 3);
assert.strictEqual(Buffer.byteLength('\u00e9\u00e9', 'binary'), 2);
assert.strictEqual(Buffer.byteLength('\u20ac', 'ucs2'), 2);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('YWJj', 'base64'), 3);
