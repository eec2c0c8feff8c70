// Flags: --openssl-legacy-provider
// The older ciphers Node v0.4 programs used: des-cbc, des-ecb, bf-cbc
// (Blowfish), bf-ecb, cast5-cbc and rc4, with createCipher (EVP_BytesToKey
// key and IV, as `openssl enc -nosalt -md md5 -k`) and with createCipheriv.
// OpenSSL 3 keeps them in its legacy provider, hence the flag for Node.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var PLAIN = 'The quick brown fox jumps over the lazy dog';
var PASSWORD = 'Secret Passphrase';

// Made with OpenSSL 3.0, for each ALG:
//   printf 'The quick brown fox jumps over the lazy dog' | openssl enc -provider legacy \
//     -provider default -ALG -nosalt -md md5 -k 'Secret Passphrase' | xxd -p -c 1000
// and the derived key and IV:
//   openssl enc -provider legacy -provider default -ALG -nosalt -md md5 -k 'Secret Passphrase' -P
var vectors = {
  'des-cbc': { key: '79a38d896d90dbfe', iv: '5e151a326602bc3a',
    ct: 'f65ca7a3cda8e7826735f152a17b9fdf58f5078b587d76e23d9edd53e978fa194d865dbcec7b6ecf400de0a60a32a5b7' },
  'des-ecb': { key: '79a38d896d90dbfe', iv: '',
    ct: 'fe24adfac3645c2263afe34e6a839db0e8a7d201ef99afe02f360ac1692c911cdf8a0922afad0e144dd6e187159965f1' },
  'bf-cbc': { key: '79a38d896d90dbfe5e151a326602bc3a', iv: '4a9081f3f9beac08',
    ct: '9f2414b9f8cef9d64caf09a4badb46f63b104b0cad22fb486d147944d678fe86f78360160dd34cc39f4724ae2dee4d29' },
  'bf-ecb': { key: '79a38d896d90dbfe5e151a326602bc3a', iv: '',
    ct: '2053d9d726badef7ed6a26746911ac2b60400c2e8b9ec7381977e86a5da2541846e2a8c179f52a042e150ab62694ae56' },
  'cast5-cbc': { key: '79a38d896d90dbfe5e151a326602bc3a', iv: '4a9081f3f9beac08',
    ct: '8db9e9725f7e1ff8b972950d961e0e8f8f4855680ea10884336c9203549a36f85249859d4a595422d0a63e2f0f0a94ca' },
  'rc4': { key: '79a38d896d90dbfe5e151a326602bc3a', iv: '',
    ct: '9b1fe5a752ac7cbff99213a2526f0a580ca6c4bbc9b37389010457866a0b9a3d5007b2f76a63bc46c87454' }
};

Object.keys(vectors).forEach(function(alg) {
  var v = vectors[alg];
  var c = crypto.createCipher(alg, PASSWORD);
  assert.strictEqual(c.update(PLAIN, 'utf8', 'hex') + c.final('hex'), v.ct, alg);
  var d = crypto.createDecipher(alg, PASSWORD);
  assert.strictEqual(d.update(v.ct, 'hex', 'utf8') + d.final('utf8'), PLAIN, alg + ' decrypt');

  var key = new Buffer(v.key, 'hex');
  var iv = new Buffer(v.iv, 'hex');
  c = crypto.createCipheriv(alg, key, iv);
  assert.strictEqual(c.update(PLAIN, 'utf8', 'hex') + c.final('hex'), v.ct, alg + ' iv');
  d = crypto.createDecipheriv(alg, key, iv);
  assert.strictEqual(d.update(v.ct, 'hex', 'utf8') + d.final('utf8'), PLAIN, alg + ' iv decrypt');

  // Byte by byte gives the same.
  c = crypto.createCipher(alg, PASSWORD);
  var out = '';
  for (var i = 0; i < PLAIN.length; i++) out += c.update(PLAIN[i], 'binary', 'hex');
  assert.strictEqual(out + c.final('hex'), v.ct, alg + ' bytewise');
});

// rc4 is a stream cipher: no padding, and update() answers byte for byte.
var rc4 = crypto.createCipher('rc4', PASSWORD);
assert.strictEqual(rc4.update('T', 'utf8', 'hex'), '9b');
assert.strictEqual(rc4.update('he', 'utf8', 'hex'), '1fe5');
assert.strictEqual(rc4.final('hex'), '');

// Explicit keys and IVs on 32 bytes (with padding: one more 8-byte block for
// the block ciphers; without it, the first 32 bytes):
//   printf '%s' 6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51 | xxd -r -p |
//     openssl enc -provider legacy -provider default -ALG -K KEY -iv IV | xxd -p -c 1000
// (no -iv for rc4)
var PT = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51';
var explicit = [
  ['des-cbc', '0123456789abcdef', '1234567890abcdef',
   '7f48a8d3d60494dd359970dca49cb3b182e514d334ddf0798aa88fcb0a12dbb92ac41787076800b2'],
  ['bf-cbc', '0123456789abcdeff0e1d2c3b4a59687', 'fedcba9876543210',
   '46a796dc84d2716dadb3c45896e0cdf3609a4d405d7b1d8c20be71eb0e2fb2bf563848ed81e38953'],
  ['cast5-cbc', '0123456712345678234567893456789a', '0102030405060708',
   'edd330d21c6cda888569d2571ab3e4b808d5bca5f5d7e1d32ee694ce941a1fc96c03bf087b22214a'],
  ['rc4', '0123456789abcdef0123456789abcdef', '',
   '1f557c053e0b97efe476ab42411c09d63537621f908390ebcc82271b33234588']
];
explicit.forEach(function(t) {
  var key = new Buffer(t[1], 'hex');
  var iv = new Buffer(t[2], 'hex');
  var c = crypto.createCipheriv(t[0], key, iv);
  assert.strictEqual(c.update(PT, 'hex', 'hex') + c.final('hex'), t[3], t[0]);
  c = crypto.createCipheriv(t[0], key, iv);
  c.setAutoPadding(false);
  assert.strictEqual(c.update(PT, 'hex', 'hex') + c.final('hex'), t[3].slice(0, 64), t[0] + ' nopad');
  var d = crypto.createDecipheriv(t[0], key, iv);
  assert.strictEqual(d.update(t[3], 'hex', 'hex') + d.final('hex'), PT, t[0] + ' decrypt');
});

// A wrong password still fails the padding check of the 8-byte block ciphers.
['des-cbc', 'bf-cbc', 'cast5-cbc'].forEach(function(alg) {
  var d = crypto.createDecipher(alg, 'wrong');
  d.update(vectors[alg].ct, 'hex', 'hex');
  assert.throws(function() { d.final('hex'); }, Error, alg);
});

// The names are listed.
var ciphers = crypto.getCiphers();
['des-cbc', 'bf-cbc', 'cast5-cbc', 'rc4'].forEach(function(name) {
  assert.ok(ciphers.indexOf(name) !== -1, name + ' in getCiphers()');
});
