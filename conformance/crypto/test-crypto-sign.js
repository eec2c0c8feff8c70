// crypto.createSign(alg).update(data).sign(privateKeyPem, [format]): RSA
// PKCS#1 v1.5 signatures are deterministic, so they equal `openssl dgst
// -sign` byte for byte, for RSA-SHA1, RSA-SHA256, RSA-MD5, RSA-SHA512,
// RSA-SHA224, RSA-SHA384 and RSA-RIPEMD160, 1024- and 2048-bit keys, in
// PKCS#1 ('BEGIN RSA PRIVATE KEY') and PKCS#8 ('BEGIN PRIVATE KEY') PEM.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

function key(name) {
  return fs.readFileSync(path.join(common.fixturesDir, 'keys', name), 'utf8');
}
var keys = {
  1024: [key('rsa1024.pem'), key('rsa1024-pkcs8.pem')],
  2048: [key('rsa2048.pem'), key('rsa2048-pkcs8.pem')]
};
assert.ok(/^-----BEGIN RSA PRIVATE KEY-----\n/.test(keys[1024][0]));
assert.ok(/^-----BEGIN PRIVATE KEY-----\n/.test(keys[1024][1]));

var DATA = 'The quick brown fox jumps over the lazy dog';

// Made with OpenSSL 3.0 in conformance/fixtures/keys, for a in sha1 sha256
// md5 sha512 sha224 sha384 ripemd160 and B in 1024 2048:
//   printf 'The quick brown fox jumps over the lazy dog' |
//     openssl dgst -$a -sign rsaB.pem | xxd -p -c 1000
// (rsaB-pkcs8.pem gives the same bytes)
var sigs1024 = {
  'RSA-SHA1':
    'c7fb5695425db1b0fc0d920ae0c4b9baefba6d82dcb9267b0e9b09a585fbbce8c89a1077d1e12b98fb5cb52a627394dc687ea1622914fdc2cd1daa71cd2499fb' +
    '14f8742902f6050213dafda2fb7ea7a09d024ba7bfb30ef8e6de044f6116972c3126698d26da3b5d1dd1b4b8c1e41be98b6f58bd7901a2b3c76a9608e827fa98',
  'RSA-SHA256':
    '69cdfb79ed7da1ec135e8d65a666947031902bd4fcd10a960cd53c222f2a8554656366e59a75fd6ae88462c1686d5134f310f0e8dc3735310c774388a040f020' +
    '0a58c163b405b46fb58fca70cb4812049cee9acf24ed5256b8a7aeaff1ac4fcf023a731a847d2c3ba3d11228a8cafc962633a01af6ec4dd9535fc3353bbb0052',
  'RSA-MD5':
    'b650569adcd5268033a517798151a78872a734efea01a004d05f6704acdad5f682c0fcefb19a081ec375c16d6dd35eda4f4c6428c492ab38581d66f2e5b0315e' +
    '1eed484af7b2cb35f5979e493fff798b537b8325e3c95a04607702c4f48e18cd36e5c0eaabf7216eb712c2a0d59ad7774be2cb3c4c020e1d6e341a40beb5da5c',
  'RSA-SHA512':
    '77dd82bc13b0b6e5506ad2124119c6d4da2a2a38aab1910908ad086dd9b138fdcf33c99e5559ac265c3e441bbdfe2aa5d4c647138b2defe202511c4d89e9db16' +
    '250b3e6e1118cbeeec1abb58e7bc9d81ba4d7ceea92ce838f6911e20d67725de1f353f57ef50277c07c1223f554a4456ad9c3875ff03a3119e34af1a559a4357',
  'RSA-SHA224':
    '55bdc16ac3d89374844f4f45e2754efb1e4b50b3c64e25db007ace8b7784fbc9f96b40e892819b902f9a0243a06c36bc53f74c5b7b80858108d19b8927187a62' +
    '9e1d5b98896413a68450e4017343e3ebd4821071c32e61443f6c3faf6cd4bea4362dcfe80b444379a7bdd29e334c0144b82c99faf44ca61a577460eb6c3f5354',
  'RSA-SHA384':
    '18f7434398b41b5ba73283971a23d7e77266ff5e0f79a6c131d6481588da3e29b52b99b9072a266404e7172288f0d5d04e19a21e00170d1c09eba376fdbc68b1' +
    'fd7281bac3eeeac1c39adf4d52b8e977bdb04372b23ae0caea7a827ba68c2066b1629bf784f7360c57037a553e1a93152e14b250cad4f95d3e67500f724bd10c',
  'RSA-RIPEMD160':
    '3724e67f5244e849a321673e10771e5607804d49840592c7a8648e661a604c29d25e5889d6064a356ca240ae9143fd9d8db4b6e69abcd7255149174142220e8b' +
    '5e126ef58bda2f09565a6a6b5ba5ca18c79d0907d305dcf7173dbdcf647dc23383e3213e02a56d9512bd9c542bc545ebdafc8aa41e2566e44b4716f0129d4e8b'
};
var sigs2048 = {
  'RSA-SHA1':
    '73627913df8b16c989cc578a78d5b97d300a509f4132a289086e58c36c5db739047329bcbce1b7130be4387cc68d243435796a375f7c44b5dcd4df275d519ea3' +
    '99026b8f3b6af3a45d3da4fa0d673ed0b7cfe1944ef7b25c708fc14bc26d79c9b2f5aa20b0c7acf0cf6facc6e04c87740d74a4a444c3f2be04f71c1ec2642b45' +
    '41f3ddd42aa26700dfaf0511ed7843089a51071a2c8ad49e24a88fec6989237121881486331d2436e375cab2aeff3abe34a956e5c1155cd63e54184745988084' +
    '6a983af78cfefacbcd0f33d38696ef15eeceea8e036583152db096b6b3135b56b0429768ad10ceb9f52a829d315492ac49bc38e9ad91ba545cb16e894af9dc8e',
  'RSA-SHA256':
    'b1431dc3e7ab080976d07ba60f0552376f7cd70969deea69d0e511c1d2d9061578729815e9c30245642b0b1b3ea457436a0eeeb29220a848cdc8476e1f9f904e' +
    '5f8cd0b1880981f08cee77ad4b9fa180e4622e5fea3e244c4425467485792dbe037aa1a2902107a4a8bdc34df2b90faa039dc0bdcd474204c315ab50abc0fa66' +
    '37a79e2c283f5ec78c6bcb46d664127ed88cb85934a697f4bb847acf5bad9053adaf089ed1c96ef832e8bbb2808ac4cd6f48638d10fbbcf47a1571e718a5d1a0' +
    '21640502470d1ccddc6614e60e619ea8a9df7828fe719c8d2595dacb52942a617dc29f282c8f3895cb6d69018e82aefe45632a24aa9583a530d9b56296d5fafc',
  'RSA-MD5':
    '16723c24cd3c18bb5c545d0f25887d2ef7572fe48af246081dc6bbc546fe34fb1780c7d301b14d308f69d780a1c136d57af4dd13a519d41366eea1d0798b16e7' +
    '912b4edf750273e024dd45239e2d8331ac18b56faae569e44c8ffd055983beb70923bba7ea375d4e5975ad1bb1034448abc098b70afd472f113b81b73056c2ac' +
    '56fe4ff26a426627f161668e340dfa584788153f1e5739f6367ca10689fb169b241972e9f137a6e54090f4bb48d19125a170c2c10456037666102deab33ce0b2' +
    'd3b3ee3d52ab75463f07707782e9ac452473b255cb9b0dbd1736f16d0233f3614fb57ab3fc646e628931a4a4f60550ca1802e2775a9d7b727a5b8a441c9591bb',
  'RSA-SHA512':
    '0c045ab0f8a17132c1fbc805078f2f9c53ee1fe79083ee8b1087553c4d3f0244f7960c757437d523251a30a84da10ccad54ed3f0a59eb37a08f9f2ff79e58d1f' +
    'f7973ac586de3dfbe1532a34087bdbd37b1f8088d9805492cee27a558a6498c156b1bc32a05317c751aa38a7ade18489c73034d163e1c658e6a085a52dd304b5' +
    '4c47718660e5271f6c0165f259ea190044a3d6ed4363c4c6da1b5cda0e375e0f11a6d5ff079c51b826171621122ce95ddc190ee34b57150fec857d508a8a49f5' +
    '7fb291ecd1e235d5a7d15d66509765405a3d77f7475fcc5a830ccc022cfc72f6f2e0204b6c0cd82f9ae6b09dfe622d047a9a272f629b77f4a31cdc54471a7da6',
  'RSA-SHA224':
    '6c10a59d92b7799a56f0a0e091c464865b93131eb7fa78652783d14fb45d2a52228bf322e50ec72ce4c077629231af888a87cc3889c72e8f4c846db675295849' +
    'baab7f60106cf4ec6fbb67eb1da6d2675a1369b78c3a5365d3ca1fa84a6c701d72e4a0689153a6bf0a9c75bfe791730e480430def2fa454191da870c808bdafa' +
    '1f69ffa82a6b516401ba70f6ad034ea1c26cf262f303a19d8bfe351c2c159099a00eb68f7f41af19f282522b8ffaddef7acde171da842afb7e4cbd517ae561be' +
    '190b149920ecee81c96336b67c18846b0bd95f9cfd5534b39a9181e00a20e8ed5c3b38b98fc70c613a1c429d43018cf2c16b97f5885d09c0eab10bb311ca4898',
  'RSA-SHA384':
    'c6d408ad331264ffd56bbf5346efc931ac9c11d1cefcb4abc0bce08ffa58ab96dd0e564ddb1ac128a5e3ab949205bcb816abb270a31d3389254e51246e391160' +
    '6b39d728ba64c9f3ca36bf7830e7491d2ae8abd8a33c5d43c089d0d15859009b5a8809ffe621f7c4ded6302b191b5c142d05053d2b16cfb80f34d4be90d3b883' +
    '8e28b42dae9866ede083a0e952576b2cb5f38b40b01fb7b38345276967e0335653e0f234e3e8533ce23894295f4628e73355cf92ae3a008c178916b413fdd38f' +
    '216a1dda8d9cf730a250a905e8a74d3ab90f4affde812213c9ab2e69980c21ae156cd72044e12e1fe2f753396089915158f6e12352ff607fcae0f0f9ab2ee39e',
  'RSA-RIPEMD160':
    'ab5ad78dba0820543d64851f0366d9153c3499cd0967a9b32d5aefac03c9092de1b31c1101f6c0ec240e57f69822dcec2420462c925ebe39fc70dd26f665aa7e' +
    '13671984366e1087fb046017601e1e2e30060fd4e34b05e01386ada1b8db4f969dae46c861dc03f9f33bfc29177920a52da64ab44e40dbb69ff0a36a3e90b245' +
    'bfef8bf1b46f4401e4c6d58e1ee0f46f9e628a42ffa17c9d8cf26a53e70b606a59e750ca032997529ae6c69208e570bd88c4b6e9b1c55274d1e43ad27cb5bada' +
    'c9c4d1cdae3a8d71185cd575a2c21720b05a71f3dccf6b6422e06486d07be1b7c80f1e01634a4c66af2dfa7efc821247b377c63585d9a69e5068167f9ac58f31'
};

