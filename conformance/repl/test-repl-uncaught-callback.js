// The REPL outlives an exception thrown by a callback it scheduled: the
// error is printed and the next line is evaluated.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var child = spawn(process.execPath, ['-i']);
var out = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', function(d) { out += d; });
child.stderr.on('data', function(d) { out += d; });
child.stdin.write('setTimeout(function () { throw new Error("from a callback") }, 20), 0\n');
setTimeout(function() {
  child.stdin.end('40 + 2\n');
}, 500);
child.on('exit', common.mustCall(function(code) {
  assert.equal(code, 0, out);
  assert.ok(/Error: from a callback/.test(out), out);
  assert.ok(out.indexOf('42') > out.indexOf('from a callback'), out);
}));
