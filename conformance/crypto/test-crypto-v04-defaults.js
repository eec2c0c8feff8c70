// rnode-only: Node 0.4 defaulted crypto strings to 'binary'; Node 20 uses UTF-8 and Buffers.
// Node v0.4's defaults, which modern Node changed: strings given to update()
// without an encoding, and string keys, passwords and IVs, are 'binary' (one
// byte per character; modern Node uses UTF-8), and digest(), sign(),
// cipher.update()/final() without an output encoding return 'binary' strings
// (modern Node returns Buffers); verify() takes a 'binary' signature by default.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

function hexOf(binaryString) { return new Buffer(binaryString, 'binary').toString('hex'); }

// --- Hash -----------------------------------------------------------------
// printf '\xff\xfe\x80\x00abc' | openssl dgst -sha1 -r
var BIN = '\u00ff\u00fe\u0080\u0000abc';
assert.strictEqual(crypto.createHash('sha1').update(BIN).digest('hex'),
                   'e5ae5ced0255dccf86d7544738ed8ed16c7d8bbb');
// printf '\xe9' | openssl dgst -md5 -r  (not the UTF-8 bytes c3 a9)
assert.strictEqual(crypto.createHash('md5').update('\u00e9').digest('hex'),
                   crypto.createHash('md5').update(new Buffer([0xe9])).digest('hex'));
assert.notStrictEqual(crypto.createHash('md5').update('\u00e9').digest('hex'),
                      crypto.createHash('md5').update('\u00e9', 'utf8').digest('hex'));
// digest() with no encoding: a binary string.
var d = crypto.createHash('md5').update('abc').digest();
assert.strictEqual(typeof d, 'string');
assert.strictEqual(d.length, 16);
assert.strictEqual(hexOf(d), '900150983cd24fb0d6963f7d28e17f72');
d = crypto.createHash('sha256').digest();
assert.strictEqual(hexOf(d), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');

// --- Hmac -----------------------------------------------------------------
// printf '\xff\xfe\x80\x00abc' | openssl dgst -sha256 -hmac "$(printf '\xaa\xbb\xcc')" -r
var mac = crypto.createHmac('sha256', '\u00aa\u00bb\u00cc').update(BIN).digest();
assert.strictEqual(typeof mac, 'string');
assert.strictEqual(hexOf(mac), '03e08cffb56490ef436f2efbadd27c3602ca5ec45a8fa93083ac253c81e4f07f');
assert.strictEqual(crypto.createHmac('sha256', new Buffer([0xaa, 0xbb, 0xcc])).update(BIN).digest('hex'),
                   '03e08cffb56490ef436f2efbadd27c3602ca5ec45a8fa93083ac253c81e4f07f');

// --- Cipher ---------------------------------------------------------------
// A 'binary' password:
//   printf 'The quick brown fox jumps over the lazy dog' |
//     openssl enc -aes-128-cbc -nosalt -md md5 -k "$(printf 'p\xe4ss\xe9')" | xxd -p -c 100
var PLAIN = 'The quick brown fox jumps over the lazy dog';
var CT = '61b45c5dca2d465958eec777b7456a1c0bd2ffaec3f77b344255a33cec1cdba4b447c30223e5033fba4d7f741242ffe6';
var c = crypto.createCipher('aes-128-cbc', 'p\u00e4ss\u00e9');
var out = c.update(PLAIN);  // input 'binary', output 'binary'
assert.strictEqual(typeof out, 'string');
var last = c.final();
assert.strictEqual(typeof last, 'string');
assert.strictEqual(hexOf(out + last), CT);
var dc = crypto.createDecipher('aes-128-cbc', 'p\u00e4ss\u00e9');
var plain = dc.update(new Buffer(CT, 'hex').toString('binary'));
plain += dc.final();
assert.strictEqual(plain, PLAIN);
// Binary plaintext, default encodings both ways:
//   printf '\xff\xfe\x80abc' | openssl enc -aes-128-cbc -nosalt -md md5 -k "$(printf 'p\xe4ss\xe9')" | xxd -p
c = crypto.createCipher('aes-128-cbc', 'p\u00e4ss\u00e9');
assert.strictEqual(hexOf(c.update('\u00ff\u00fe\u0080abc') + c.final()), '04eb7766620de791c7fc75555c021939');
// An explicit input encoding with the default output encoding.
c = crypto.createCipher('aes-128-cbc', 'p\u00e4ss\u00e9');
assert.strictEqual(hexOf(c.update(PLAIN, 'utf8') + c.final()), CT);

// Key and IV as 'binary' strings (NIST SP 800-38A key and IV):
//   printf 'The quick brown fox jumps over the lazy dog' | openssl enc -aes-128-cbc \
//     -K 2b7e151628aed2a6abf7158809cf4f3c -iv 000102030405060708090a0b0c0d0e0f | xxd -p -c 100
var key = new Buffer('2b7e151628aed2a6abf7158809cf4f3c', 'hex').toString('binary');
var iv = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex').toString('binary');
c = crypto.createCipheriv('aes-128-cbc', key, iv);
assert.strictEqual(c.update(PLAIN, 'utf8', 'hex') + c.final('hex'),
                   'bd13204f67d8167f20211c99b0a7cc0506d5c703eafb01a7d0473b5cc999aaa24dc316ca580592ee0001df0bdbf4d33a');

// --- Sign / Verify -------------------------------------------------------
function pem(name) { return fs.readFileSync(path.join(common.fixturesDir, 'keys', name), 'utf8'); }
// printf 'The quick brown fox jumps over the lazy dog' | openssl dgst -sha1 -sign rsa1024.pem | xxd -p -c 1000
var SIG = 'c7fb5695425db1b0fc0d920ae0c4b9baefba6d82dcb9267b0e9b09a585fbbce8c89a1077d1e12b98fb5cb52a627394dc687ea1622914fdc2cd1daa71cd2499fb' +
          '14f8742902f6050213dafda2fb7ea7a09d024ba7bfb30ef8e6de044f6116972c3126698d26da3b5d1dd1b4b8c1e41be98b6f58bd7901a2b3c76a9608e827fa98';
var s = crypto.createSign('RSA-SHA1');
s.update(PLAIN);
var sig = s.sign(pem('rsa1024.pem'));
assert.strictEqual(typeof sig, 'string');
assert.strictEqual(hexOf(sig), SIG);
var v = crypto.createVerify('RSA-SHA1');
v.update(PLAIN);
assert.ok(v.verify(pem('rsa1024-cert.pem'), sig));
v = crypto.createVerify('RSA-SHA1');
v.update(PLAIN + '!');
assert.ok(!v.verify(pem('rsa1024-cert.pem'), sig));
// update() without an encoding takes 'binary' here too.
s = crypto.createSign('RSA-SHA256');
s.update('\u00e9');
var sigBin = s.sign(pem('rsa1024.pem'), 'hex');
s = crypto.createSign('RSA-SHA256');
s.update(new Buffer([0xe9]));
assert.strictEqual(s.sign(pem('rsa1024.pem'), 'hex'), sigBin);

// --- randomBytes ------------------------------------------------------------
// pseudoRandomBytes (0.6-era alias) is the same function; a request past the
// largest Buffer (1 GiB - 1) is a RangeError before anything is allocated.
assert.strictEqual(crypto.pseudoRandomBytes(8).length, 8);
assert.throws(function() { crypto.randomBytes(0x40000000); }, RangeError);
assert.throws(function() { crypto.randomBytes(0x7fffffff, function() {}); }, RangeError);