[[1024, sigs1024], [2048, sigs2048]].forEach(function(pair) {
  var bits = pair[0], sigs = pair[1];
  Object.keys(sigs).forEach(function(alg) {
    var want = sigs[alg];
    assert.strictEqual(want.length, bits / 4);
    keys[bits].forEach(function(pem, i) {
      var s = crypto.createSign(alg);
      s.update(DATA, 'utf8');
      assert.strictEqual(s.sign(pem, 'hex'), want, alg + ' ' + bits + (i ? ' pkcs8' : ' pkcs1'));
    });
  });

  // base64 and binary carry the same bytes.
  var want = sigs['RSA-SHA256'];
  var s = crypto.createSign('RSA-SHA256');
  s.update(DATA, 'binary');
  assert.strictEqual(s.sign(keys[bits][0], 'base64'), new Buffer(want, 'hex').toString('base64'));
  s = crypto.createSign('RSA-SHA256');
  s.update(new Buffer(DATA));
  var bin = s.sign(keys[bits][1], 'binary');
  assert.strictEqual(typeof bin, 'string');
  assert.strictEqual(bin.length, bits / 8);
  assert.strictEqual(bin, new Buffer(want, 'hex').toString('binary'));
});

// update() chains and may be called many times.
var signer = crypto.createSign('RSA-SHA256');
assert.strictEqual(signer.update('The quick ', 'utf8'), signer);
signer.update(new Buffer('brown fox ')).update('jumps over', 'ascii');
for (var i = 0; i < ' the lazy dog'.length; i++) signer.update(' the lazy dog'[i], 'binary');
assert.strictEqual(signer.sign(keys[1024][0], 'hex'), sigs1024['RSA-SHA256']);

