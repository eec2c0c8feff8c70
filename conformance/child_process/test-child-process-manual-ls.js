// The manual's spawn example: `ls -lh /usr` with listeners on stdout, stderr
// and 'exit'. Every entry of /usr is listed, nothing goes to stderr, and the
// exit code is 0; a listing of a missing directory fails with code 2 and an
// error message on stderr.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var spawn = require('child_process').spawn;

var env = { PATH: process.env.PATH, LC_ALL: 'C' };

var ls = spawn('ls', ['-lh', '/usr'], { env: env });
var out = '', err = '';
ls.stdout.setEncoding('utf8');
ls.stderr.setEncoding('utf8');
ls.stdout.on('data', function(data) { out += data; });
ls.stderr.on('data', function(data) { err += data; });
ls.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

var missing = '/nonexistent-rnode-' + process.pid;
var bad = spawn('ls', ['-lh', missing], { env: env });
var badOut = '', badErr = '';
bad.stdout.on('data', function(data) { badOut += data; });
bad.stderr.on('data', function(data) { badErr += data; });
bad.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 2);
  assert.strictEqual(signal, null);
}));

// Output is checked once everything has been read (node 20 may emit 'exit'
// before the last 'data').
process.on('exit', function() {
  assert.strictEqual(err, '');
  var lines = out.split('\n');
  assert.strictEqual(lines.pop(), '');
  assert.ok(/^total \S+$/.test(lines[0]), 'first line: ' + lines[0]);
  var names = fs.readdirSync('/usr').filter(function(n) { return n[0] !== '.'; });
  assert.strictEqual(lines.length, names.length + 1);
  names.forEach(function(name) {
    var found = lines.some(function(line) {
      return line.slice(-name.length - 1) === ' ' + name ||
             line.indexOf(' ' + name + ' -> ') !== -1;
    });
    assert.ok(found, name + ' missing from:\n' + out);
  });

  assert.strictEqual(badOut, '');
  assert.ok(badErr.indexOf(missing) !== -1, badErr);
  assert.ok(/No such file or directory/.test(badErr), badErr);
});
