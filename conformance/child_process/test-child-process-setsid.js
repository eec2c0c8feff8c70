// rnode-only: spawn's `setsid` option is 0.4's (node 20 calls it `detached`).
// With setsid: true the child runs in a new session: its session id (field 6
// of /proc/<pid>/stat) is its own pid. Without it, the child stays in ours.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var spawn = require('child_process').spawn;

// /proc/<pid>/stat: "pid (comm) state ppid pgrp session ..."; comm may hold
// spaces, so the fields are counted after the last ')'.
function parseStat(text) {
  var rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { pid: +text.split(' ')[0], ppid: +rest[1], pgrp: +rest[2], session: +rest[3] };
}

var ourSession = parseStat(fs.readFileSync('/proc/self/stat', 'utf8')).session;

function check(setsid, verify) {
  var child = spawn('/bin/sh', ['-c', 'cat /proc/$$/stat'], { setsid: setsid });
  var out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', function(d) { out += d; });
  child.on('exit', common.mustCall(function(code, signal) {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    var stat = parseStat(out);
    assert.strictEqual(stat.pid, child.pid);
    verify(stat);
  }));
}

check(true, function(stat) {
  assert.strictEqual(stat.session, stat.pid);   // session leader
  assert.strictEqual(stat.pgrp, stat.pid);      // and its group's leader
  assert.notStrictEqual(stat.session, ourSession);
});

check(false, function(stat) {
  assert.strictEqual(stat.session, ourSession);
  assert.notStrictEqual(stat.session, stat.pid);
});
