// Back-pressure through http messages: write() on a response or a client
// request returns false when the socket is full, and 'drain' follows once
// it has written everything, so a writer that waits for it (or a pipe)
// sends a big body whole.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var CHUNK = new Buffer(64 * 1024);
CHUNK.fill(97);
var TOTAL = 160;  // 10 MiB
var drains = { request: 0, response: 0 };

// Writes TOTAL chunks to `out`, waiting for 'drain' whenever write() is false.
function pump(out, which, done) {
  var sent = 0;
  (function more() {
    while (sent < TOTAL) {
      sent++;
      if (!out.write(CHUNK)) {
        out.once('drain', function() { drains[which]++; more(); });
        return;
      }
    }
    done();
  })();
}

var server = http.createServer(function(req, res) {
  var got = 0;
  req.on('data', function(d) { got += d.length; });
  req.on('end', function() {
    assert.strictEqual(got, TOTAL * CHUNK.length);
    res.writeHead(200);
    pump(res, 'response', function() { res.end(); });
  });
});

server.listen(common.PORT, '127.0.0.1', function() {
  var req = http.request({ port: common.PORT, host: '127.0.0.1', method: 'POST', path: '/' });
  req.on('response', function(res) {
    var got = 0;
    // A slow reader at first, so the server's socket fills.
    res.pause();
    setTimeout(function() { res.resume(); }, 200);
    res.on('data', function(d) { got += d.length; });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(got, TOTAL * CHUNK.length);
      server.close();
    }));
  });
  pump(req, 'request', function() { req.end(); });
});

process.on('exit', function() {
  assert.ok(drains.request > 0, 'the request never had to wait');
  assert.ok(drains.response > 0, 'the response never had to wait');
});
