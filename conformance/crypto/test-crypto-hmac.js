// crypto.createHmac(alg, key): known answers for md5, sha1, sha224, sha256,
// sha384, sha512 and ripemd160 with string and Buffer keys, an empty key, keys
// longer than the block size (131 and 200 bytes); every digest encoding;
// update() chains and streams; after digest(), update() throws and a second
// digest() gives an empty result.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

function repeat(hexByte, n) { return new Buffer(new Array(n + 1).join(hexByte), 'hex'); }
var FOX = 'The quick brown fox jumps over the lazy dog';
var key200 = new Buffer(200);
for (var i = 0; i < 200; i++) key200[i] = i;

// Keys and data of RFC 4231 test cases 1, 2, 3, 4, 6 and 7 (the sha224 ..
// sha512 answers below equal the RFC's; for sha1 and ripemd160 cases 1-3
// equal RFC 2202 / RFC 2286), then an empty key on empty data, an empty key,
// the key 'key', and a 200-byte key 00 01 .. c7.
var cases = [
  { key: repeat('0b', 20), data: 'Hi There' },
  { key: 'Jefe', data: 'what do ya want for nothing?' },
  { key: repeat('aa', 20), data: repeat('dd', 50) },
  { key: new Buffer('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'),
    data: repeat('cd', 50) },
  { key: repeat('aa', 131), data: 'Test Using Larger Than Block-Size Key - Hash Key First' },
  { key: repeat('aa', 131), data: 'This is a test using a larger than block-size key and ' +
    'a larger than block-size data. The key needs to be hashed before being used by the ' +
    'HMAC algorithm.' },
  { key: '', data: '' },
  { key: '', data: FOX },
  { key: 'key', data: FOX },
  { key: key200, data: FOX }
];

// Made with OpenSSL 3.0, for a in md5 sha1 sha224 sha256 sha384 sha512 ripemd160,
// KEYHEX/DATAHEX being the hex of each case's key and data above:
//   printf '%s' DATAHEX | xxd -r -p | openssl dgst -$a -mac HMAC -macopt hexkey:KEYHEX -r
// and, for the empty key, printf '%s' DATA | openssl dgst -$a -hmac '' -r
var expected = {
  md5: [
    '5ccec34ea9656392457fa1ac27f08fbc',
    '750c783e6ab0b503eaa86e310a5db738',
    '2ab8b9a9f7d3894d15ad8383b97044b2',
    '697eaf0aca3a3aea3a75164746ffaa79',
    'bfecaf4efff90a3a668f3922fec3762d',
    '09b8ae7b15adbbb243aca3491b51512b',
    '74e6f7298a9c2d168935f58c001bad88',
    'ad262969c53bc16032f160081c4a07a0',
    '80070713463e7749b90c2dc24911e275',
    'c1108a5a812dce05c7a9bb5ef5cd391b'
  ],
  sha1: [
    'b617318655057264e28bc0b6fb378c8ef146be00',
    'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    '125d7342b9ac11cd91a39af48aa17b4f63f175d3',
    '4c9007f4026250c6bc8414f9bf50c86c2d7235da',
    '90d0dace1c1bdc957339307803160335bde6df2b',
    '217e44bb08b6e06a2d6c30f3cb9f537f97c63356',
    'fbdb1d1b18aa6c08324b7d64b71fb76370690e1d',
    '2ba7f707ad5f187c412de3106583c3111d668de8',
    'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9',
    '647e1ef91aff9bae2ee91f8b90d09b8ee3ba8a77'
  ],
  sha224: [
    '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
    '7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea',
    '6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a',
    '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
    '3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1',
    '5ce14f72894662213e2748d2a6ba234b74263910cedde2f5a9271524',
    '7db2472a551b5d5586c194a94863b6277e4bf1266ff6334b8c1d52dd',
    '88ff8b54675d39b8f72322e65ff945c52d96379988ada25639747e69',
    '7776e9af341cb9e8a3041d658522e693ad0c2362cd00e4c03979ae44'
  ],
  sha256: [
    'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad',
    'fb011e6154a19b9a4c767373c305275a5a69e8b68b0b4c9200c383dced19a416',
    'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    '9b75f034ad627c6ac4e0b7bd883b09870009485aa3842a69b412e7aacd33bae9'
  ],
  sha384: [
    'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
    'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649',
    '88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27',
    '3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb',
    '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952',
    '6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e',
    '6c1f2ee938fad2e24bd91298474382ca218c75db3d83e114b3d4367776d14d3551289e75e8209cd4b792302840234adc',
    '0a3d8f99afb726f97d32cc513f3a5ad51246984fd3e916cefb82fc7967ee42eae547cd88aefd84493d2585e55906e1b0',
    'd7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237',
    '0f785e98f955068e93260407b3e7dc42ffb3b0f686d2ce8f634f62c7fbfc70fc291bb8636523a0e43cd58dacc68d256e'
  ],
  sha512: [
    '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
    '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    'fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb',
    'b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd',
    '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
    'e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58',
    'b936cee86c9f87aa5d3c6f2e84cb5a4239a5fe50480a6ec66b70ab5b1f4ac6730c6c515421b327ec1d69402e53dfb49ad7381eb067b338fd7b0cb22247225d47',
    '1de78322e11d7f8f1035c12740f2b902353f6f4ac4233ae455baccdf9f37791566e790d5c7682aad5d3ceca2feff4d3f3fdfd9a140c82a66324e9442b8af71b6',
    'b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a',
    '35c1cc9d221994b5f6fef4cb786d1b2fa9ce383560fa6ee7080ad0801400bf1e49201749ec16c8dd454458a46e62ef609b2602ebf35b9ff37c00867b9bbea0ed'
  ],
  ripemd160: [
    '24cb4bd67d20fc1a5d2ed7732dcc39377f0a5668',
    'dda6c0213a485a9e24f4742064a7f033b43c4069',
    'b0b105360de759960ab4f35298e116e295d8e7c1',
    'd5ca862f4d21d5e610e18b4cf1beb97a4365ecf4',
    '71bb52d26408e5a221393d5811b03cc7f94bcd3a',
    '1ed106e5a8ef0a90efa3beb06b391e8693cd3137',
    '44d86b658a3e7cbc1a2010848b53e35c917720ca',
    '8b10e6000ee329d037b5cd5fd6dcc25e1f31b796',
    '50278a77d4d7670561ab72e867383aef6ce50b3e',
    '7d488cdf8ed0ced384623e5dd818cbaeeefb9f58'
  ]
};

