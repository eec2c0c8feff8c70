// rnode-only: node 20's deprecated createSecurePair does not finish handshakes over piped sockets.
// Bytes that follow the peer's close_notify are dropped: the stream ends,
// and nothing spins on them.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var net = require('net');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var server = tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(s) {
  s.end('bye');
});

server.listen(common.PORT, function() {
  var socket = net.createConnection(common.PORT);
  var pair = tls.createSecurePair(require('crypto').createCredentials({}), false);
  pair.encrypted.pipe(socket);
  var secure = false;
  pair.on('secure', function() { secure = true; });
  socket.on('data', function(d) {
    // After the handshake, every record comes with junk behind it.
    if (secure) d = Buffer.concat([d, new Buffer(5000)]);
    pair.encrypted.write(d);
  });
  var got = '';
  pair.cleartext.on('data', function(d) { got += d; });
  pair.cleartext.on('end', common.mustCall(function() {
    assert.equal(got, 'bye');
    socket.destroy();
    server.close();
  }));
  pair.on('error', function() {});
});
