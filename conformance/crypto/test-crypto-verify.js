// crypto.createVerify(alg).update(data).verify(publicPem, signature, [format]):
// the public key may be an X.509 certificate (v1 as made by Node v0.4's TLS
// recipe, or v3), an SPKI 'BEGIN PUBLIC KEY' or a PKCS#1 'BEGIN RSA PUBLIC KEY';
// true for the right data and signature, false for tampered data, a tampered
// or truncated signature, the wrong key or the wrong digest.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

function key(name) {
  return fs.readFileSync(path.join(common.fixturesDir, 'keys', name), 'utf8');
}

var DATA = 'The quick brown fox jumps over the lazy dog';

// printf 'The quick brown fox jumps over the lazy dog' | openssl dgst -sha256 -sign rsa1024.pem | xxd -p -c 1000
var SIG1024_SHA256 =
  '69cdfb79ed7da1ec135e8d65a666947031902bd4fcd10a960cd53c222f2a8554656366e59a75fd6ae88462c1686d5134f310f0e8dc3735310c774388a040f020' +
  '0a58c163b405b46fb58fca70cb4812049cee9acf24ed5256b8a7aeaff1ac4fcf023a731a847d2c3ba3d11228a8cafc962633a01af6ec4dd9535fc3353bbb0052';
// printf 'The quick brown fox jumps over the lazy dog' | openssl dgst -sha1 -sign rsa2048.pem | xxd -p -c 1000
var SIG2048_SHA1 =
  '73627913df8b16c989cc578a78d5b97d300a509f4132a289086e58c36c5db739047329bcbce1b7130be4387cc68d243435796a375f7c44b5dcd4df275d519ea3' +
  '99026b8f3b6af3a45d3da4fa0d673ed0b7cfe1944ef7b25c708fc14bc26d79c9b2f5aa20b0c7acf0cf6facc6e04c87740d74a4a444c3f2be04f71c1ec2642b45' +
  '41f3ddd42aa26700dfaf0511ed7843089a51071a2c8ad49e24a88fec6989237121881486331d2436e375cab2aeff3abe34a956e5c1155cd63e54184745988084' +
  '6a983af78cfefacbcd0f33d38696ef15eeceea8e036583152db096b6b3135b56b0429768ad10ceb9f52a829d315492ac49bc38e9ad91ba545cb16e894af9dc8e';

var pub1024 = [
  ['v1 certificate', key('rsa1024-cert.pem')],
  ['SPKI', key('rsa1024-pub.pem')],
  ['PKCS#1 public key', key('rsa1024-pub-pkcs1.pem')]
];
var pub2048 = [
  ['v3 certificate', key('rsa2048-cert.pem')],
  ['SPKI', key('rsa2048-pub.pem')],
  ['PKCS#1 public key', key('rsa2048-pub-pkcs1.pem')]
];
assert.ok(/^-----BEGIN CERTIFICATE-----\n/.test(pub1024[0][1]));
assert.ok(/^-----BEGIN PUBLIC KEY-----\n/.test(pub1024[1][1]));
assert.ok(/^-----BEGIN RSA PUBLIC KEY-----\n/.test(pub1024[2][1]));

function verify(alg, pem, data, sig, format) {
  var v = crypto.createVerify(alg);
  v.update(data, 'utf8');
  return v.verify(pem, sig, format);
}

