// rnode-only: 0.4 reports a program that cannot be started by the child writing "execvp(): No such file or directory" to its stderr and exiting with code 127, and a program with no 'error' listener goes on; node 20 emits 'error' ENOENT (thrown when nobody listens) and no such exit.
// The manual's "checking for failed exec" example.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var detected = 0;
var child = spawn('bad_command_rnode_' + process.pid);
var err = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', function(data) {
  err += data;
  if (/^execvp\(\)/.test(data)) detected++;
});
child.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 127);
  assert.strictEqual(signal, null);
  assert.strictEqual(detected, 1);
  assert.strictEqual(err, 'execvp(): No such file or directory\n');
}));

// Also with arguments and stdin written to: nothing throws.
var child2 = spawn('/nonexistent-rnode-' + process.pid + '/prog', ['x']);
child2.stdin.on('error', function() {});
var err2 = '';
child2.stderr.on('data', function(d) { err2 += d; });
child2.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 127);
  assert.strictEqual(signal, null);
  assert.strictEqual(err2, 'execvp(): No such file or directory\n');
}));
