// crypto.createCipher(alg, password) / createDecipher: the key and IV come
// from OpenSSL's EVP_BytesToKey (MD5, one round, no salt), so the ciphertext
// equals `openssl enc -<alg> -nosalt -md md5 -k <password>`. AES-128/192/256
// in CBC, ECB, CFB, OFB and CTR, the aliases aes128/aes192/aes256, and
// des-ede3-cbc (des3).
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

var PLAIN = 'The quick brown fox jumps over the lazy dog';
var PASSWORD = 'Secret Passphrase';

// Made with OpenSSL 3.0, for each algorithm ALG:
//   printf 'The quick brown fox jumps over the lazy dog' |
//     openssl enc -ALG -nosalt -md md5 -k 'Secret Passphrase' | xxd -p -c 1000
// and the key and IV it derives:
//   openssl enc -ALG -nosalt -md md5 -k 'Secret Passphrase' -P
var K128 = '79a38d896d90dbfe5e151a326602bc3a';
var K192 = K128 + '4a9081f3f9beac08';
var K256 = K192 + 'ef058b96ba51cf19';
var vectors = {
  'aes-128-cbc': { key: K128, iv: '4a9081f3f9beac08ef058b96ba51cf19',
    ct: '87803beb6d5d434daa713afc668115580bcf2440ff18911fd8c2dc2edb78ecb10c32d4460473676fe199029ffa25662d' },
  'aes-192-cbc': { key: K192, iv: 'ef058b96ba51cf1976614325d3da7369',
    ct: '596df48e5c6858698541d91368e061a72c2dfc6c53465c82e1dbda252dcef9ad3a57d731a436ebeb279e2ea7a1afc8b0' },
  'aes-256-cbc': { key: K256, iv: '76614325d3da73698ddd220431ae298e',
    ct: '9ae9785aef5b1b439c69eaca734826c5d3462fd732f54154b27fd66743c768602e647dd7ad6b2ee978d8e940ad104650' },
  'aes-128-ecb': { key: K128, iv: '',
    ct: '8c59bda4edf142b4209a52a6d4136cab63013a7a31e1730e525dc6f40d68647019d50feaacdffa97f4fbf086064d3bec' },
  'aes-192-ecb': { key: K192, iv: '',
    ct: '909490475f0d828e118d96a40aeddf59a4e8217ffc94228a354cdec97dfef5626751be5eb7084f757a841a1ec83ecda4' },
  'aes-256-ecb': { key: K256, iv: '',
    ct: 'dcafdcef3a2f09f9e7fe456236f0387d311c94ba0ed5b62f5c33ef9209c86849ac724c242abe01d653c485bc76a4d352' },
  'aes-128-cfb': { key: K128, iv: '4a9081f3f9beac08ef058b96ba51cf19',
    ct: '657f5efa8b65bcf951664bc8bb6b43750f48bba2fc14bdca599eeacde5b3ad2a0c1ee773a1ebe8b3f27654' },
  'aes-192-cfb': { key: K192, iv: 'ef058b96ba51cf1976614325d3da7369',
    ct: '16ab66d07e871e33d9b61d65789cdb11e8baa48063f7b3ceb7cb8e9af8c54093c7c37d530591a7dedb5644' },
  'aes-256-cfb': { key: K256, iv: '76614325d3da73698ddd220431ae298e',
    ct: '5b83eeadb4c47526a49fc5710d9ee6018d8cd298faec5905181c9bb8b96d8ca20ff804f86c2fd912e79636' },
  'aes-128-ofb': { key: K128, iv: '4a9081f3f9beac08ef058b96ba51cf19',
    ct: '657f5efa8b65bcf951664bc8bb6b4375ff500c76e39b87e9a002b3da02935eb92787af4b7caa4ddeda6795' },
  'aes-192-ofb': { key: K192, iv: 'ef058b96ba51cf1976614325d3da7369',
    ct: '16ab66d07e871e33d9b61d65789cdb111e7f7a1f9c3feb2a9466f6d3a500e9612722e299f485e1204ae051' },
  'aes-256-ofb': { key: K256, iv: '76614325d3da73698ddd220431ae298e',
    ct: '5b83eeadb4c47526a49fc5710d9ee601f8a650ae322f39d72f99bbb3ab45d908206f86effa993cf953796c' },
  'aes-128-ctr': { key: K128, iv: '4a9081f3f9beac08ef058b96ba51cf19',
    ct: '657f5efa8b65bcf951664bc8bb6b437587f8d9542fe69e33bf0cc93f4b53caa09043d184094d03799ee6f9' },
  'aes-192-ctr': { key: K192, iv: 'ef058b96ba51cf1976614325d3da7369',
    ct: '16ab66d07e871e33d9b61d65789cdb11565cd4b4535a8ef8fd6459b32a0c266c8d0fafa30fd4d2e62810fe' },
  'aes-256-ctr': { key: K256, iv: '76614325d3da73698ddd220431ae298e',
    ct: '5b83eeadb4c47526a49fc5710d9ee6010c70d4161eca0cad22051361b97da6d0f995c4f5fd8d3d0e6d8f60' },
  'des-ede3-cbc': { key: K192, iv: 'ef058b96ba51cf19',
    ct: 'e948330c36eacd1b6af51125aca80c05f06d0251744da869a48e811aa0d319f70c33781216716d6afd6252a1e754b8b5' }
};
// The aliases give the same bytes as what they stand for (openssl enc -aes128 etc. agree).
vectors.aes128 = vectors['aes-128-cbc'];
vectors.aes192 = vectors['aes-192-cbc'];
vectors.aes256 = vectors['aes-256-cbc'];
vectors.des3 = vectors['des-ede3-cbc'];

