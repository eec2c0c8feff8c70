// 1,000 connect/write/close cycles leave no file descriptors behind: the count in /proc/self/fd returns to its baseline.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var CYCLES = 1000;
var PARALLEL = 4;      // chains of sequential cycles running side by side
var SLACK = 4;         // a few descriptors the runtime may open for itself

if (common.openFds() === null) {
  console.error('skipped: no /proc/self/fd');
  return;
}
var openFds = common.openFds;

var serverClosed = 0;
var server = net.createServer(function(socket) {
  socket.on('data', function(d) { socket.end(d); });
  socket.on('close', function() { serverClosed++; });
});

// One cycle: connect, write, read the echo, let both ends close.
function cycle(done) {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var got = 0;
  c.on('connect', function() { c.write('x'); });
  c.on('data', function(d) { got += d.length; });
  c.on('error', function(e) { throw e; });
  c.on('close', function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 1);
    done();
  });
}

function runCycles(n, done) {
  var started = 0, finished = 0;
  function chain() {
    if (started === n) return;
    started++;
    cycle(function() {
      finished++;
      if (finished === n) return done();
      chain();
    });
  }
  for (var i = 0; i < PARALLEL && i < n; i++) chain();
}

// Waits until every server-side socket has closed too.
function settled(expectedServerClosed, done) {
  if (serverClosed >= expectedServerClosed) return setTimeout(done, 50);
  setTimeout(function() { settled(expectedServerClosed, done); }, 10);
}

var WARMUP = 20;
server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // Warm up first, so lazily created descriptors (thread pools, pollers)
  // are part of the baseline.
  runCycles(WARMUP, function() {
    settled(WARMUP, function() {
      var baseline = openFds();
      runCycles(CYCLES, common.mustCall(function() {
        settled(WARMUP + CYCLES, function() {
          var after = openFds();
          assert.ok(after <= baseline + SLACK,
                    'fds: ' + baseline + ' before, ' + after + ' after ' + CYCLES + ' cycles');
          server.close();
        });
      }));
    });
  });
}));
