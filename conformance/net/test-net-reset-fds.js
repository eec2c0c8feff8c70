// Connections the peer resets give their descriptors back at once: the
// client closes as soon as it connects, the server keeps writing until
// the kernel answers with a reset (EPIPE or ECONNRESET), and once every
// server-side socket has said 'close' the count in /proc/self/fd is back
// at its baseline by the loop's next turn.
// RESETS=10000 measures the hardening issue's full run.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var RESETS = +process.env.RESETS || 2000;
var PARALLEL = 20;
var SLACK = 4;         // a few descriptors the runtime may open for itself

if (common.openFds() === null) {
  console.error('skipped: no /proc/self/fd');
  return;
}
var openFds = common.openFds;

var chunk = Buffer.alloc(1024, 'x');
var closed = 0, errors = 0, started = 0;
var codes = {};

var server = net.createServer(function(socket) {
  // A write now and then: the first after the peer closed draws its
  // reset, the next fails with it (if the reader did not see it first).
  function pump() {
    if (!socket.writable) return;
    socket.write(chunk);
    setTimeout(pump, 1);
  }
  socket.on('error', function(e) {
    errors++;
    codes[e.code] = true;
  });
  socket.on('close', function() {
    closed++;
    if (closed === RESETS) finish();
  });
  pump();
});

function reset() {
  if (started === RESETS) return;
  started++;
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('connect', function() { c.destroy(); });
  c.on('error', function() {});
  c.on('close', reset);
}

var baseline;
server.listen(common.PORT, '127.0.0.1', function() {
  baseline = openFds();
  for (var i = 0; i < PARALLEL; i++) reset();
});

// Node closes a descriptor when its socket closes; rnode's socket tasks
// let go of theirs by the loop's next turn when the machine is idle. On a
// loaded one (CI runs tests side by side) that can take a few turns more:
// the count is retried for up to 2 s, and a leak never comes back down.
var deadline;
function finish() {
  deadline = Date.now() + 2000;
  setTimeout(count, 0);
}

function count() {
  var now = openFds();
  if (now > baseline + SLACK && Date.now() < deadline) return setTimeout(count, 10);
  console.error('resets ' + RESETS + ', errors ' + errors + ' (' + Object.keys(codes) +
                '), descriptors open ' + now + ' against ' + baseline + ' before');
  assert.ok(now <= baseline + SLACK, now + ' descriptors open after ' + RESETS +
            ' resets, ' + baseline + ' before');
  for (var code in codes) assert.ok(code === 'EPIPE' || code === 'ECONNRESET', code);
  server.close();
}

process.on('exit', function() {
  assert.strictEqual(closed, RESETS);
});
