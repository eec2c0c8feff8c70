// Many children: 1,000 short ones spawned one after another (each `echo n`,
// the next started when the previous has exited), then 50 at once; every
// output is complete, every exit is seen, and (on Linux) no descriptor
// leaks and no child is left a zombie.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var SERIAL = 1000, PARALLEL = 50;
var fs = require('fs');
var linux = process.platform.indexOf('linux') === 0;

function openFds() {
  return linux ? common.openFds() : 0;
}

// Children of this process that have exited but were never reaped.
function zombies() {
  if (!linux) return [];
  return fs.readdirSync('/proc').filter(function(name) {
    if (!/^\d+$/.test(name)) return false;
    try {
      var stat = fs.readFileSync('/proc/' + name + '/stat', 'utf8');
      var fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return fields[0] === 'Z' && +fields[1] === process.pid;
    } catch (e) {
      return false;  // gone meanwhile
    }
  });
}

// Taken after the first child: starting the first one sets up the
// runtime's own descriptors (its reactor, the reaper), once.
var fdsBefore = null;
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
    if (n === 0) fdsBefore = openFds();
    serial(n + 1);
  });
}

function parallel() {
  for (var i = 0; i < PARALLEL; i++) {
    runEcho(SERIAL + i, function() {
      if (++parallelDone === PARALLEL) setTimeout(check, 100);
    });
  }
}

// Once every stream has closed: the descriptors are back to what they
// were, and every child has been reaped.
function check() {
  assert.ok(openFds() <= fdsBefore + 2, 'descriptors leaked: ' + fdsBefore + ' -> ' + openFds());
  assert.deepEqual(zombies(), []);
  checked = true;
}
var checked = false;

serial(0);

process.on('exit', function() {
  assert.strictEqual(serialDone, SERIAL);
  assert.strictEqual(parallelDone, PARALLEL);
  assert.ok(checked);
});
