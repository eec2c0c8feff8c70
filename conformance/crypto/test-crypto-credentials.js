// rnode-only: crypto.createCredentials was removed from Node (now tls.createSecureContext).
// crypto.createCredentials(details) (removed from modern Node, which has
// tls.createSecureContext instead): returns an object whose `context` holds
// the key, certificate and CA certificates; a key or certificate that is not
// valid PEM throws an Error.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

function pem(name) { return fs.readFileSync(path.join(common.fixturesDir, 'keys', name), 'utf8'); }

assert.strictEqual(typeof crypto.createCredentials, 'function');

// No details at all: the default CAs.
var creds = crypto.createCredentials();
assert.ok(creds && typeof creds === 'object');
assert.ok(creds.context && typeof creds.context === 'object', 'has a context');
creds = crypto.createCredentials({});
assert.ok(creds.context);

// The manual's recipe: a key and its self-signed v1 certificate.
creds = crypto.createCredentials({ key: pem('rsa1024.pem'), cert: pem('rsa1024-cert.pem') });
assert.ok(creds.context);
// PKCS#8 key and a v3 certificate, with one CA as a string ...
creds = crypto.createCredentials({
  key: pem('rsa2048-pkcs8.pem'),
  cert: pem('rsa2048-cert.pem'),
  ca: pem('rsa1024-cert.pem')
});
assert.ok(creds.context);
// ... or several as an array; Buffers work as well as strings.
creds = crypto.createCredentials({
  key: new Buffer(pem('rsa2048.pem')),
  cert: new Buffer(pem('rsa2048-cert.pem')),
  ca: [pem('rsa1024-cert.pem'), pem('rsa2048-cert.pem')]
});
assert.ok(creds.context);
// Only a CA.
creds = crypto.createCredentials({ ca: [pem('rsa2048-cert.pem')] });
assert.ok(creds.context);

// Two credentials objects have their own contexts.
var a = crypto.createCredentials({ key: pem('rsa1024.pem'), cert: pem('rsa1024-cert.pem') });
var b = crypto.createCredentials({ key: pem('rsa2048.pem'), cert: pem('rsa2048-cert.pem') });
assert.notStrictEqual(a.context, b.context);

// A key that is not a PEM private key throws.
['garbage', '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n',
 pem('rsa1024-pub.pem')].forEach(function(bad, i) {
  assert.throws(function() {
    crypto.createCredentials({ key: bad, cert: pem('rsa1024-cert.pem') });
  }, Error, 'bad key ' + i);
});
// So does a certificate that is not a PEM certificate.
['garbage', pem('rsa1024.pem')].forEach(function(bad, i) {
  assert.throws(function() {
    crypto.createCredentials({ key: pem('rsa1024.pem'), cert: bad });
  }, Error, 'bad cert ' + i);
});
