// rnode-only: node 20 names this event 'tlsClientError' (0.4: 'clientError').
// A handshake that fails — plain bytes, a client refusing the server's
// certificate, a peer that stalls — is the server's 'clientError', with the
// connection closed; the server keeps serving.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var net = require('net');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var errors = [];
var server = tls.createServer({
  key: pem('agent1-key'), cert: pem('agent1-cert'), handshakeTimeout: 300
}, function(s) { s.end('ok'); });
server.on('clientError', function(err, socket) {
  assert.ok(err instanceof Error);
  assert.equal(typeof err.code, 'string');
  errors.push(err.code);
});

function junk(cb) {
  var c = net.createConnection(common.PORT);
  c.on('connect', function() { c.write('junk junk junk\r\n\r\n'); });
  c.on('error', function() {});
  c.on('data', function() {});
  c.on('close', function() { cb(); });
}

function refusing(cb) {
  var c = tls.connect(common.PORT, 'localhost', { rejectUnauthorized: true });
  c.on('error', function(err) {
    assert.equal(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    cb();
  });
}

function stalling(cb) {
  var c = net.createConnection(common.PORT);
  c.on('connect', function() { c.write(new Buffer([0x16, 0x03, 0x01])); });
  c.on('error', function() {});
  c.on('close', function() { cb(); });
}

server.listen(common.PORT, function() {
  junk(function() {
    refusing(function() {
      stalling(function() {
        var c = tls.connect(common.PORT, 'localhost', { ca: pem('ca-cert') }, common.mustCall(function() {
          assert.equal(c.authorized, true);
        }));
        c.on('data', common.mustCall(function(d) {
          assert.equal(d.toString(), 'ok');
          // Give the refusing client's alert time to arrive.
          setTimeout(function() {
            assert.equal(errors[0], 'EPROTO');
            assert.ok(errors.length >= 2, errors);
            assert.notEqual(errors.indexOf('ECONNRESET'), -1, errors);
            server.close();
          }, 50);
        }));
      });
    });
  });
});
