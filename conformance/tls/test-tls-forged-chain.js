// A chain whose middle certificate is no CA is refused: a client holding
// the CA-signed client1 certificate signs itself an "admin" one with it; a
// server that requires certificates from its CA does not take it, and a
// server that only asks reports it unauthorized.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var asking = tls.createServer({
  key: pem('agent1-key'), cert: pem('agent1-cert'), ca: [pem('ca-cert')],
  requestCert: true, rejectUnauthorized: false
}, common.mustCall(function(s) {
  assert.equal(s.authorized, false);
  assert.equal(s.getPeerCertificate().subject.CN, 'admin');
  s.end('unauthorized');
}));

var strict = tls.createServer({
  key: pem('agent1-key'), cert: pem('agent1-cert'), ca: [pem('ca-cert')],
  requestCert: true, rejectUnauthorized: true
}, function(s) {
  assert.fail('the forged chain was accepted');
});
strict.on('tlsClientError', function(err, socket) { socket.destroy(); });

asking.listen(common.PORT, function() {
  var c = tls.connect(common.PORT, 'localhost', {
    key: pem('forged-key'), cert: pem('forged-cert'), rejectUnauthorized: false
  });
  var got = '';
  c.on('data', function(d) { got += d; });
  c.on('close', common.mustCall(function() {
    assert.equal(got, 'unauthorized');
    asking.close();
    strict.listen(0, function() {
      var c2 = tls.connect(strict.address().port, 'localhost', {
        key: pem('forged-key'), cert: pem('forged-cert'), rejectUnauthorized: false
      });
      var got2 = '';
      c2.on('data', function(d) { got2 += d; });
      c2.on('error', function() {});
      c2.on('close', common.mustCall(function() {
        assert.equal(got2, '');
        strict.close();
      }));
    });
  }));
});
