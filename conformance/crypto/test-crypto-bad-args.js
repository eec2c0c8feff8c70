// Arguments of the wrong type throw a TypeError: algorithm names that are not
// strings, missing or non-string/non-Buffer keys, passwords, IVs and data.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var KEY16 = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');
var notStrings = [123, undefined, null, {}, true];

// Algorithm names.
notStrings.forEach(function(bad) {
  var what = ' with ' + String(bad);
  assert.throws(function() { crypto.createHash(bad); }, TypeError, 'createHash' + what);
  assert.throws(function() { crypto.createHmac(bad, 'key'); }, TypeError, 'createHmac' + what);
  assert.throws(function() { crypto.createSign(bad); }, TypeError, 'createSign' + what);
  assert.throws(function() { crypto.createVerify(bad); }, TypeError, 'createVerify' + what);
  assert.throws(function() { crypto.createCipher(bad, 'pw'); }, TypeError, 'createCipher' + what);
  assert.throws(function() { crypto.createDecipher(bad, 'pw'); }, TypeError, 'createDecipher' + what);
  assert.throws(function() { crypto.createCipheriv(bad, KEY16, KEY16); }, TypeError, 'createCipheriv' + what);
  assert.throws(function() { crypto.createDecipheriv(bad, KEY16, KEY16); }, TypeError,
                'createDecipheriv' + what);
});
assert.throws(function() { crypto.createHash(); }, TypeError);
assert.throws(function() { crypto.createHmac(); }, TypeError);

// Keys, passwords and IVs.
[123, undefined, null, {}].forEach(function(bad) {
  var what = ' with ' + String(bad);
  assert.throws(function() { crypto.createHmac('sha1', bad); }, TypeError, 'hmac key' + what);
  assert.throws(function() { crypto.createCipher('aes192', bad); }, TypeError, 'password' + what);
  assert.throws(function() { crypto.createDecipher('aes192', bad); }, TypeError, 'password' + what);
  assert.throws(function() { crypto.createCipheriv('aes-128-cbc', bad, KEY16); }, TypeError, 'key' + what);
  assert.throws(function() { crypto.createDecipheriv('aes-128-cbc', bad, KEY16); }, TypeError, 'key' + what);
});
[123, undefined, {}].forEach(function(bad) {
  assert.throws(function() { crypto.createCipheriv('aes-128-cbc', KEY16, bad); }, TypeError, 'iv ' + bad);
  assert.throws(function() { crypto.createDecipheriv('aes-128-cbc', KEY16, bad); }, TypeError, 'iv ' + bad);
});
assert.throws(function() { crypto.createHmac('sha1'); }, TypeError);
assert.throws(function() { crypto.createCipher('aes192'); }, TypeError);

// Data that is neither a string nor a Buffer.
[123, undefined, null, {}, [], true].forEach(function(bad) {
  var what = ' with ' + JSON.stringify(bad);
  assert.throws(function() { crypto.createHash('sha1').update(bad); }, TypeError, 'hash.update' + what);
  assert.throws(function() { crypto.createHmac('sha1', 'k').update(bad); }, TypeError, 'hmac.update' + what);
  assert.throws(function() { crypto.createSign('RSA-SHA1').update(bad); }, TypeError, 'sign.update' + what);
  assert.throws(function() { crypto.createVerify('RSA-SHA1').update(bad); }, TypeError,
                'verify.update' + what);
  assert.throws(function() { crypto.createCipher('aes192', 'pw').update(bad); }, TypeError,
                'cipher.update' + what);
  assert.throws(function() { crypto.createDecipheriv('aes-128-cbc', KEY16, KEY16).update(bad); }, TypeError,
                'decipher.update' + what);
});
assert.throws(function() { crypto.createHash('sha1').update(); }, TypeError);

// A rejected update() leaves the object usable.
var h = crypto.createHash('sha1');
assert.throws(function() { h.update(123); }, TypeError);
h.update('abc', 'binary');
assert.strictEqual(h.digest('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');

// sign() and verify() need a key; verify() a signature.
var pub = fs.readFileSync(path.join(common.fixturesDir, 'keys', 'rsa1024-pub.pem'), 'utf8');
var s = crypto.createSign('RSA-SHA1');
s.update('data', 'utf8');
assert.throws(function() { s.sign(123); }, TypeError);
s = crypto.createSign('RSA-SHA1');
s.update('data', 'utf8');
assert.throws(function() { s.sign(); }, Error);
var v = crypto.createVerify('RSA-SHA1');
v.update('data', 'utf8');
assert.throws(function() { v.verify(123, 'abcd', 'hex'); }, TypeError);
v = crypto.createVerify('RSA-SHA1');
v.update('data', 'utf8');
assert.throws(function() { v.verify(pub, 123); }, TypeError);
