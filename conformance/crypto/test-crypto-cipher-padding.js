// PKCS#7 padding of block ciphers: plaintexts of 0, 1, 15, 16, 17, 31 and 32
// bytes (AES) and 0, 7, 8, 9 bytes (triple DES); setAutoPadding(false) with
// block-aligned data, the error at final() on unaligned data, and the raw
// padding seen by a decipher that does not strip it.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

function as(n) { return new Array(n + 1).join('a'); }

var KEY = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');
var IV = new Buffer('0f0e0d0c0b0a09080706050403020100', 'hex');

// Made with OpenSSL 3.0, for N in 0 1 15 16 17 31 32:
//   head -c N /dev/zero | tr '\0' a | openssl enc -aes-128-cbc \
//     -K 000102030405060708090a0b0c0d0e0f -iv 0f0e0d0c0b0a09080706050403020100 | xxd -p -c 1000
var aes = {
  0: 'efddc425a6fa0c5f25e444092eb0f503',
  1: '47cc3cb96f438d6cb81a3e164a9796e7',
  15: '8f8db4d3c5fbff4d5bc6e1b1a0a6cbc0',
  16: '57b5ad3a96069f37de2b5dd6232d87f5f465b80049b4ce3bd061654fa1aefb25',
  17: '57b5ad3a96069f37de2b5dd6232d87f5de47b3fb684126b1306e673966a26c25',
  31: '57b5ad3a96069f37de2b5dd6232d87f57aa93cd696aadb7afbaf934b6d0484f2',
  32: '57b5ad3a96069f37de2b5dd6232d87f5d73a722c228278cceaeb914531700fb8c621e82c44238895356332d49df47f59'
};

Object.keys(aes).forEach(function(n) {
  n = +n;
  var c = crypto.createCipheriv('aes-128-cbc', KEY, IV);
  var ct = c.update(as(n), 'utf8', 'hex') + c.final('hex');
  assert.strictEqual(ct, aes[n], 'aes ' + n + ' bytes');
  assert.strictEqual(ct.length / 2, (Math.floor(n / 16) + 1) * 16);

  var d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), as(n), 'aes ' + n + ' decrypt');

  // The decipher holds back the last block until final(), since it may be
  // padding: update() alone gives all but the last block.
  d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  var head = d.update(ct, 'hex', 'utf8');
  assert.strictEqual(head.length, ct.length / 2 - 16, 'aes ' + n + ' held back');
  assert.strictEqual(head + d.final('utf8'), as(n));

  // Without padding removal the PKCS#7 bytes show: k bytes of value k.
  d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  d.setAutoPadding(false);
  var raw = d.update(ct, 'hex', 'hex') + d.final('hex');
  var k = 16 - n % 16;
  var pad = new Buffer(k);
  pad.fill(k);
  assert.strictEqual(raw, new Buffer(as(n)).toString('hex') + pad.toString('hex'), 'aes ' + n + ' raw');
});

// setAutoPadding(false) on aligned data: no padding block at all.
//   head -c 32 /dev/zero | tr '\0' a | openssl enc -aes-128-cbc \
//     -K 000102030405060708090a0b0c0d0e0f -iv 0f0e0d0c0b0a09080706050403020100 -nopad | xxd -p -c 1000
var c = crypto.createCipheriv('aes-128-cbc', KEY, IV);
c.setAutoPadding(false);
var nopad = c.update(as(32), 'utf8', 'hex') + c.final('hex');
assert.strictEqual(nopad, '57b5ad3a96069f37de2b5dd6232d87f5d73a722c228278cceaeb914531700fb8');
var d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
d.setAutoPadding(false);
assert.strictEqual(d.update(nopad, 'hex', 'utf8') + d.final('utf8'), as(32));
// Nothing at all is fine without padding too.
c = crypto.createCipheriv('aes-128-cbc', KEY, IV);
c.setAutoPadding(false);
assert.strictEqual(c.update('', 'utf8', 'hex') + c.final('hex'), '');

// ... and the same setting after some data was already given.
c = crypto.createCipheriv('aes-128-cbc', KEY, IV);
var first = c.update(as(20), 'utf8', 'hex');
c.setAutoPadding(false);
assert.strictEqual(first + c.update(as(12), 'utf8', 'hex') + c.final('hex'), nopad);

// Unaligned data without padding: final() throws, for cipher and decipher.
c = crypto.createCipheriv('aes-128-cbc', KEY, IV);
c.setAutoPadding(false);
assert.strictEqual(c.update(as(17), 'utf8', 'hex'), aes[17].slice(0, 32));
assert.throws(function() { c.final('hex'); }, Error);
c = crypto.createCipheriv('aes-128-ecb', KEY, '');
c.setAutoPadding(false);
c.update(as(5), 'utf8', 'hex');
assert.throws(function() { c.final('hex'); }, Error);
d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
d.setAutoPadding(false);
d.update(nopad.slice(0, 40), 'hex', 'hex');
assert.throws(function() { d.final('hex'); }, Error);

// Stream modes have no padding and accept any length either way.
['aes-128-cfb', 'aes-128-ofb', 'aes-128-ctr'].forEach(function(alg) {
  [0, 1, 15, 16, 17].forEach(function(n) {
    var c1 = crypto.createCipheriv(alg, KEY, IV);
    var ct1 = c1.update(as(n), 'utf8', 'hex') + c1.final('hex');
    assert.strictEqual(ct1.length, 2 * n, alg + ' ' + n);
    var c2 = crypto.createCipheriv(alg, KEY, IV);
    c2.setAutoPadding(false);
    assert.strictEqual(c2.update(as(n), 'utf8', 'hex') + c2.final('hex'), ct1, alg + ' nopad ' + n);
    var d1 = crypto.createDecipheriv(alg, KEY, IV);
    assert.strictEqual(d1.update(ct1, 'hex', 'utf8') + d1.final('utf8'), as(n), alg + ' decrypt ' + n);
  });
});

// Triple DES pads to 8-byte blocks.
//   head -c N /dev/zero | tr '\0' a | openssl enc -des-ede3-cbc \
//     -K 0123456789abcdeff1e0d3c2b5a49786fedcba9876543210 -iv 1234567890abcdef | xxd -p -c 1000
var DES3_KEY = new Buffer('0123456789abcdeff1e0d3c2b5a49786fedcba9876543210', 'hex');
var DES3_IV = new Buffer('1234567890abcdef', 'hex');
var des3 = {
  0: 'c772ad3196cfb24f',
  7: '4299e482d5c47dab',
  8: 'efbbfc204bd35daf390f5f77bef1b134',
  9: 'efbbfc204bd35dafbab87be533e11e3b'
};
Object.keys(des3).forEach(function(n) {
  n = +n;
  var c = crypto.createCipheriv('des-ede3-cbc', DES3_KEY, DES3_IV);
  var ct = c.update(as(n), 'utf8', 'hex') + c.final('hex');
  assert.strictEqual(ct, des3[n], 'des3 ' + n + ' bytes');
  var d = crypto.createDecipheriv('des-ede3-cbc', DES3_KEY, DES3_IV);
  assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), as(n), 'des3 ' + n + ' decrypt');
});
