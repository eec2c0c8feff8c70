// rnode-only: node 20's Agent closes sockets without keepAlive: true, whatever the request's Connection header says.
// An https Agent keeps a kept-alive connection for the next request to the
// same place, as http's does: two requests, one tls connection.
var common = require('../common');
var assert = require('assert');
var https = require('https');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var connections = 0;
var server = https.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(req, res) {
  res.end('ok ' + req.url);
});
server.on('secureConnection', function() { connections++; });

function get(path, cb) {
  https.get({ host: 'localhost', port: common.PORT, path: path, rejectUnauthorized: false,
              headers: { Connection: 'keep-alive' } }, function(res) {
    var body = '';
    res.on('data', function(d) { body += d; });
    res.on('end', function() { cb(body); });
  });
}

server.listen(common.PORT, function() {
  get('/1', common.mustCall(function(body) {
    assert.equal(body, 'ok /1');
    setTimeout(function() {
      get('/2', common.mustCall(function(body) {
        assert.equal(body, 'ok /2');
        assert.equal(connections, 1);
        server.close();
        setTimeout(function() { process.exit(0); }, 50);
      }));
    }, 20);
  }));
});
