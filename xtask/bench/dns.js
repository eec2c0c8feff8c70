// Issue 21's DNS figure: 1,000 concurrent resolve4 against a local
// dnsmasq (started here, on loopback, answering from its own records).
var dns = require('dns');
var fs = require('fs');
var os = require('os');
var path = require('path');
var spawn = require('child_process').spawn;

var port = 15353 + (process.pid % 1000);
var conf = path.join(os.tmpdir(), 'rnode-bench-dns-' + process.pid + '.conf');
// 1,000 different names: a resolver that caches answers (hickory does)
// must still ask for each once.
var lines = ['listen-address=127.0.0.1', 'bind-interfaces', 'no-resolv', 'no-hosts'];
for (var i = 0; i < 1010; i++) lines.push('host-record=www' + i + '.bench.test,10.0.' + (i >> 8) + '.' + (i & 255));
fs.writeFileSync(conf, lines.join('\n') + '\n');
var server = spawn('dnsmasq', ['--no-daemon', '--port=' + port, '--conf-file=' + conf]);
process.on('exit', function() { server.kill(); try { fs.unlinkSync(conf); } catch (e) {} });
dns.setServers(['127.0.0.1:' + port]);

function round(first, n, done) {
  var left = n, start = Date.now(), failed = 0;
  for (var i = first; i < first + n; i++) {
    dns.resolve4('www' + i + '.bench.test', function(err) {
      if (err) failed++;
      if (--left === 0) done(Date.now() - start, failed);
    });
  }
}

setTimeout(function() {
  round(1000, 10, function() {                // warm-up (and the server is up)
    round(0, 1000, function(ms, failed) {
      console.log('RESULT 1,000 concurrent resolve4' + (failed ? ' (' + failed + ' failed)' : '') +
                  ' ' + ms.toFixed(4) + ' ' + (1000 / (ms / 1000)).toFixed(1) + ' lookups/s');
      server.kill();
    });
  });
}, 300);
