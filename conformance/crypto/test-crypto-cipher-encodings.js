// cipher.update(data, input_encoding, output_encoding) and final(output_encoding)
// with 'utf8', 'binary', 'hex', 'base64' and Buffers; many small updates whose
// boundaries fall inside blocks and inside UTF-8 characters; base64 output in
// pieces still concatenates to valid base64.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var KEY = new Buffer('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex');
var IV = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');
var ALG = 'aes-256-cbc';

// 69 bytes of UTF-8; the euro sign at bytes 14-16 straddles the first block boundary.
var TEXT = 'h\u00e9llo w\u00f6rld \u20ac\u20ac \ud83d\ude00 The quick brown fox jumps over the lazy dog';
var TEXT_HEX = '68c3a96c6c6f2077c3b6726c6420e282ace282ac20f09f98802054686520717569636b2062726f776e' +
               '20666f78206a756d7073206f76657220746865206c617a7920646f67';
// printf 'h\xc3\xa9llo w\xc3\xb6rld \xe2\x82\xac\xe2\x82\xac \xf0\x9f\x98\x80 The quick brown fox jumps over the lazy dog' |
//   openssl enc -aes-256-cbc -K 603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4 \
//     -iv 000102030405060708090a0b0c0d0e0f | xxd -p -c 1000
var CT_HEX = '1537a450c578811db8f3ba3f8dbc32d31409a3ea523ee50f7ff5e9150be183b2' +
             '325e27567a31eb24e746a6dcc78ed39841c7e0b97abaf6d62ed5ead5f1d266ad' +
             'fed1c5cb9a77b62de35b378e4d636fcb';
var textBuf = new Buffer(TEXT_HEX, 'hex');
var ctBuf = new Buffer(CT_HEX, 'hex');
var CT_B64 = ctBuf.toString('base64');
var CT_BIN = ctBuf.toString('binary');

assert.strictEqual(new Buffer(TEXT, 'utf8').toString('hex'), TEXT_HEX);

function cipher() { return crypto.createCipheriv(ALG, KEY, IV); }
function decipher() { return crypto.createDecipheriv(ALG, KEY, IV); }

// Every input encoding gives the same ciphertext.
var inputs = [
  [TEXT, 'utf8'],
  [textBuf.toString('binary'), 'binary'],
  [TEXT_HEX, 'hex'],
  [textBuf.toString('base64'), 'base64'],
  [textBuf, undefined]
];
inputs.forEach(function(input) {
  var c = cipher();
  assert.strictEqual(c.update(input[0], input[1], 'hex') + c.final('hex'), CT_HEX,
                     'input ' + input[1]);
});

// Every output encoding carries the same bytes.
var c = cipher();
assert.strictEqual(c.update(TEXT, 'utf8', 'base64') + c.final('base64'), CT_B64);
c = cipher();
var bin = c.update(TEXT, 'utf8', 'binary') + c.final('binary');
assert.strictEqual(typeof bin, 'string');
assert.strictEqual(bin, CT_BIN);
assert.strictEqual(bin.length, 80);
c = cipher();
var first = c.update(TEXT, 'utf8', 'hex');
assert.strictEqual(first, CT_HEX.slice(0, 128));  // four whole blocks
assert.strictEqual(c.final('hex'), CT_HEX.slice(128));

// Deciphering, from every encoding, to every encoding.
var cts = [[CT_HEX, 'hex'], [CT_B64, 'base64'], [CT_BIN, 'binary'], [ctBuf, undefined]];
cts.forEach(function(ct) {
  var d = decipher();
  assert.strictEqual(d.update(ct[0], ct[1], 'utf8') + d.final('utf8'), TEXT, 'from ' + ct[1]);
  d = decipher();
  assert.strictEqual(d.update(ct[0], ct[1], 'hex') + d.final('hex'), TEXT_HEX);
  d = decipher();
  assert.strictEqual(d.update(ct[0], ct[1], 'binary') + d.final('binary'),
                     textBuf.toString('binary'));
  d = decipher();
  assert.strictEqual(d.update(ct[0], ct[1], 'base64') + d.final('base64'),
                     textBuf.toString('base64'));
});

// An all-ASCII plaintext can come back as 'ascii'.
c = cipher();
var asciiCt = c.update('plain old ascii text, 34 bytes ok', 'ascii', 'hex') + c.final('hex');
var d = decipher();
assert.strictEqual(d.update(asciiCt, 'hex', 'ascii') + d.final('ascii'),
                   'plain old ascii text, 34 bytes ok');

// Many small updates, of every size from 1 to 20 bytes, give the same
// ciphertext in hex, binary and base64.
for (var size = 1; size <= 20; size++) {
  var outs = { hex: '', binary: '', base64: '' };
  Object.keys(outs).forEach(function(enc) {
    var c = cipher();
    for (var i = 0; i < textBuf.length; i += size) {
      outs[enc] += c.update(textBuf.slice(i, i + size), undefined, enc);
    }
    outs[enc] += c.final(enc);
  });
  assert.strictEqual(outs.hex, CT_HEX, 'hex in pieces of ' + size);
  assert.strictEqual(outs.binary, CT_BIN, 'binary in pieces of ' + size);
  assert.strictEqual(outs.base64, CT_B64, 'base64 in pieces of ' + size);

  // The same pieces as 'binary' strings.
  c = cipher();
  var out = '';
  var binText = textBuf.toString('binary');
  for (var j = 0; j < binText.length; j += size) {
    out += c.update(binText.slice(j, j + size), 'binary', 'hex');
  }
  assert.strictEqual(out + c.final('hex'), CT_HEX, 'binary strings in pieces of ' + size);

  // Deciphering in pieces: the UTF-8 characters split across pieces and
  // blocks still come out whole.
  var outs2 = { utf8: '', hex: '', binary: '' };
  Object.keys(outs2).forEach(function(enc) {
    var d = decipher();
    for (var i = 0; i < ctBuf.length; i += size) {
      outs2[enc] += d.update(ctBuf.slice(i, i + size), undefined, enc);
    }
    outs2[enc] += d.final(enc);
  });
  assert.strictEqual(outs2.utf8, TEXT, 'utf8 out of pieces of ' + size);
  assert.strictEqual(outs2.hex, TEXT_HEX, 'hex out of pieces of ' + size);
  assert.strictEqual(outs2.binary, textBuf.toString('binary'), 'binary out of pieces of ' + size);

  // Hex input in pieces of whole bytes.
  d = decipher();
  out = '';
  for (var k = 0; k < CT_HEX.length; k += 2 * size) {
    out += d.update(CT_HEX.slice(k, k + 2 * size), 'hex', 'utf8');
  }
  assert.strictEqual(out + d.final('utf8'), TEXT, 'hex in pieces of ' + size);
}

// A UTF-8 string given in pieces: each piece is encoded on its own.
c = cipher();
var pieces = ['h\u00e9llo w', '\u00f6rld \u20ac', '\u20ac \ud83d\ude00 The quick ',
              'brown fox jumps over the lazy dog'];
var out = '';
pieces.forEach(function(p) { out += c.update(p, 'utf8', 'hex'); });
assert.strictEqual(out + c.final('hex'), CT_HEX);

// update() with nothing to give back returns an empty string.
c = cipher();
assert.strictEqual(c.update('short', 'utf8', 'hex'), '');
assert.strictEqual(c.update('', 'utf8', 'hex'), '');
d = decipher();
assert.strictEqual(d.update(CT_HEX.slice(0, 10), 'hex', 'utf8'), '');
