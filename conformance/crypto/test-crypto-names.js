// Algorithm names: crypto.getHashes() and crypto.getCiphers() list what
// createHash/createHmac/createSign and createCipher* accept; OpenSSL's
// aliases (RSA-SHA1, rmd160, upper case SHA256, aes192, des3, ...) name the
// same algorithms.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

function checkList(list, what) {
  assert.ok(Array.isArray(list), what + ' is an array');
  assert.ok(list.length > 0);
  var seen = {};
  list.forEach(function(name) {
    assert.strictEqual(typeof name, 'string');
    assert.ok(name.length > 0);
    assert.ok(!seen[name], what + ' lists ' + name + ' twice');
    seen[name] = true;
  });
}

var hashes = crypto.getHashes();
checkList(hashes, 'getHashes()');
['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160', 'rmd160',
 'RSA-MD5', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
 'RSA-RIPEMD160'].forEach(function(name) {
  assert.ok(hashes.indexOf(name) !== -1, 'getHashes() has ' + name);
});
// Every listed hash of the families above works in createHash.
hashes.forEach(function(name) {
  if (/^(RSA-)?(md5|sha1|sha224|sha256|sha384|sha512|ripemd160|rmd160)$/i.test(name)) {
    assert.strictEqual(typeof crypto.createHash(name).update('x', 'binary').digest('hex'), 'string');
  }
});
// A second call gives an equal list (and changing it does not change the next).
var again = crypto.getHashes();
assert.deepEqual(again, hashes);
again.push('bogus');
assert.strictEqual(crypto.getHashes().indexOf('bogus'), -1);

var ciphers = crypto.getCiphers();
checkList(ciphers, 'getCiphers()');
['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-192-ecb',
 'aes-256-ecb', 'aes-128-cfb', 'aes-192-cfb', 'aes-256-cfb', 'aes-128-ofb',
 'aes-192-ofb', 'aes-256-ofb', 'aes-128-ctr', 'aes-192-ctr', 'aes-256-ctr',
 'aes128', 'aes192', 'aes256', 'des-ede3-cbc', 'des3'].forEach(function(name) {
  assert.ok(ciphers.indexOf(name) !== -1, 'getCiphers() has ' + name);
});
// Cipher names are given in lower case.
['aes-128-cbc', 'aes192', 'des3'].forEach(function(name) {
  assert.strictEqual(ciphers.indexOf(name.toUpperCase()), -1);
});

// Hash aliases give the same digests as the canonical names.
function hex(alg) { return crypto.createHash(alg).update('abc', 'binary').digest('hex'); }
var SHA1_ABC = 'a9993e364706816aba3e25717850c26c9cd0d89d';
var SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
var MD5_ABC = '900150983cd24fb0d6963f7d28e17f72';
var RMD160_ABC = '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc';
assert.strictEqual(hex('sha1'), SHA1_ABC);
assert.strictEqual(hex('SHA1'), SHA1_ABC);
assert.strictEqual(hex('RSA-SHA1'), SHA1_ABC);
assert.strictEqual(hex('sha-1'), SHA1_ABC);
assert.strictEqual(hex('sha256'), SHA256_ABC);
assert.strictEqual(hex('SHA256'), SHA256_ABC);
assert.strictEqual(hex('RSA-SHA256'), SHA256_ABC);
assert.strictEqual(hex('md5'), MD5_ABC);
assert.strictEqual(hex('MD5'), MD5_ABC);
assert.strictEqual(hex('RSA-MD5'), MD5_ABC);
assert.strictEqual(hex('ripemd160'), RMD160_ABC);
assert.strictEqual(hex('rmd160'), RMD160_ABC);
assert.strictEqual(hex('RIPEMD160'), RMD160_ABC);
assert.strictEqual(hex('RSA-RIPEMD160'), RMD160_ABC);
assert.strictEqual(hex('SHA224'), hex('sha224'));
assert.strictEqual(hex('SHA384'), hex('sha384'));
assert.strictEqual(hex('SHA512'), hex('sha512'));
assert.strictEqual(hex('RSA-SHA512'), hex('sha512'));

// Cipher aliases give the same ciphertext as the canonical names.
function enc(alg) {
  var c = crypto.createCipher(alg, 'password');
  return c.update('some plaintext', 'utf8', 'hex') + c.final('hex');
}
assert.strictEqual(enc('aes128'), enc('aes-128-cbc'));
assert.strictEqual(enc('aes192'), enc('aes-192-cbc'));
assert.strictEqual(enc('aes256'), enc('aes-256-cbc'));
assert.strictEqual(enc('des3'), enc('des-ede3-cbc'));
assert.notStrictEqual(enc('aes128'), enc('aes-128-ecb'));
