// The manual's https server and client: a request and its response over
// tls, with the tls options (`ca`) given per request, the default port in
// the Host header, and a second request on the same agent.
var common = require('../common');
var assert = require('assert');
var https = require('https');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var options = { key: pem('agent1-key'), cert: pem('agent1-cert') };
var requests = 0;
var server = https.createServer(options, function(req, res) {
  requests++;
  assert.equal(req.headers.host, 'localhost:' + common.PORT);
  assert.equal(req.connection.encrypted, true);
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', function() {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('hello world ' + req.method + ' ' + req.url + ' ' + body + '\n');
  });
});
assert.ok(server instanceof https.Server);

function get(path, method, body, cb) {
  var req = https.request({
    host: 'localhost', port: common.PORT, path: path, method: method,
    ca: [pem('ca-cert')], rejectUnauthorized: true
  }, function(res) {
    assert.equal(res.statusCode, 200);
    assert.equal(res.connection.authorized, true);
    var got = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { got += d; });
    res.on('end', function() { cb(got); });
  });
  req.on('error', function(err) { throw err; });
  req.end(body);
}

server.listen(common.PORT, function() {
  get('/a', 'GET', undefined, common.mustCall(function(got) {
    assert.equal(got, 'hello world GET /a \n');
    get('/b', 'POST', 'payload', common.mustCall(function(got) {
      assert.equal(got, 'hello world POST /b payload\n');
      assert.equal(requests, 2);
      server.close();
    }));
  }));
});
