// A program that cannot be started: with an 'error' listener, the child
// emits an Error whose code is 'ENOENT', carrying the path and the args,
// once, after spawn() has returned. Same for a missing absolute path and
// a missing working directory.
// (0.4's own report, execvp() on stderr and exit code 127, is checked in
// test-child-process-spawn-execvp-v04.js.)
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var name = 'rnode-no-such-command-' + process.pid;
var returned = false;
var child = spawn(name, ['a', 'b']);
child.on('error', common.mustCall(function(err) {
  assert.ok(returned, "'error' must not be emitted synchronously");
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, name);
  assert.deepEqual(err.spawnargs, ['a', 'b']);
}));
returned = true;

var abs = '/nonexistent-rnode-' + process.pid + '/prog';
var child2 = spawn(abs, []);
child2.on('error', common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, abs);
}));

// A working directory that does not exist: ENOENT as well.
var child3 = spawn('/bin/echo', ['x'], { cwd: '/nonexistent-rnode-' + process.pid });
var out3 = '';
child3.stdout.on('data', function(d) { out3 += d; });
child3.on('error', common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
}));

// A working spawn made right after still works.
var ok = spawn('echo', ['still fine']);
var out = '';
ok.stdout.on('data', function(d) { out += d; });
ok.on('error', function(err) { assert.ok(false, 'unexpected error ' + err); });
ok.on('exit', common.mustCall(function(code) {
  assert.strictEqual(code, 0);
}));
process.on('exit', function() {
  assert.strictEqual(out, 'still fine\n');
  assert.strictEqual(out3, '');
});
