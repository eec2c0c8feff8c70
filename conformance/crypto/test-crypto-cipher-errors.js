// Cipher and decipher errors: a wrong password or a corrupted or truncated
// ciphertext makes decipher.final() throw ('bad decrypt' where the padding
// is wrong); final() twice and update() after final() throw; unknown
// algorithms and wrong key or IV lengths throw at creation.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var PLAIN = 'The quick brown fox jumps over the lazy dog';
var PASSWORD = 'Secret Passphrase';
// printf 'The quick brown fox jumps over the lazy dog' |
//   openssl enc -aes-256-cbc -nosalt -md md5 -k 'Secret Passphrase' | xxd -p -c 1000
var CT = '9ae9785aef5b1b439c69eaca734826c5d3462fd732f54154b27fd66743c76860' +
         '2e647dd7ad6b2ee978d8e940ad104650';

function decryptHex(password, ctBuf) {
  var d = crypto.createDecipher('aes-256-cbc', password);
  return d.update(ctBuf, undefined, 'hex') + d.final('hex');
}
function badDecrypt(err) {
  return err instanceof Error && /bad decrypt/.test(err.message);
}

// The right password works.
assert.strictEqual(decryptHex(PASSWORD, new Buffer(CT, 'hex')),
                   new Buffer(PLAIN).toString('hex'));

// Wrong passwords: the padding does not check out, final() throws.
// (openssl enc -d -aes-256-cbc -nosalt -md md5 -k wrong says "bad decrypt" too.)
['wrong', 'Secret passphrase', 'Secret Passphrase ', '', 'x'].forEach(function(pw) {
  var d = crypto.createDecipher('aes-256-cbc', pw);
  d.update(CT, 'hex', 'utf8');  // update() itself does not check anything
  assert.throws(function() { d.final('utf8'); }, badDecrypt, 'password ' + JSON.stringify(pw));
});

// A flipped bit in the last block garbles the padding.
var ct = new Buffer(CT, 'hex');
ct[47] ^= 1;
assert.throws(function() { decryptHex(PASSWORD, ct); }, badDecrypt);
// A flipped bit in the last byte of the second-to-last block flips the same
// bit of the last padding byte: 05 ^ 01 = 04 is not valid padding ...
ct = new Buffer(CT, 'hex');
ct[31] ^= 1;
assert.throws(function() { decryptHex(PASSWORD, ct); }, badDecrypt);
// ... but 05 ^ 04 = 01 is: the decipher then strips one byte only, and the
// second block comes out garbled. OpenSSL agrees:
//   printf '%s' 9ae9785aef5b1b439c69eaca734826c5d3462fd732f54154b27fd66743c768642e647dd7ad6b2ee978d8e940ad104650 |
//     xxd -r -p | openssl enc -d -aes-256-cbc -nosalt -md md5 -k 'Secret Passphrase' | xxd -p -c 1000
ct = new Buffer(CT, 'hex');
ct[31] ^= 4;
assert.strictEqual(decryptHex(PASSWORD, ct),
                   '54686520717569636b2062726f776e204819cdc6568fc731d5fc3cf35b8fce65' +
                   '6865206c617a7920646f6705050505');

// Truncated by a whole block: the new last block is not padding.
assert.throws(function() { decryptHex(PASSWORD, new Buffer(CT, 'hex').slice(0, 32)); }, badDecrypt);
// Truncated inside a block, or empty: final() throws (OpenSSL says
// 'wrong final block length' here).
assert.throws(function() { decryptHex(PASSWORD, new Buffer(CT, 'hex').slice(0, 47)); }, Error);
assert.throws(function() { decryptHex(PASSWORD, new Buffer(CT, 'hex').slice(0, 1)); }, Error);
assert.throws(function() { decryptHex(PASSWORD, new Buffer(0)); }, Error);
// The same with createDecipheriv and ECB.
var key = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');
var ecb = crypto.createCipheriv('aes-128-ecb', key, '');
var ecbCt = ecb.update(PLAIN, 'utf8', 'hex') + ecb.final('hex');
var wrongKey = new Buffer('000102030405060708090a0b0c0d0e0e', 'hex');
var d = crypto.createDecipheriv('aes-128-ecb', wrongKey, '');
d.update(ecbCt, 'hex', 'hex');
assert.throws(function() { d.final('hex'); }, Error);

