// The manual's tls echo server, with a client that trusts its CA: the
// handshake calls back, `authorized` is true, the peer certificate and
// cipher are described, and bytes go both ways through pipe().
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');
var crypto = require('crypto');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var options = { key: pem('agent1-key'), cert: pem('agent1-cert') };

var server = tls.createServer(options, common.mustCall(function(s) {
  assert.ok(s instanceof require('stream').Stream);
  assert.equal(s.authorized, false);  // no client certificate asked for
  assert.equal(typeof s.remoteAddress, 'string');
  assert.equal(typeof s.remotePort, 'number');
  s.write('welcome!\n');
  s.pipe(s);
}));

server.listen(common.PORT, common.mustCall(function() {
  var client = tls.connect(common.PORT, 'localhost', { ca: [pem('ca-cert')], rejectUnauthorized: false },
                           common.mustCall(function() {
    assert.equal(client.authorized, true);
    assert.equal(client.authorizationError, null);

    var cert = client.getPeerCertificate();
    assert.equal(cert.subject.CN, 'localhost');
    assert.equal(cert.subject.O, 'rnode');
    assert.equal(cert.subject.OU, 'tests');
    assert.equal(cert.subject.C, 'US');
    assert.equal(cert.subject.ST, 'CA');
    assert.equal(cert.subject.L, 'SF');
    assert.equal(cert.issuer.CN, 'ca1');
    assert.ok(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(cert.valid_from), cert.valid_from);
    assert.ok(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(cert.valid_to), cert.valid_to);
    assert.ok(Date.parse(cert.valid_to) > Date.now());
    // The fingerprint is the SHA-1 of the certificate's DER, colon-separated.
    var b64 = pem('agent1-cert').toString().replace(/-----[^-]+-----|\s/g, '');
    var sha1 = crypto.createHash('sha1').update(new Buffer(b64, 'base64')).digest('hex');
    assert.equal(cert.fingerprint, sha1.toUpperCase().match(/../g).join(':'));

    var cipher = client.getCipher();
    assert.equal(typeof cipher.name, 'string');
    assert.ok(/^TLSv1\.[23]$/.test(cipher.version), cipher.version);

    client.write('hello');
  }));
  var got = '';
  client.setEncoding('utf8');
  client.on('data', function(d) {
    got += d;
    if (got === 'welcome!\nhello') client.end();
  });
  client.on('close', common.mustCall(function() {
    assert.equal(got, 'welcome!\nhello');
    server.close();
  }));
}));
