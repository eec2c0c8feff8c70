// crypto.createCipheriv(alg, key, iv) / createDecipheriv: the NIST SP 800-38A
// AES vectors (CBC, ECB, CFB128, OFB, CTR for 128/192/256-bit keys) and a
// des-ede3-cbc vector; keys as Buffers and as ASCII strings; stream modes fed
// a byte at a time; the CTR counter carries across all 128 bits.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

function hexBuf(s) { return new Buffer(s, 'hex'); }

// NIST SP 800-38A, appendix F: the plaintext, keys and IVs.
var PT = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
         '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710';
var KEYS = {
  128: '2b7e151628aed2a6abf7158809cf4f3c',
  192: '8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b',
  256: '603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'
};
var IV = '000102030405060708090a0b0c0d0e0f';
var CTR_IV = 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff';

// Made with OpenSSL 3.0 (and equal to SP 800-38A's answers), for each ALG:
//   printf '%s' $PT | xxd -r -p | openssl enc -ALG -K $KEY -iv $IV -nopad | xxd -p -c 1000
// (no -iv for ECB; -iv $CTR_IV for CTR).
var vectors = {
  'aes-128-cbc': '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7',
  'aes-192-cbc': '4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a571b242012fb7ae07fa9baac3df102e008b0e27988598881d920a9e64f5615cd',
  'aes-256-cbc': 'f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b',
  'aes-128-ecb': '3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4',
  'aes-192-ecb': 'bd334f1d6e45f25ff712a214571fa5cc974104846d0ad3ad7734ecb3ecee4eefef7afd2270e2e60adce0ba2face6444e9a4b41ba738d6c72fb16691603c18e0e',
  'aes-256-ecb': 'f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7',
  'aes-128-cfb': '3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6',
  'aes-192-cfb': 'cdc80d6fddf18cab34c25909c99a417467ce7f7f81173621961a2b70171d3d7a2e1e8a1dd59b88b1c8e60fed1efac4c9c05f9f9ca9834fa042ae8fba584b09ff',
  'aes-256-cfb': 'dc7e84bfda79164b7ecd8486985d386039ffed143b28b1c832113c6331e5407bdf10132415e54b92a13ed0a8267ae2f975a385741ab9cef82031623d55b1e471',
  'aes-128-ofb': '3b3fd92eb72dad20333449f8e83cfb4a7789508d16918f03f53c52dac54ed8259740051e9c5fecf64344f7a82260edcc304c6528f659c77866a510d9c1d6ae5e',
  'aes-192-ofb': 'cdc80d6fddf18cab34c25909c99a4174fcc28b8d4c63837c09e81700c11004018d9a9aeac0f6596f559c6d4daf59a5f26d9f200857ca6c3e9cac524bd9acc92a',
  'aes-256-ofb': 'dc7e84bfda79164b7ecd8486985d38604febdc6740d20b3ac88f6ad82a4fb08d71ab47a086e86eedf39d1c5bba97c4080126141d67f37be8538f5a8be740e484',
  'aes-128-ctr': '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee',
  'aes-192-ctr': '1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd1d665620abf74f78a7f6d29809585a97daec58c6b050',
  'aes-256-ctr': '601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6'
};

function params(alg) {
  var m = /^aes-(\d+)-(\w+)$/.exec(alg);
  var iv = m[2] === 'ecb' ? '' : (m[2] === 'ctr' ? CTR_IV : IV);
  return { key: hexBuf(KEYS[m[1]]), iv: hexBuf(iv), stream: /cfb|ofb|ctr/.test(m[2]) };
}

Object.keys(vectors).forEach(function(alg) {
  var p = params(alg);
  var want = vectors[alg];

  // Without padding: exactly the NIST ciphertext, both directions.
  var c = crypto.createCipheriv(alg, p.key, p.iv);
  c.setAutoPadding(false);
  assert.strictEqual(c.update(PT, 'hex', 'hex') + c.final('hex'), want, alg);
  var d = crypto.createDecipheriv(alg, p.key, p.iv);
  d.setAutoPadding(false);
  assert.strictEqual(d.update(want, 'hex', 'hex') + d.final('hex'), PT, alg + ' decrypt');

  // Buffers in, binary strings out.
  c = crypto.createCipheriv(alg, p.key, p.iv);
  c.setAutoPadding(false);
  var bin = c.update(hexBuf(PT), undefined, 'binary') + c.final('binary');
  assert.strictEqual(bin, hexBuf(want).toString('binary'), alg + ' binary out');

  // With the default padding, block modes add one whole block of padding;
  // stream modes add nothing.
  c = crypto.createCipheriv(alg, p.key, p.iv);
  var padded = c.update(PT, 'hex', 'hex') + c.final('hex');
  if (p.stream) {
    assert.strictEqual(padded, want, alg + ' padded');
  } else {
    assert.strictEqual(padded.length, want.length + 32, alg + ' padded length');
    assert.strictEqual(padded.slice(0, want.length), want, alg + ' padded prefix');
  }
  d = crypto.createDecipheriv(alg, p.key, p.iv);
  assert.strictEqual(d.update(padded, 'hex', 'hex') + d.final('hex'), PT, alg + ' padded round trip');

  // Fed one byte at a time (block modes hold back until a block is full;
  // stream modes answer byte for byte).
  c = crypto.createCipheriv(alg, p.key, p.iv);
  c.setAutoPadding(false);
  var out = '';
  var pt = hexBuf(PT);
  for (var i = 0; i < pt.length; i++) {
    var piece = c.update(pt.slice(i, i + 1), undefined, 'hex');
    if (p.stream) assert.strictEqual(piece.length, 2, alg + ' stream byte ' + i);
    else assert.strictEqual(piece.length, (i % 16 === 15) ? 32 : 0, alg + ' block byte ' + i);
    out += piece;
  }
  out += c.final('hex');
  assert.strictEqual(out, want, alg + ' bytewise');
});

