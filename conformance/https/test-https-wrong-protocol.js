// Plain http sent to an https port fails cleanly on the client, and the
// server keeps serving https.
var common = require('../common');
var assert = require('assert');
var https = require('https');
var http = require('http');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var server = https.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(req, res) {
  res.end('secure');
});
server.on('tlsClientError', function() {});
server.on('clientError', function() {});

server.listen(common.PORT, function() {
  var req = http.get({ host: 'localhost', port: common.PORT, path: '/' }, function() {
    assert.fail('no response to plain http');
  });
  req.on('error', common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    https.get({ host: 'localhost', port: common.PORT, rejectUnauthorized: false }, common.mustCall(function(res) {
      var body = '';
      res.on('data', function(d) { body += d; });
      res.on('end', common.mustCall(function() {
        assert.equal(body, 'secure');
        server.close();
      }));
    }));
  }));
});
