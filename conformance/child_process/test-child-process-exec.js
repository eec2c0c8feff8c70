// exec(command, [options], callback) and execFile(file, [args], [options],
// callback): stdout and stderr as strings; error null on success, else an
// Error with code = the exit status (signal null, killed false); the
// `encoding`, `cwd` and `env` options; execFile passes args without a shell.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var cp = require('child_process');
var exec = cp.exec, execFile = cp.execFile;

// Success: both streams, error null.
exec('echo out; echo err >&2', common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

// The manual's example, with a file that is not there.
exec('cat /nonexistent-rnode-' + process.pid + ' | wc -l',
     common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);          // the pipeline's status is wc's
  assert.strictEqual(stdout.trim(), '0');
  assert.ok(/No such file or directory/.test(stderr), stderr);
}));

// Failure: err.code is the exit status, the output is still given.
exec('echo partial; echo oops >&2; exit 3', common.mustCall(function(err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(stdout, 'partial\n');
  assert.strictEqual(stderr, 'oops\n');
  assert.ok(/oops/.test(err.message), err.message);
}));

// A command the shell cannot find: status 127 from the shell.
exec('rnode-no-such-command-' + process.pid, common.mustCall(function(err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 127);
  assert.strictEqual(stdout, '');
  assert.ok(/not found/.test(stderr), stderr);
}));

// A child killed by a signal it sends itself: code null, signal set.
exec('kill -KILL $$', common.mustCall(function(err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.signal, 'SIGKILL');
}));

// UTF-8 split across writes arrives whole (default encoding utf8).
exec("printf '\\303'; sleep 0.05; printf '\\251\\344\\270\\255\\n'",
     common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '\u00e9\u4e2d\n');
}));

// encoding: 'base64' and 'binary' decode the bytes that way.
exec("printf '\\000\\001\\377hello'", { encoding: 'base64' },
     common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, new Buffer([0, 1, 255, 104, 101, 108, 108, 111]).toString('base64'));
  assert.strictEqual(stdout, 'AAH/aGVsbG8=');
  assert.strictEqual(stderr, '');
}));
exec("printf '\\351\\377' >&2; printf '\\200'", { encoding: 'binary' },
     common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '\u0080');
  assert.strictEqual(stderr, '\u00e9\u00ff');
}));

// cwd
try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = fs.realpathSync(common.tmpDir);
exec('pwd', { cwd: dir }, common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, dir + '\n');
}));
execFile('pwd', [], { cwd: '/' }, common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '/\n');
}));

// env: only what is given.
exec('echo "[$FOO][$HOME]"', { env: { FOO: 'foo value' } },
     common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '[foo value][]\n');
}));
execFile('/usr/bin/env', [], { env: { A: '1', B: 'two words' } },
         common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.deepEqual(stdout.split('\n').sort(), ['', 'A=1', 'B=two words']);
}));
// Without env, ours.
process.env.RNODE_CP_EXEC_VAR = 'ours';
exec('echo "$RNODE_CP_EXEC_VAR"', common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'ours\n');
}));
delete process.env.RNODE_CP_EXEC_VAR;

// execFile: args go to the program as they are, no shell involved.
execFile('echo', ['a  b', '$HOME', '*', '"q"'], common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'a  b $HOME * "q"\n');
  assert.strictEqual(stderr, '');
}));
execFile('/bin/sh', ['-c', 'echo "$1-$2"; exit 9', 'sh', 'x', 'y'],
         common.mustCall(function(err, stdout) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 9);
  assert.strictEqual(stdout, 'x-y\n');
}));
// execFile with options but no args.
execFile('pwd', { cwd: '/' }, common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '/\n');
}));
// and with nothing but the callback
execFile('true', common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

// exec returns the ChildProcess.
var child = exec('cat', common.mustCall(function(err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'fed through stdin');
}));
assert.ok(child.pid > 0);
child.stdin.end('fed through stdin');