// The key may also be a Buffer holding the PEM.
signer = crypto.createSign('RSA-SHA1');
signer.update(DATA, 'utf8');
assert.strictEqual(signer.sign(new Buffer(keys[2048][1]), 'hex'), sigs2048['RSA-SHA1']);

// The digest name may also be given as the plain hash name.
signer = crypto.createSign('sha256');
signer.update(DATA, 'utf8');
assert.strictEqual(signer.sign(keys[1024][0], 'hex'), sigs1024['RSA-SHA256']);

// Signing nothing.
//   printf '' | openssl dgst -sha256 -sign rsa1024.pem | xxd -p -c 1000
signer = crypto.createSign('RSA-SHA256');
assert.strictEqual(signer.sign(keys[1024][0], 'hex'),
                   'ca4fd9538343fc841fc917d00d6be44daf98357fde42d1d187d68d0a45f82c56' +
                   'a7aa128250dc2cdbd006631656878534b957af7365d7094dc3d84ef3108be7c8' +
                   '6edd8a2d55850946d9de4943bdc1f4bdce0f3d5bdc117c02a14d605630ced5b5' +
                   '1e95c9f55d9a77b38a11cdef902a1988d20daf6632ca4c928c2ec23ab5f7c9e3');

// Two signers in flight do not disturb each other.
var s1 = crypto.createSign('RSA-SHA1');
var s2 = crypto.createSign('RSA-MD5');
s1.update('The quick brown fox', 'utf8');
s2.update('The quick brown', 'utf8');
s2.update(' fox jumps over the lazy dog', 'utf8');
s1.update(' jumps over the lazy dog', 'utf8');
assert.strictEqual(s2.sign(keys[1024][1], 'hex'), sigs1024['RSA-MD5']);
assert.strictEqual(s1.sign(keys[1024][1], 'hex'), sigs1024['RSA-SHA1']);

// Something that is not a private key PEM makes sign() throw.
['garbage', '', '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n',
 key('rsa1024-pub.pem'), key('rsa1024-cert.pem')
].forEach(function(bad, i) {
  var s = crypto.createSign('RSA-SHA1');
  s.update(DATA, 'utf8');
  assert.throws(function() { s.sign(bad, 'hex'); }, Error, 'bad key ' + i);
});

// Unknown digests.
assert.throws(function() { crypto.createSign('RSA-FOO'); }, Error);
assert.throws(function() { crypto.createSign('foo'); }, Error);