function check(pubs, alg, sigHex, otherSigHex) {
  var sigBuf = new Buffer(sigHex, 'hex');
  pubs.forEach(function(p) {
    var what = alg + ' with ' + p[0];
    var pem = p[1];
    // Every signature format.
    assert.strictEqual(verify(alg, pem, DATA, sigHex, 'hex'), true, what + ' hex');
    assert.strictEqual(verify(alg, pem, DATA, sigBuf.toString('base64'), 'base64'), true, what + ' base64');
    assert.strictEqual(verify(alg, pem, DATA, sigBuf.toString('binary'), 'binary'), true, what + ' binary');
    assert.strictEqual(verify(alg, pem, DATA, sigBuf), true, what + ' Buffer');
    // The PEM as a Buffer.
    assert.strictEqual(verify(alg, new Buffer(pem), DATA, sigHex, 'hex'), true, what + ' Buffer PEM');

    // Data in pieces; update() chains.
    var v = crypto.createVerify(alg);
    assert.strictEqual(v.update('The quick brown ', 'utf8'), v);
    v.update(new Buffer('fox jumps ')).update('over the lazy dog', 'binary');
    assert.strictEqual(v.verify(pem, sigHex, 'hex'), true, what + ' pieces');

    // Tampered data.
    assert.strictEqual(verify(alg, pem, DATA + '.', sigHex, 'hex'), false, what + ' longer data');
    assert.strictEqual(verify(alg, pem, 'The quick brown fox jumps over the lazy cog', sigHex, 'hex'),
                       false, what + ' changed data');
    assert.strictEqual(verify(alg, pem, '', sigHex, 'hex'), false, what + ' no data');

    // Tampered signatures: a flipped bit anywhere, a truncated one, another one.
    [0, 1, sigBuf.length >> 1, sigBuf.length - 1].forEach(function(at) {
      var bad = new Buffer(sigBuf.length);
      sigBuf.copy(bad);
      bad[at] ^= 0x01;
      assert.strictEqual(verify(alg, pem, DATA, bad.toString('hex'), 'hex'), false,
                         what + ' bit flipped at ' + at);
    });
    assert.strictEqual(verify(alg, pem, DATA, sigHex.slice(0, sigHex.length - 2), 'hex'), false,
                       what + ' truncated');
    assert.strictEqual(verify(alg, pem, DATA, otherSigHex, 'hex'), false, what + ' other signature');

    // The wrong digest.
    assert.strictEqual(verify(alg === 'RSA-SHA1' ? 'RSA-SHA256' : 'RSA-SHA1', pem, DATA, sigHex, 'hex'),
                       false, what + ' wrong digest');
  });
}

check(pub1024, 'RSA-SHA256', SIG1024_SHA256, SIG2048_SHA1.slice(0, 256));
check(pub2048, 'RSA-SHA1', SIG2048_SHA1, SIG1024_SHA256 + SIG1024_SHA256);

// The wrong key says false.
assert.strictEqual(verify('RSA-SHA256', pub2048[0][1], DATA, SIG1024_SHA256, 'hex'), false);
assert.strictEqual(verify('RSA-SHA256', pub2048[1][1], DATA, SIG1024_SHA256, 'hex'), false);
assert.strictEqual(verify('RSA-SHA1', pub1024[0][1], DATA, SIG2048_SHA1, 'hex'), false);
assert.strictEqual(verify('RSA-SHA1', pub1024[2][1], DATA, SIG2048_SHA1, 'hex'), false);

// Round trips through sign() for every digest, key size and public key form.
// (test-crypto-sign.js shows the PKCS#8 forms sign alike.)
var privs = { 1024: [key('rsa1024.pem')], 2048: [key('rsa2048-pkcs8.pem')] };
['RSA-SHA1', 'RSA-SHA256', 'RSA-MD5', 'RSA-SHA512', 'RSA-SHA224', 'RSA-SHA384',
 'RSA-RIPEMD160'].forEach(function(alg) {
  [[1024, pub1024], [2048, pub2048]].forEach(function(pair) {
    privs[pair[0]].forEach(function(priv) {
      var s = crypto.createSign(alg);
      s.update('a message of some length \u00e9\u20ac', 'utf8');
      var sig = s.sign(priv, 'base64');
      pair[1].forEach(function(p) {
        var v = crypto.createVerify(alg);
        v.update('a message of some length \u00e9\u20ac', 'utf8');
        assert.strictEqual(v.verify(p[1], sig, 'base64'), true, alg + ' ' + pair[0] + ' ' + p[0]);
        v = crypto.createVerify(alg);
        v.update('a message of some length \u00e9\u20ad', 'utf8');
        assert.strictEqual(v.verify(p[1], sig, 'base64'), false, alg + ' ' + pair[0] + ' ' + p[0]);
      });
    });
  });
});

// Unknown digests.
assert.throws(function() { crypto.createVerify('RSA-FOO'); }, Error);
