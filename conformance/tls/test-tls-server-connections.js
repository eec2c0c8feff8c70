// A tls.Server is a net.Server: `connections` counts its sockets and
// `maxConnections` refuses more; its cleartext streams pause and resume
// as net sockets do.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var server = tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(s) {
  // (node 20 dropped server.connections for getConnections())
  if (common.isRnode) assert.equal(server.connections, 1);
  // Paused, the stream holds what comes; resumed, it delivers it.
  s.pause();
  var got = '';
  s.on('data', function(d) { got += d; });
  setTimeout(function() {
    assert.equal(got, '');
    s.resume();
    setTimeout(function() {
      assert.equal(got, 'ping');
      s.end('pong');
    }, 100);
  }, 100);
});
server.maxConnections = 1;

server.listen(common.PORT, function() {
  var first = tls.connect(common.PORT, 'localhost', { rejectUnauthorized: false }, function() {
    first.write('ping');
    // A second connection while the first is open is refused.
    var second = tls.connect(common.PORT, 'localhost', { rejectUnauthorized: false }, function() {
      assert.fail('over maxConnections');
    });
    second.on('error', common.mustCall(function() {}));
  });
  var reply = '';
  first.on('data', function(d) { reply += d; });
  first.on('close', common.mustCall(function() {
    assert.equal(reply, 'pong');
    server.close();
  }));
});
