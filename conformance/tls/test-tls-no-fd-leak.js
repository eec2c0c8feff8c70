// rnode-only: node 20 still holds the server's side of each plain-text connection when the check runs (40 more descriptors), after the clients have closed.
// Failed handshakes leave no descriptor behind: 40 connections that send
// plain text to a tls server, and 40 tls clients refused by a plain server.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var net = require('net');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }
var openFds = common.openFds;

var N = 40;
var server = tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function() {});
server.on('tlsClientError', function(err, socket) { socket.destroy(); });
var plain = net.createServer(function(s) {
  s.on('error', function() {});
  s.end('not tls\r\n\r\n');
});

function times(n, one, done) {
  var left = n;
  for (var i = 0; i < n; i++) one(function() { if (--left === 0) done(); });
}

function junk(cb) {
  var c = net.createConnection(common.PORT);
  c.on('connect', function() { c.write('GET / HTTP/1.0\r\n\r\n'); });
  c.on('error', function() {});
  c.on('data', function() {});
  c.on('close', function() { cb(); });
}

function refused(cb) {
  var c = tls.connect(plain.address().port, 'localhost', { rejectUnauthorized: false });
  c.on('error', function() {});
  c.on('close', function() { cb(); });
}

server.listen(common.PORT, function() {
  plain.listen(0, function() {
    var before = openFds();
    times(N, junk, function() {
      times(N, refused, function() {
        // The server's side of each connection closes a moment later.
        setTimeout(function() {
          var after = openFds();
          assert.ok(after <= before + 2, 'descriptors: ' + before + ' before, ' + after + ' after');
          server.close();
          plain.close();
        }, 300);
      });
    });
  });
});