function hmacHex(alg, key, data) {
  var h = crypto.createHmac(alg, key);
  if (typeof data === 'string') h.update(data, 'utf8');
  else h.update(data);
  return h.digest('hex');
}

Object.keys(expected).forEach(function(alg) {
  cases.forEach(function(c, i) {
    var want = expected[alg][i];
    var what = alg + ' case ' + i;
    assert.strictEqual(hmacHex(alg, c.key, c.data), want, what);

    // Key and data as Buffers; the (all-ASCII) string data also in the
    // 'binary' and 'ascii' encodings.
    var keyBuf = typeof c.key === 'string' ? new Buffer(c.key, 'utf8') : c.key;
    var dataBuf = typeof c.data === 'string' ? new Buffer(c.data, 'utf8') : c.data;
    assert.strictEqual(hmacHex(alg, keyBuf, dataBuf), want, what + ' (Buffers)');
    if (typeof c.data === 'string') {
      assert.strictEqual(crypto.createHmac(alg, keyBuf).update(c.data, 'binary')
                         .digest('hex'), want, what + ' (binary data)');
      assert.strictEqual(crypto.createHmac(alg, keyBuf).update(c.data, 'ascii')
                         .digest('hex'), want, what + ' (ascii data)');
    }

    // Fed one byte at a time.
    var h = crypto.createHmac(alg, keyBuf);
    for (var j = 0; j < dataBuf.length; j++) h.update(dataBuf.slice(j, j + 1));
    assert.strictEqual(h.digest('hex'), want, what + ' (bytewise)');

    // base64 and binary digests carry the same bytes.
    var bytes = new Buffer(want, 'hex');
    assert.strictEqual(crypto.createHmac(alg, keyBuf).update(dataBuf).digest('base64'),
                       bytes.toString('base64'), what + ' (base64)');
    var bin = crypto.createHmac(alg, keyBuf).update(dataBuf).digest('binary');
    assert.strictEqual(typeof bin, 'string');
    assert.strictEqual(bin, bytes.toString('binary'), what + ' (binary)');
  });
});

// Exact base64: printf 'what do ya want for nothing?' | openssl dgst -sha256 -hmac Jefe -binary | base64
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?', 'utf8')
                   .digest('base64'), 'W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=');

// update() returns the hmac; pieces of any size give the same answer.
var hmac = crypto.createHmac('sha1', 'key');
assert.strictEqual(hmac.update('The quick ', 'utf8'), hmac);
assert.strictEqual(hmac.update(new Buffer('brown fox ')).update('jumps over', 'ascii'), hmac);
hmac.update(' the lazy dog', 'binary');
assert.strictEqual(hmac.digest('hex'), expected.sha1[8]);

// A multibyte UTF-8 message is MACed as its UTF-8 bytes.
assert.strictEqual(crypto.createHmac('sha256', 'key').update('h\u00e9llo \u20ac', 'utf8').digest('hex'),
                   crypto.createHmac('sha256', 'key').update(new Buffer('68c3a96c6c6f20e282ac', 'hex'))
                   .digest('hex'));
// printf 'h\xc3\xa9llo \xe2\x82\xac' | openssl dgst -sha256 -hmac key -r
assert.strictEqual(crypto.createHmac('sha256', 'key').update('h\u00e9llo \u20ac', 'utf8').digest('hex'),
                   '66f83984ca4323a90af040cd1b88dfa223ef679ecbb2fd946f0844d1265fae86');

// Different keys give different MACs; the key matters byte for byte.
assert.notStrictEqual(hmacHex('sha1', 'key', FOX), hmacHex('sha1', 'kez', FOX));

// Upper-case and RSA- names work as for createHash.
assert.strictEqual(hmacHex('SHA256', 'key', FOX), expected.sha256[8]);
assert.strictEqual(hmacHex('RSA-SHA1', 'key', FOX), expected.sha1[8]);
assert.strictEqual(hmacHex('rmd160', 'key', FOX), expected.ripemd160[8]);

// After digest(): update() throws; a second digest() yields nothing (Node
// v0.4 returned '' there too).
hmac = crypto.createHmac('md5', 'key');
hmac.update(FOX, 'utf8');
assert.strictEqual(hmac.digest('hex'), expected.md5[8]);
assert.throws(function() { hmac.update('more', 'utf8'); }, Error);
assert.strictEqual(hmac.digest('hex'), '');

// Unknown algorithm.
assert.throws(function() { crypto.createHmac('foo', 'key'); }, Error);
