// The manual's echo server checked with `openssl s_client` (its 1024-bit
// key needs OpenSSL's security level 0), and tls.connect against
// `openssl s_server`.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');
var spawn = require('child_process').spawn;

var dir = common.fixturesDir + '/tls/';
function pem(name) { return fs.readFileSync(dir + name + '.pem'); }

var server = tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(s) {
  s.write('welcome!\n');
  s.pipe(s);
});

server.listen(common.PORT, '127.0.0.1', function() {
  var client = spawn('openssl', ['s_client', '-connect', '127.0.0.1:' + common.PORT,
                                 '-cipher', 'DEFAULT:@SECLEVEL=0', '-CAfile', dir + 'ca-cert.pem']);
  var out = '', sent = false;
  client.stdout.on('data', function(d) {
    out += d;
    if (!sent && /welcome!/.test(out)) {
      sent = true;
      client.stdin.write('echo me\n');
    }
    if (/echo me/.test(out)) client.stdin.end();
  });
  client.stderr.on('data', function() {});
  client.on('exit', common.mustCall(function() {
    assert.ok(/welcome!/.test(out), out);
    assert.ok(/echo me/.test(out), out);
    assert.ok(/Verify return code: 0 \(ok\)/.test(out), out);
    server.close();
    againstServer();
  }));
});

function againstServer() {
  var port = common.PORT + 1000;
  var s = spawn('openssl', ['s_server', '-accept', String(port), '-cert', dir + 'agent1-cert.pem',
                            '-key', dir + 'agent1-key.pem', '-cipher', 'DEFAULT:@SECLEVEL=0']);
  var out = '', started = false;
  s.stdout.on('data', function(d) {
    out += d;
    if (!started && /ACCEPT/.test(out)) {
      started = true;
      connect();
    }
    if (/hello from rnode/.test(out)) s.kill();
  });
  s.stderr.on('data', function() {});
  process.on('exit', function() { s.kill(); });
  function connect() {
    var c = tls.connect(port, 'localhost', { ca: [pem('ca-cert')], rejectUnauthorized: false }, common.mustCall(function() {
      assert.equal(c.authorized, true);
      assert.equal(c.getPeerCertificate().issuer.CN, 'ca1');
      c.write('hello from rnode\n');
    }));
    c.on('error', function() {});
  }
  s.on('exit', common.mustCall(function() {
    assert.ok(/hello from rnode/.test(out), out);
  }));
}