// Padded block-mode ciphertexts in full.
//   printf '%s' $PT | xxd -r -p | openssl enc -aes-128-cbc -K $KEY128 -iv $IV | xxd -p -c 1000
//   printf '%s' $PT | xxd -r -p | openssl enc -aes-128-ecb -K $KEY128 | xxd -p -c 1000
var c = crypto.createCipheriv('aes-128-cbc', hexBuf(KEYS[128]), hexBuf(IV));
assert.strictEqual(c.update(PT, 'hex', 'hex') + c.final('hex'),
                   vectors['aes-128-cbc'] + '8cb82807230e1321d3fae00d18cc2012');
c = crypto.createCipheriv('aes-128-ecb', hexBuf(KEYS[128]), '');
assert.strictEqual(c.update(PT, 'hex', 'hex') + c.final('hex'),
                   vectors['aes-128-ecb'] + 'a254be88e037ddd9d79fb6411c3f9df8');

// The CTR counter is one 128-bit big-endian number: it wraps from all ones
// to zero, and carries from the low 64 bits into the high 64 bits.
//   printf '%s' 6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51 | xxd -r -p |
//     openssl enc -aes-128-ctr -K $KEY128 -iv ffffffffffffffffffffffffffffffff | xxd -p -c 100
//   (and -iv 0000000000000000ffffffffffffffff)
var PT32 = PT.slice(0, 64);
c = crypto.createCipheriv('aes-128-ctr', hexBuf(KEYS[128]), hexBuf('ffffffffffffffffffffffffffffffff'));
assert.strictEqual(c.update(PT32, 'hex', 'hex') + c.final('hex'),
                   'e13338e36cb71962e00d020b4cedbd86d3dae15b04bb352fa0f59febfcb4da3e');
c = crypto.createCipheriv('aes-128-ctr', hexBuf(KEYS[128]), hexBuf('0000000000000000ffffffffffffffff'));
assert.strictEqual(c.update(PT32, 'hex', 'hex') + c.final('hex'),
                   '84468955ad84651e0fba9085149428447227b194980a6ef3f19d0c0fd95860c2');

// Triple DES (des-ede3-cbc and its alias des3), 8-byte blocks.
//   printf '%s' $PT | xxd -r -p | openssl enc -des-ede3-cbc \
//     -K 0123456789abcdeff1e0d3c2b5a49786fedcba9876543210 -iv 1234567890abcdef -nopad | xxd -p -c 1000
var DES3_KEY = hexBuf('0123456789abcdeff1e0d3c2b5a49786fedcba9876543210');
var DES3_IV = hexBuf('1234567890abcdef');
var DES3_CT = '2179a6730fdd2f6122ebe0d3ab546d50c0c9b8abe7d3e80fab3bb194463288d5' +
              'ed724401ef8206e9f5b835811e89f559492e31cf3ef36cf061cb52d798c7c673';
['des-ede3-cbc', 'des3'].forEach(function(alg) {
  var c = crypto.createCipheriv(alg, DES3_KEY, DES3_IV);
  c.setAutoPadding(false);
  assert.strictEqual(c.update(PT, 'hex', 'hex') + c.final('hex'), DES3_CT, alg);
  var d = crypto.createDecipheriv(alg, DES3_KEY, DES3_IV);
  d.setAutoPadding(false);
  assert.strictEqual(d.update(DES3_CT, 'hex', 'hex') + d.final('hex'), PT, alg + ' decrypt');
  // Padded: one more 8-byte block.
  c = crypto.createCipheriv(alg, DES3_KEY, DES3_IV);
  var padded = c.update(PT, 'hex', 'hex') + c.final('hex');
  assert.strictEqual(padded.length, DES3_CT.length + 16);
  assert.strictEqual(padded.slice(0, DES3_CT.length), DES3_CT);
});

// Key and IV as ASCII strings (their bytes are the characters).
//   printf 'The quick brown fox jumps over the lazy dog' | openssl enc -aes-128-cbc \
//     -K $(printf 0123456789abcdef | xxd -p) -iv $(printf fedcba9876543210 | xxd -p) | xxd -p -c 1000
var FOX = 'The quick brown fox jumps over the lazy dog';
var FOX_CT = 'edba03fe193e35946bf5215234d3f84759e7bf360a4b89e541f541c6e84fbb9c' +
             '24d652004bf731d822d7530bd3844457';
c = crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', 'fedcba9876543210');
assert.strictEqual(c.update(FOX, 'utf8', 'hex') + c.final('hex'), FOX_CT);
c = crypto.createCipheriv('aes-128-cbc', new Buffer('0123456789abcdef'), new Buffer('fedcba9876543210'));
assert.strictEqual(c.update(FOX, 'utf8', 'hex') + c.final('hex'), FOX_CT);
var d = crypto.createDecipheriv('aes-128-cbc', '0123456789abcdef', 'fedcba9876543210');
assert.strictEqual(d.update(FOX_CT, 'hex', 'utf8') + d.final('utf8'), FOX);

// setAutoPadding() returns the cipher, so it chains.
c = crypto.createCipheriv('aes-128-ecb', hexBuf(KEYS[128]), '');
assert.strictEqual(c.setAutoPadding(false), c);
d = crypto.createDecipheriv('aes-128-ecb', hexBuf(KEYS[128]), '');
assert.strictEqual(d.setAutoPadding(false), d);
