// `cargo xtask bench https`, in-process part: 256 MiB sent one way over one
// tls connection (server writes, client counts), per server key type; the
// best of three rounds, as one round varies by a tenth from run to run.
var tls = require('tls');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '../../conformance/fixtures/tls');
var MiB = 1 << 20, total = 256 * MiB;
var chunk = Buffer.alloc(64 * 1024, 'x');
var keys = [['rsa2048', 'rsa2048'], ['ecdsa-p256', 'ec'], ['rsa1024', 'agent1']];

var ROUNDS = 3;

function transfer(i, round, best) {
  if (i >= keys.length) return;
  var label = keys[i][0], name = keys[i][1];
  var server = tls.createServer({
    key: fs.readFileSync(path.join(dir, name + '-key.pem')),
    cert: fs.readFileSync(path.join(dir, name + '-cert.pem'))
  }, function(s) {
    var sent = 0;
    function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!s.write(chunk)) return s.once('drain', pump);
      }
      s.end();
    }
    pump();
  });
  server.listen(0, '127.0.0.1', function() {
    var start = Date.now(), got = 0;
    var c = tls.connect(server.address().port, '127.0.0.1', { rejectUnauthorized: false });
    c.on('data', function(d) { got += d.length; });
    c.on('end', function() {
      var ms = Math.min(Date.now() - start, best);
      if (got !== total) throw new Error('short transfer: ' + got);
      c.destroy();
      server.close();
      if (round + 1 < ROUNDS) return transfer(i, round + 1, ms);
      console.log('RESULT 256MiB over one tls connection (' + label + ') ' + ms.toFixed(4) + ' ' +
                  (total / MiB / (ms / 1000)).toFixed(1) + ' MiB/s');
      transfer(i + 1, 0, Infinity);
    });
  });
}
transfer(0, 0, Infinity);
