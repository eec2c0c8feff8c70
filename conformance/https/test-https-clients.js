// An https server answers curl (-k, and --cacert with its CA; Debian's curl
// takes a 1024-bit certificate only at security level 0) and node's own
// https client.
var common = require('../common');
var assert = require('assert');
var https = require('https');
var fs = require('fs');
var exec = require('child_process').exec;

var dir = common.fixturesDir + '/tls/';
var server = https.createServer({
  key: fs.readFileSync(dir + 'agent1-key.pem'), cert: fs.readFileSync(dir + 'agent1-cert.pem')
}, function(req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello ' + req.url);
});

var url = 'https://localhost:' + common.PORT;
var curl = 'curl -s --ciphers DEFAULT:@SECLEVEL=0 ';
server.listen(common.PORT, function() {
  exec(curl + '-k ' + url + '/insecure', common.mustCall(function(err, out) {
    assert.ifError(err);
    assert.equal(out, 'hello /insecure');
    exec(curl + '--cacert ' + dir + 'ca-cert.pem ' + url + '/verified', common.mustCall(function(err, out) {
      assert.ifError(err);
      assert.equal(out, 'hello /verified');
      var script = "require('https').get({host: 'localhost', port: " + common.PORT +
          ", path: '/node', ca: require('fs').readFileSync('" + dir + "ca-cert.pem')}, " +
          "function(r) { r.pipe(process.stdout); })";
      exec('node -e "' + script + '"', common.mustCall(function(err, out) {
        assert.ifError(err);
        assert.equal(out, 'hello /node');
        server.close();
      }));
    }));
  }));
});
