// A peer that starts a connection and never finishes its handshake is
// closed by the server's handshakeTimeout.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var net = require('net');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var server = tls.createServer({
  key: pem('agent1-key'), cert: pem('agent1-cert'), handshakeTimeout: 200
}, function() {
  assert.fail('no secure connection');
});

// Later node's name for 0.4's 'clientError' (rnode says both); node 20
// leaves the socket open for the listener to close.
server.on('tlsClientError', common.mustCall(function(err, socket) {
  assert.ok(err instanceof Error);
  socket.destroy();
}));

server.listen(common.PORT, function() {
  var started = Date.now();
  var c = net.createConnection(common.PORT);
  // Half a TLS record header, then nothing.
  c.on('connect', function() { c.write(new Buffer([0x16, 0x03])); });
  c.on('error', function() {});
  c.on('close', common.mustCall(function() {
    assert.ok(Date.now() - started >= 150);
    server.close();
  }));
});
