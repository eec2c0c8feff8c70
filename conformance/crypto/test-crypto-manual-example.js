// The manual's createHash example: the sha1 sum of a file read through an
// fs.ReadStream ('data' -> update, 'end' -> digest('hex')); also in small
// chunks, as 'binary' and 'utf8' strings, and with an hmac and a signer.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var filename = path.join(common.fixturesDir, 'crypto', 'sample.txt');

// sha1sum conformance/fixtures/crypto/sample.txt (and md5sum, sha256sum)
var SHA1 = '164bb948ed807f90659fd2bc32529575b49662cd';
var MD5 = '5cd074a82114e1fb6f21cd82598475c6';
var SHA256 = '300c165b1167426f346ecfeb5c0baf5e3315775725fc97fe80a76ff6098496a3';
// openssl dgst -sha1 -hmac secret -r conformance/fixtures/crypto/sample.txt
var HMAC_SHA1 = 'fd98a39babc9cc89ff602fea74883d7ef885f35a';
// openssl dgst -sha256 -sign conformance/fixtures/keys/rsa1024.pem conformance/fixtures/crypto/sample.txt | xxd -p -c 1000
var SIG = 'b5c15d0edaa22396a98820ab0b01431b42850287a3b372fe0fd5a1e2e767c71c' +
          '354f4cb519e4bd6c22abb94d55a6a87ad5db68135ac7ad3b7d3ff251d1e2b753' +
          '4f4fd96d179e8092f82b3e183f5affffa54f8974614e6f265a77d1e0bd5f78cf' +
          '668211de509ac56f87f5423d2f2be93bceccf7dac31ce7f9848f79266881755b';

// As in the manual.
(function() {
  var shasum = crypto.createHash('sha1');

  var s = fs.ReadStream(filename);
  s.on('data', function(d) {
    shasum.update(d);
  });

  s.on('end', common.mustCall(function() {
    var d = shasum.digest('hex');
    assert.strictEqual(d, SHA1);
  }));
})();

// The whole file at once.
assert.strictEqual(crypto.createHash('sha1').update(fs.readFileSync(filename)).digest('hex'), SHA1);
assert.strictEqual(crypto.createHash('md5').update(fs.readFileSync(filename)).digest('hex'), MD5);

// Small chunks (bufferSize for Node v0.4, highWaterMark for modern Node),
// several digests at once.
(function() {
  var chunks = 0;
  var sha1 = crypto.createHash('sha1');
  var md5 = crypto.createHash('md5');
  var sha256 = crypto.createHash('sha256');
  var hmac = crypto.createHmac('sha1', 'secret');
  var signer = crypto.createSign('RSA-SHA256');
  var s = fs.createReadStream(filename, { bufferSize: 1000, highWaterMark: 1000 });
  s.on('data', function(d) {
    chunks++;
    sha1.update(d);
    md5.update(d);
    sha256.update(d);
    hmac.update(d);
    signer.update(d);
  });
  s.on('end', common.mustCall(function() {
    assert.ok(chunks >= 8, 'chunks: ' + chunks);
    assert.strictEqual(sha1.digest('hex'), SHA1);
    assert.strictEqual(md5.digest('hex'), MD5);
    assert.strictEqual(sha256.digest('hex'), SHA256);
    assert.strictEqual(hmac.digest('hex'), HMAC_SHA1);
    var key = fs.readFileSync(path.join(common.fixturesDir, 'keys', 'rsa1024.pem'), 'utf8');
    assert.strictEqual(signer.sign(key, 'hex'), SIG);
  }));
})();

// As strings: 'binary' chunks hashed as 'binary', 'utf8' chunks as 'utf8'
// (the file has multibyte characters that chunk boundaries split).
['binary', 'utf8'].forEach(function(encoding) {
  var sha1 = crypto.createHash('sha1');
  var s = fs.createReadStream(filename, { bufferSize: 997, highWaterMark: 997 });
  s.setEncoding(encoding);
  s.on('data', function(d) {
    assert.strictEqual(typeof d, 'string');
    sha1.update(d, encoding);
  });
  s.on('end', common.mustCall(function() {
    assert.strictEqual(sha1.digest('hex'), SHA1, encoding);
  }));
});