// A decipher is finished by final(), whether it succeeded or not.
d = crypto.createDecipher('aes-256-cbc', PASSWORD);
assert.strictEqual(d.update(CT, 'hex', 'utf8') + d.final('utf8'), PLAIN);
assert.throws(function() { d.final('utf8'); }, Error);
assert.throws(function() { d.update(CT, 'hex', 'utf8'); }, Error);
d = crypto.createDecipher('aes-256-cbc', 'wrong');
d.update(CT, 'hex', 'utf8');
assert.throws(function() { d.final('utf8'); }, Error);
assert.throws(function() { d.final('utf8'); }, Error);

// So is a cipher.
var c = crypto.createCipher('aes-256-cbc', PASSWORD);
assert.strictEqual(c.update(PLAIN, 'utf8', 'hex') + c.final('hex'), CT);
assert.throws(function() { c.final('hex'); }, Error);
assert.throws(function() { c.update(PLAIN, 'utf8', 'hex'); }, Error);
c = crypto.createCipheriv('aes-128-ctr', key, key);
c.update(PLAIN, 'utf8', 'hex');
c.final('hex');
assert.throws(function() { c.final('hex'); }, Error);

// Unknown algorithms.
['foo', 'aes-128-xyz', 'aes-129-cbc', ''].forEach(function(alg) {
  assert.throws(function() { crypto.createCipher(alg, PASSWORD); }, Error, alg);
  assert.throws(function() { crypto.createDecipher(alg, PASSWORD); }, Error, alg);
  assert.throws(function() { crypto.createCipheriv(alg, key, key); }, Error, alg);
  assert.throws(function() { crypto.createDecipheriv(alg, key, key); }, Error, alg);
});

// Wrong key lengths.
function bytes(n) { var b = new Buffer(n); b.fill(1); return b; }
[['aes-128-cbc', 15, 16], ['aes-128-cbc', 17, 16], ['aes-128-cbc', 32, 16],
 ['aes-192-cbc', 16, 16], ['aes-256-cbc', 16, 16], ['aes-256-ctr', 31, 16],
 ['aes-128-ecb', 24, 0], ['des-ede3-cbc', 16, 8], ['des-ede3-cbc', 8, 8]
].forEach(function(t) {
  assert.throws(function() { crypto.createCipheriv(t[0], bytes(t[1]), bytes(t[2])); },
                Error, t[0] + ' key ' + t[1]);
  assert.throws(function() { crypto.createDecipheriv(t[0], bytes(t[1]), bytes(t[2])); },
                Error, t[0] + ' key ' + t[1]);
});

// Wrong IV lengths (ECB takes none at all).
[['aes-128-cbc', 16, 15], ['aes-128-cbc', 16, 17], ['aes-128-cbc', 16, 0],
 ['aes-256-cfb', 32, 8], ['aes-128-ctr', 16, 8], ['aes-128-ofb', 16, 32],
 ['aes-128-ecb', 16, 16], ['des-ede3-cbc', 24, 16]
].forEach(function(t) {
  assert.throws(function() { crypto.createCipheriv(t[0], bytes(t[1]), bytes(t[2])); },
                Error, t[0] + ' iv ' + t[2]);
  assert.throws(function() { crypto.createDecipheriv(t[0], bytes(t[1]), bytes(t[2])); },
                Error, t[0] + ' iv ' + t[2]);
});
assert.throws(function() {
  crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', 'short');
}, Error);
