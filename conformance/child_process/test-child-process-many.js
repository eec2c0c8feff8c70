// Many children: 200 short ones spawned one after another (each `echo n`,
// the next started when the previous has exited), then 50 at once; every
// output is complete and every exit is seen.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var SERIAL = 200, PARALLEL = 50;
var serialDone = 0, parallelDone = 0;
var pids = {};

function runEcho(n, cb) {
  var child = spawn('echo', ['child ' + n]);
  assert.ok(child.pid > 0);
  assert.ok(!pids[child.pid] || pids[child.pid].exited, 'pid reused while running');
  var entry = pids[child.pid] = { exited: false };
  var out = '', ended = false, exit = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', function(d) { out += d; });
  function maybe() {
    if (!ended || !exit) return;
    entry.exited = true;
    assert.strictEqual(out, 'child ' + n + '\n');
    assert.strictEqual(exit[0], 0);
    assert.strictEqual(exit[1], null);
    cb();
  }
  child.stdout.on('end', function() { ended = true; maybe(); });
  child.on('exit', function(code, signal) {
    assert.strictEqual(exit, null, "two 'exit' events");
    exit = [code, signal];
    maybe();
  });
}

function serial(n) {
  if (n === SERIAL) return parallel();
  runEcho(n, function() {
    serialDone++;
    serial(n + 1);
  });
}

function parallel() {
  for (var i = 0; i < PARALLEL; i++) {
    runEcho(SERIAL + i, function() { parallelDone++; });
  }
}

serial(0);

process.on('exit', function() {
  assert.strictEqual(serialDone, SERIAL);
  assert.strictEqual(parallelDone, PARALLEL);
});
