// rnode-only: node cannot start under `ulimit -n 16`
// With every descriptor in use, an async call gets EMFILE in its callback
// (the reactor's own descriptors were made at start), and works again once
// descriptors are closed.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var script = [
  'var fs = require("fs"), fds = [];',
  'try { for (;;) fds.push(fs.openSync("/dev/null", "r")); } catch (e) { console.log("sync " + e.code); }',
  'fs.readFile(' + JSON.stringify(__filename) + ', function(err) {',
  '  console.log("async " + (err && err.code));',
  '  fds.forEach(function(fd) { fs.closeSync(fd); });',
  '  fs.readFile(' + JSON.stringify(__filename) + ', function(err, data) { console.log("again " + (!err && data.length > 0)); });',
  '});'
].join('\n');

var child = spawn('/bin/sh', ['-c', 'ulimit -n 16 && exec "$0" -e "$1"', process.execPath, script]);
var out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', function(d) { out += d; });
child.stderr.pipe(process.stderr);
child.on('exit', common.mustCall(function(status) {
  assert.equal(status, 0);
  assert.equal(out, 'sync EMFILE\nasync EMFILE\nagain true\n');
}));
