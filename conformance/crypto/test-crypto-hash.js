// crypto.createHash(alg): known answers for md5, sha1, sha224, sha256,
// sha384, sha512 and ripemd160 in every digest encoding; strings in explicit
// encodings and Buffers; multi-update, 1 MB input; update() chains; digest
// twice or update after digest throws; an unknown algorithm throws.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var FOX = 'The quick brown fox jumps over the lazy dog';

// Digests of '', 'abc' and FOX, made with OpenSSL 3.0:
//   for a in md5 sha1 sha224 sha256 sha384 sha512 ripemd160; do
//     printf '' | openssl dgst -$a -r
//     printf 'abc' | openssl dgst -$a -r
//     printf 'The quick brown fox jumps over the lazy dog' | openssl dgst -$a -r
//   done
var vectors = {
  md5: ['d41d8cd98f00b204e9800998ecf8427e',
    '900150983cd24fb0d6963f7d28e17f72',
    '9e107d9d372bb6826bd81d3542a419d6'],
  sha1: ['da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'a9993e364706816aba3e25717850c26c9cd0d89d',
    '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
  sha224: ['d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
    '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    '730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525'],
  sha256: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
  sha384: ['38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    'ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1'],
  sha512: ['cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    '07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6'],
  ripemd160: ['9c1185a5c5e9fc54612808977ee8f548b2258d31',
    '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
    '37f332f68db77bd9d7edd4969571ad671cf9dd3b']
};

function hex(alg, data, enc) {
  var h = crypto.createHash(alg);
  if (data !== null) h.update(data, enc);
  return h.digest('hex');
}

Object.keys(vectors).forEach(function(alg) {
  var v = vectors[alg];
  // No update() at all, and an empty update, both hash the empty input.
  assert.strictEqual(hex(alg, null), v[0], alg + ' of nothing');
  assert.strictEqual(hex(alg, '', 'binary'), v[0], alg + " of ''");
  assert.strictEqual(hex(alg, new Buffer(0)), v[0], alg + ' of empty Buffer');
  assert.strictEqual(hex(alg, 'abc', 'binary'), v[1], alg + ' of abc');
  assert.strictEqual(hex(alg, 'abc', 'utf8'), v[1]);
  assert.strictEqual(hex(alg, 'abc', 'ascii'), v[1]);
  assert.strictEqual(hex(alg, new Buffer('abc', 'binary')), v[1]);
  assert.strictEqual(hex(alg, FOX, 'binary'), v[2], alg + ' of fox');
  assert.strictEqual(hex(alg, new Buffer(FOX, 'binary')), v[2]);

  // The other digest encodings carry the same bytes.
  var bytes = new Buffer(v[2], 'hex');
  var h = crypto.createHash(alg).update(FOX, 'binary');
  assert.strictEqual(h.digest('base64'), bytes.toString('base64'));
  h = crypto.createHash(alg).update(FOX, 'binary');
  var bin = h.digest('binary');
  assert.strictEqual(typeof bin, 'string');
  assert.strictEqual(bin.length, bytes.length);
  assert.strictEqual(bin, bytes.toString('binary'));

  // Many updates hash like one.
  h = crypto.createHash(alg);
  for (var i = 0; i < FOX.length; i += 5) h.update(FOX.slice(i, i + 5), 'binary');
  assert.strictEqual(h.digest('hex'), v[2], alg + ' in pieces');
  h = crypto.createHash(alg);
  h.update('The quick ', 'utf8').update(new Buffer('brown fox ')).update('', 'binary');
  h.update('jumps over the lazy dog', 'ascii');
  assert.strictEqual(h.digest('hex'), v[2], alg + ' mixed pieces');
});

// Exact base64 values.
//   printf 'abc' | openssl dgst -sha1 -binary | base64
assert.strictEqual(crypto.createHash('sha1').update('abc', 'binary').digest('base64'),
                   'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
//   printf 'The quick brown fox jumps over the lazy dog' | openssl dgst -sha512 -binary | base64 -w0
assert.strictEqual(crypto.createHash('sha512').update(FOX, 'binary').digest('base64'),
                   'B+VH2VhvanP3P7rAQ17XaVEhj7fQyNeIownXhUNru2Quk6JSqVTyORJUfR6KO17W4b/XCXghIz+gU489uFT+5g==');
// An exact 'binary' digest: md5('abc') = 900150983cd24fb0d6963f7d28e17f72.
assert.strictEqual(crypto.createHash('md5').update('abc', 'binary').digest('binary'),
                   '\u0090\u0001\u0050\u0098\u003c\u00d2\u004f\u00b0' +
                   '\u00d6\u0096\u003f\u007d\u0028\u00e1\u007f\u0072');

// update() returns the hash itself.
var hash = crypto.createHash('sha1');
assert.strictEqual(hash.update('a', 'binary'), hash);
assert.strictEqual(hash.update(new Buffer('bc')), hash);
assert.strictEqual(hash.digest('hex'), vectors.sha1[1]);

// Multibyte UTF-8: the string is hashed as its UTF-8 bytes.
//   printf 'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80' | openssl dgst -md5 -r
//   printf 'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80' | openssl dgst -sha256 -r
var multi = 'h\u00e9llo \u20ac \ud83d\ude00';
assert.strictEqual(hex('md5', multi, 'utf8'), 'b69235094d40d8cc2b1e0ae5e0abdb1c');
assert.strictEqual(hex('sha256', multi, 'utf8'),
                   '83643b4928cf4914ee6352fed94ef1d9cacb5a843c45544627c6593db3548d74');
assert.strictEqual(hex('sha256', new Buffer(multi, 'utf8')),
                   '83643b4928cf4914ee6352fed94ef1d9cacb5a843c45544627c6593db3548d74');
// A character split over two updates of Buffers still hashes the same.
var multiBytes = new Buffer(multi, 'utf8');
assert.strictEqual(crypto.createHash('md5').update(multiBytes.slice(0, 2))
                   .update(multiBytes.slice(2)).digest('hex'),
                   'b69235094d40d8cc2b1e0ae5e0abdb1c');

// 'binary' strings: one byte per character, including those above 0x7f.
//   printf '\xff\xfe\x80\x00abc' | openssl dgst -sha1 -r
//   printf '\xff\xfe\x80\x00abc' | openssl dgst -md5 -r
var binStr = '\u00ff\u00fe\u0080\u0000abc';
assert.strictEqual(hex('sha1', binStr, 'binary'), 'e5ae5ced0255dccf86d7544738ed8ed16c7d8bbb');
assert.strictEqual(hex('md5', binStr, 'binary'), '2345192c0834c219708778eaf6b3cc6f');
assert.strictEqual(hex('sha1', new Buffer([0xff, 0xfe, 0x80, 0, 0x61, 0x62, 0x63])),
                   'e5ae5ced0255dccf86d7544738ed8ed16c7d8bbb');
// ... which differs from the same string taken as UTF-8.
assert.notStrictEqual(hex('sha1', binStr, 'utf8'), 'e5ae5ced0255dccf86d7544738ed8ed16c7d8bbb');

// A slice hashes only its own bytes.
var big = new Buffer('xxabcyy', 'binary');
assert.strictEqual(hex('sha1', big.slice(2, 5)), vectors.sha1[1]);

// 1 MB of 'a', in one Buffer and in 1 KB string pieces.
//   head -c 1048576 /dev/zero | tr '\0' a | openssl dgst -md5 -r     (and -sha1, -sha256, -sha512)
var mb = {
  md5: '7202826a7791073fe2787f0c94603278',
  sha1: '454027d64e3b855735552d42230eea1cbd645fa0',
  sha256: '9bc1b2a288b26af7257a36277ae3816a7d4f16e89c1e7e77d0a5c48bad62b360',
  sha512: 'f083039442f4a8cee2985641fa49cada4ca54d9bf3de03f9ef9f1f726dbb655d2a844aa1014e54fd239a5b3f37ae46d64744fee51ab2d7f5fe9b209e90b5ad52'
};
var megabyte = new Buffer(1048576);
megabyte.fill(0x61);
var kilo = new Array(1025).join('a');
assert.strictEqual(kilo.length, 1024);
Object.keys(mb).forEach(function(alg) {
  assert.strictEqual(hex(alg, megabyte), mb[alg], alg + ' of 1 MB');
  var h = crypto.createHash(alg);
  for (var i = 0; i < 1024; i++) h.update(kilo, 'ascii');
  assert.strictEqual(h.digest('hex'), mb[alg], alg + ' of 1 MB in pieces');
});

// Two hashes in flight do not disturb each other.
var h1 = crypto.createHash('sha1');
var h2 = crypto.createHash('sha1');
h1.update('ab', 'binary');
h2.update('The quick brown fox ', 'binary');
h1.update('c', 'binary');
h2.update('jumps over the lazy dog', 'binary');
assert.strictEqual(h2.digest('hex'), vectors.sha1[2]);
assert.strictEqual(h1.digest('hex'), vectors.sha1[1]);

// A hash is finished by digest(): a second digest() or a later update() throws.
hash = crypto.createHash('md5');
hash.update('abc', 'binary');
assert.strictEqual(hash.digest('hex'), vectors.md5[1]);
assert.throws(function() { hash.digest('hex'); }, Error);
assert.throws(function() { hash.update('more', 'binary'); }, Error);
hash = crypto.createHash('sha256');
hash.digest('base64');
assert.throws(function() { hash.update(new Buffer('x')); }, Error);

// Unknown algorithms throw an Error at creation.
assert.throws(function() { crypto.createHash('foo'); }, Error);
assert.throws(function() { crypto.createHash('sha3000'); }, Error);
assert.throws(function() { crypto.createHash(''); }, Error);
