// A program started with SIGHUP ignored (under `nohup`) still kills its
// children with it: ignoring survives exec, so the runtime starts children
// with their signals at the default, as libuv does.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var inner = "var c = require('child_process').spawn('sleep', ['10']);" +
            "c.on('exit', function (code, signal) { console.log(signal); });" +
            "setTimeout(function () { c.kill('SIGHUP'); }, 100);";
var outer = spawn('sh', ['-c', 'trap "" HUP; exec "$0" -e "$1"', process.execPath, inner]);
var out = '';
outer.stdout.setEncoding('utf8');
outer.stdout.on('data', function(d) { out += d; });
outer.on('exit', common.mustCall(function(code) {
  assert.equal(code, 0);
  assert.equal(out.trim(), 'SIGHUP');
}));
