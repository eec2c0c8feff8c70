// Bad credentials are an Error where they are given: a key that is no PEM
// key, a certificate that is no certificate, a key that is not the
// certificate's.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

assert.throws(function() {
  tls.createServer({ key: 'not a key', cert: pem('agent1-cert') });
}, Error);
assert.throws(function() {
  tls.createServer({ key: pem('agent1-key'), cert: 'not a certificate' });
}, Error);
assert.throws(function() {
  tls.createServer({ key: pem('agent2-key'), cert: pem('agent1-cert') });
}, Error);
// The right pair is taken.
tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') });
tls.createServer({ key: pem('ec-key'), cert: pem('ec-cert') });
tls.createServer({ key: pem('rsa2048-key'), cert: pem('rsa2048-cert') });
