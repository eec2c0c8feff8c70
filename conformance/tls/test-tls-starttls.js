// rnode-only: node 20's deprecated createSecurePair never finishes this handshake over piped sockets (neither side says 'secure').
// STARTTLS as the manual describes it: a plain connection that turns
// secure part-way, each side putting a SecurePair between its socket and
// the program (encrypted <-> socket, cleartext for the program).
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var net = require('net');
var fs = require('fs');
var crypto = require('crypto');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

function credentials(options) {
  return tls.createSecureContext ? tls.createSecureContext(options) : crypto.createCredentials(options);
}

function secure(socket, isServer, options, onsecure) {
  var pair = tls.createSecurePair(credentials(options), isServer);
  pair.encrypted.pipe(socket);
  socket.pipe(pair.encrypted);
  pair.on('secure', function() { onsecure(pair.cleartext, pair); });
  return pair;
}

var server = net.createServer(function(socket) {
  socket.write('220 plain hello\r\n');
  socket.once('data', function(d) {
    assert.equal(d.toString(), 'STARTTLS\r\n');
    socket.removeAllListeners('data');
    socket.write('220 go ahead\r\n');
    secure(socket, true, { key: pem('agent1-key'), cert: pem('agent1-cert') },
           common.mustCall(function(cleartext) {
      cleartext.on('data', function(d) {
        cleartext.write('secure echo: ' + d);
      });
    }));
  });
});

server.listen(common.PORT, function() {
  var socket = net.createConnection(common.PORT);
  socket.once('data', common.mustCall(function(d) {
    assert.equal(d.toString(), '220 plain hello\r\n');
    socket.removeAllListeners('data');
    socket.write('STARTTLS\r\n');
    socket.once('data', common.mustCall(function(d) {
    assert.equal(d.toString(), '220 go ahead\r\n');
    socket.removeAllListeners('data');
    secure(socket, false, { ca: [pem('ca-cert')] }, common.mustCall(function(cleartext, pair) {
      assert.equal(cleartext.authorized, true);
      assert.equal(cleartext.getPeerCertificate().subject.CN, 'localhost');
      cleartext.write('ping');
      cleartext.on('data', common.mustCall(function(d) {
        assert.equal(d.toString(), 'secure echo: ping');
        socket.destroy();
        server.close();
      }));
    }));
    }));
  }));
});
