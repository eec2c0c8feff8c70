// What a client writes before its handshake ends waits for it, counts as
// queued (write returns false, 'drain' follows) and all arrives; so does a
// client that ends at once with end(data).
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');

function pem(name) { return fs.readFileSync(common.fixturesDir + '/tls/' + name + '.pem'); }

var SIZE = 1 << 20;
var sizes = [];
var server = tls.createServer({ key: pem('agent1-key'), cert: pem('agent1-cert') }, function(s) {
  var received = 0;
  s.on('data', function(d) { received += d.length; });
  s.on('end', common.mustCall(function() {
    sizes.push(received);
    s.end();
    if (sizes.length === 2) {
      assert.deepEqual(sizes.sort(), [5000, SIZE].sort());
      server.close();
    }
  }));
});

server.listen(common.PORT, function() {
  var c = tls.connect(common.PORT, 'localhost', { rejectUnauthorized: false });
  var flushed = c.write(Buffer.alloc ? Buffer.alloc(SIZE, 'x') : new Buffer(SIZE));
  assert.strictEqual(flushed, false);
  c.on('drain', common.mustCall(function() {
    c.end();
  }));
  c.on('data', function() {});

  var quick = tls.connect(common.PORT, 'localhost', { rejectUnauthorized: false });
  quick.end(new Buffer(5000));
  quick.on('data', function() {});
});
