// Plain bytes sent to a tls server, and tls spoken to a plain server, end
// in clean errors: the connection closes, nothing crashes, and the server
// keeps serving.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var net = require('net');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var server = tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(s) {
  s.end('secure hello');
});
var plain = net.createServer(function(s) {
  s.on('error', function() {});
  s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});

server.listen(common.PORT, function() {
  var c = net.createConnection(common.PORT);
  c.on('connect', function() { c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'); });
  c.on('error', function() {});
  c.on('data', function() {});
  c.on('close', common.mustCall(function() {
    // Still serving.
    var ok = tls.connect(common.PORT, 'localhost', { rejectUnauthorized: false }, common.mustCall(function() {
      ok.on('data', common.mustCall(function(d) {
        assert.equal(d.toString(), 'secure hello');
        server.close();
        toPlain();
      }));
    }));
  }));
});

function toPlain() {
  plain.listen(0, function() {
    var c = tls.connect(plain.address().port, 'localhost', { rejectUnauthorized: false }, function() {
      assert.fail('no handshake with a plain server');
    });
    c.on('error', common.mustCall(function(err) {
      assert.ok(err instanceof Error);
      plain.close();
    }));
  });
}
