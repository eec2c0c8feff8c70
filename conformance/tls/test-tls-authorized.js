// A client always completes the handshake unless told to reject (0.4):
// against a self-signed certificate it is not authorized, and says why;
// with the right `ca` it is. With rejectUnauthorized the connection fails
// with the reason as the error's code, and the server keeps serving. A
// name the client asks for must be the certificate's.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var server = tls.createServer({ key: pem('agent2-key'), cert: pem('agent2-cert') }, function(s) {
  s.end('hi');
});

function connect(options, cb) {
  options.rejectUnauthorized = !!options.rejectUnauthorized;
  var c = tls.connect(common.PORT, '127.0.0.1', options, function() { cb(null, c); });
  c.on('error', function(err) { cb(err, c); });
  c.on('data', function() {});
}

server.listen(common.PORT, '127.0.0.1', function() {
  connect({}, common.mustCall(function(err, c) {
    assert.ifError(err);
    assert.equal(c.authorized, false);
    assert.equal(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    c.end();
    connect({ ca: pem('ca-cert') }, common.mustCall(function(err, c) {
      assert.ifError(err);
      assert.equal(c.authorized, false);
      assert.equal(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
      c.end();
      connect({ ca: [pem('agent2-cert')], servername: 'agent2' }, common.mustCall(function(err, c) {
        assert.ifError(err);
        assert.equal(c.authorized, true);
        c.end();
        connect({ rejectUnauthorized: true }, common.mustCall(function(err, c) {
          assert.ok(err instanceof Error);
          assert.equal(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
          connect({ rejectUnauthorized: true, ca: [pem('agent2-cert')], servername: 'agent2' }, common.mustCall(function(err, c) {
            assert.ifError(err);
            assert.equal(c.authorized, true);
            c.end();
            // A name the certificate does not carry.
            connect({ ca: [pem('agent2-cert')], servername: 'other.example' }, common.mustCall(function(err, c) {
              assert.ifError(err);
              assert.equal(c.authorized, false);
              assert.equal(c.authorizationError, 'ERR_TLS_CERT_ALTNAME_INVALID');
              c.end();
              server.close();
            }));
          }));
        }));
      }));
    }));
  }));
});