function encrypt(alg, password, plain, inEnc, outEnc) {
  var c = crypto.createCipher(alg, password);
  return c.update(plain, inEnc, outEnc) + c.final(outEnc);
}
function decrypt(alg, password, ct, inEnc, outEnc) {
  var d = crypto.createDecipher(alg, password);
  return d.update(ct, inEnc, outEnc) + d.final(outEnc);
}

Object.keys(vectors).forEach(function(alg) {
  var v = vectors[alg];
  assert.strictEqual(encrypt(alg, PASSWORD, PLAIN, 'utf8', 'hex'), v.ct, alg + ' encrypt');
  assert.strictEqual(encrypt(alg, PASSWORD, PLAIN, 'binary', 'hex'), v.ct, alg + ' encrypt binary');
  assert.strictEqual(decrypt(alg, PASSWORD, v.ct, 'hex', 'utf8'), PLAIN, alg + ' decrypt');
  assert.strictEqual(decrypt(alg, PASSWORD, v.ct, 'hex', 'binary'), PLAIN, alg + ' decrypt binary');

  // base64 both ways.
  var ct64 = new Buffer(v.ct, 'hex').toString('base64');
  assert.strictEqual(encrypt(alg, PASSWORD, PLAIN, 'utf8', 'base64'), ct64, alg + ' base64');
  assert.strictEqual(decrypt(alg, PASSWORD, ct64, 'base64', 'utf8'), PLAIN, alg + ' from base64');

  // The derived key and IV, given to createCipheriv, produce the same bytes.
  var key = new Buffer(v.key, 'hex');
  var iv = new Buffer(v.iv, 'hex');
  var c = crypto.createCipheriv(alg, key, iv);
  assert.strictEqual(c.update(PLAIN, 'utf8', 'hex') + c.final('hex'), v.ct, alg + ' EVP_BytesToKey');
  var d = crypto.createDecipheriv(alg, key, iv);
  assert.strictEqual(d.update(v.ct, 'hex', 'utf8') + d.final('utf8'), PLAIN);
});

// The empty plaintext: one block of padding for block modes, nothing for CTR.
//   printf '' | openssl enc -aes-256-cbc -nosalt -md md5 -k 'Secret Passphrase' | xxd -p
//   printf '' | openssl enc -aes-128-ecb -nosalt -md md5 -k 'Secret Passphrase' | xxd -p
//   printf '' | openssl enc -des-ede3-cbc -nosalt -md md5 -k 'Secret Passphrase' | xxd -p
assert.strictEqual(encrypt('aes-256-cbc', PASSWORD, '', 'utf8', 'hex'), '43237ef9c5d7f34aabab6426432655b8');
assert.strictEqual(encrypt('aes-128-ecb', PASSWORD, '', 'utf8', 'hex'), 'd05a445a8b0bfe9349d279e17d90438d');
assert.strictEqual(encrypt('des-ede3-cbc', PASSWORD, '', 'utf8', 'hex'), '997b2138e6ea7a10');
assert.strictEqual(encrypt('aes-128-ctr', PASSWORD, '', 'utf8', 'hex'), '');
assert.strictEqual(decrypt('aes-256-cbc', PASSWORD, '43237ef9c5d7f34aabab6426432655b8', 'hex', 'utf8'), '');
assert.strictEqual(decrypt('des3', PASSWORD, '997b2138e6ea7a10', 'hex', 'utf8'), '');

// The example from Node v0.4's test-crypto.js.
//   printf 'abc' | openssl enc -aes192 -nosalt -md md5 -k 'MySecretKey123' | xxd -p
assert.strictEqual(encrypt('aes192', 'MySecretKey123', 'abc', 'utf8', 'hex'),
                   'e646dc4afa203a2bc17de5ff5ade1c45');
assert.strictEqual(decrypt('aes192', 'MySecretKey123', 'e646dc4afa203a2bc17de5ff5ade1c45', 'hex', 'utf8'),
                   'abc');

// Another password gives another ciphertext; an empty password is allowed.
assert.notStrictEqual(encrypt('aes192', 'Secret Passphrasf', PLAIN, 'utf8', 'hex'), vectors.aes192.ct);
var emptyPw = encrypt('aes-128-cbc', '', PLAIN, 'utf8', 'hex');
assert.strictEqual(decrypt('aes-128-cbc', '', emptyPw, 'hex', 'utf8'), PLAIN);

// A multibyte UTF-8 round trip through every algorithm.
var text = 'h\u00e9llo w\u00f6rld \u20ac\u20ac\u20ac \ud83d\ude00 ' + PLAIN;
Object.keys(vectors).forEach(function(alg) {
  var ct = encrypt(alg, 'pw', text, 'utf8', 'hex');
  assert.strictEqual(decrypt(alg, 'pw', ct, 'hex', 'utf8'), text, alg + ' utf8 round trip');
  var bytes = new Buffer(text, 'utf8');
  var c = crypto.createCipher(alg, 'pw');
  assert.strictEqual(c.update(bytes, undefined, 'hex') + c.final('hex'), ct, alg + ' Buffer input');
});

// Two ciphers in flight do not disturb each other.
var c1 = crypto.createCipher('aes-128-cbc', PASSWORD);
var c2 = crypto.createCipher('aes-256-cbc', PASSWORD);
var out1 = c1.update(PLAIN.slice(0, 20), 'utf8', 'hex');
var out2 = c2.update(PLAIN.slice(0, 7), 'utf8', 'hex');
out1 += c1.update(PLAIN.slice(20), 'utf8', 'hex');
out2 += c2.update(PLAIN.slice(7), 'utf8', 'hex');
assert.strictEqual(out2 + c2.final('hex'), vectors['aes-256-cbc'].ct);
assert.strictEqual(out1 + c1.final('hex'), vectors['aes-128-cbc'].ct);
