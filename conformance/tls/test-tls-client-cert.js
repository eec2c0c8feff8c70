// requestCert: the server asks for a client certificate and reports, per
// connection, whether its `ca` vouches for it. With rejectUnauthorized
// too, a client without a good certificate is refused and the server
// goes on serving.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var seen = [];
var server = tls.createServer({
  key: pem('agent1-key'), cert: pem('agent1-cert'), ca: [pem('ca-cert')], requestCert: true, rejectUnauthorized: false
}, function(s) {
  var cert = s.getPeerCertificate();
  seen.push([s.authorized, s.authorizationError, cert && cert.subject ? cert.subject.CN : null]);
  s.end('bye');
});

var strict = tls.createServer({
  key: pem('agent1-key'), cert: pem('agent1-cert'), ca: [pem('ca-cert')],
  requestCert: true, rejectUnauthorized: true
}, function(s) {
  assert.equal(s.authorized, true);
  s.end('strict bye');
});

function connect(port, options, cb) {
  options.rejectUnauthorized = false;
  var c = tls.connect(port, 'localhost', options), got = '', failed = null;
  c.setEncoding('utf8');
  c.on('data', function(d) { got += d; });
  c.on('error', function(err) { failed = err; });
  c.on('close', function() { cb(failed, got); });
}

server.listen(common.PORT, function() {
  connect(common.PORT, { key: pem('client-key'), cert: pem('client-cert') }, common.mustCall(function(err, got) {
    assert.ifError(err);
    assert.equal(got, 'bye');
    connect(common.PORT, {}, common.mustCall(function(err, got) {
      assert.ifError(err);
      assert.equal(got, 'bye');
      connect(common.PORT, { key: pem('agent2-key'), cert: pem('agent2-cert') }, common.mustCall(function(err, got) {
        assert.ifError(err);
        assert.deepEqual(seen, [
          [true, null, 'client1'],
          [false, 'UNABLE_TO_GET_ISSUER_CERT', null],
          [false, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'agent2']
        ]);
        server.close();
        strictServer();
      }));
    }));
  }));
});

function strictServer() {
  strict.listen(0, function() {
    var port = strict.address().port;
    connect(port, { key: pem('agent2-key'), cert: pem('agent2-cert') }, common.mustCall(function(err, got) {
      assert.equal(got, '');
      connect(port, { key: pem('client-key'), cert: pem('client-cert') }, common.mustCall(function(err, got) {
        assert.ifError(err);
        assert.equal(got, 'strict bye');
        strict.close();
      }));
    }));
  });
}
