// Issue 16's figures: hashing and ciphers at 64 KiB granularity, small
// HMACs, RSA-2048 signatures.
var bench = require('./harness');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');
var MiB = 1 << 20;
var chunk = Buffer.alloc(64 * 1024, 'x');

['sha1', 'sha256', 'md5'].forEach(function(alg) {
  bench.run(alg + ' 256MiB in 64KiB', 2, function() {
    var h = crypto.createHash(alg);
    for (var i = 0; i < 4096; i++) h.update(chunk);
    h.digest('hex');
  }, 256 * MiB);
});

bench.run('hmac-sha256 100,000 small', 2, function() {
  for (var i = 0; i < 100000; i++) {
    crypto.createHmac('sha256', 'key').update('message ' + i, 'utf8').digest('hex');
  }
});

var key32 = Buffer.alloc(32, 1), key16 = Buffer.alloc(16, 1), iv = Buffer.alloc(16, 2);
[['aes-256-cbc', key32], ['aes-128-ctr', key16]].forEach(function(c) {
  bench.run(c[0] + ' 64MiB in 64KiB', 3, function() {
    var cipher = crypto.createCipheriv(c[0], c[1], iv);
    for (var i = 0; i < 1024; i++) cipher.update(chunk);
    cipher.final();
  }, 64 * MiB);
});

var keys = path.join(__dirname, '../../conformance/fixtures/keys');
var privateKey = fs.readFileSync(path.join(keys, 'rsa2048.pem'), 'utf8');
var publicKey = fs.readFileSync(path.join(keys, 'rsa2048-pub.pem'), 'utf8');
var signature = crypto.createSign('RSA-SHA256').update('data').sign(privateKey, 'hex');
bench.run('RSA-2048 sign', 50, function() {
  crypto.createSign('RSA-SHA256').update('data').sign(privateKey, 'hex');
});
bench.run('RSA-2048 verify', 500, function() {
  crypto.createVerify('RSA-SHA256').update('data').verify(publicKey, signature, 'hex');
});
