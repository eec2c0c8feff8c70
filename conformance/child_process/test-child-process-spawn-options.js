// spawn(command, args, options): args reach the program one by one, untouched
// by any shell; `cwd` sets the working directory; `env` is the whole
// environment (nothing else is passed); a bare command name is looked up in
// PATH; child.pid is a positive number; args defaults to [].
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var spawn = require('child_process').spawn;

function run(command, args, options, cb) {
  var child = spawn(command, args, options);
  assert.strictEqual(typeof child.pid, 'number');
  assert.ok(child.pid > 0 && child.pid % 1 === 0, 'pid ' + child.pid);
  var out = '', err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', function(d) { out += d; });
  child.stderr.on('data', function(d) { err += d; });
  var exit;
  child.on('exit', common.mustCall(function(code, signal) { exit = [code, signal]; }));
  // Checked when both streams are done (node 20's 'exit' may come earlier).
  var pending = 2;
  function done() {
    if (--pending > 0) return;
    if (exit) return cb(out, err, exit[0], exit[1], child);
    child.on('exit', function() { cb(out, err, exit[0], exit[1], child); });
  }
  child.stdout.on('end', done);
  child.stderr.on('end', done);
  return child;
}

// Arguments, with spaces, quotes, shell metacharacters and an empty one.
var args = ['a b', '"q"', "'s'", '$HOME', '*', ';', '', 'x\ny', '\u00e9\u4e2d'];
run('/bin/sh', ['-c', 'for a in "$@"; do printf "[%s]" "$a"; done', 'sh'].concat(args), undefined,
    common.mustCall(function(out, err, code, signal) {
  assert.strictEqual(out, args.map(function(a) { return '[' + a + ']'; }).join(''));
  assert.strictEqual(err, '');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

// No args at all: `args` defaults to [].
run('pwd', undefined, undefined, common.mustCall(function(out, err, code) {
  assert.strictEqual(out, process.cwd() + '\n');
  assert.strictEqual(code, 0);
}));

// cwd
try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = fs.realpathSync(common.tmpDir);
run('pwd', [], { cwd: dir }, common.mustCall(function(out, err, code) {
  assert.strictEqual(out, dir + '\n');
  assert.strictEqual(err, '');
  assert.strictEqual(code, 0);
}));
run('/bin/pwd', [], { cwd: '/' }, common.mustCall(function(out, err, code) {
  assert.strictEqual(out, '/\n');
  assert.strictEqual(code, 0);
}));
// A relative cwd is resolved against ours.
run('pwd', [], { cwd: '..' }, common.mustCall(function(out, err, code) {
  assert.strictEqual(out, path.dirname(process.cwd()) + '\n');
  assert.strictEqual(code, 0);
}));

// env: exactly the given variables (/usr/bin/env adds nothing of its own).
run('/usr/bin/env', [], { env: { FOO: 'bar', EMPTY: '', SPACED: 'a b  c', NUM: 42 } },
    common.mustCall(function(out, err, code) {
  assert.deepEqual(out.split('\n').sort(), ['', 'EMPTY=', 'FOO=bar', 'NUM=42', 'SPACED=a b  c']);
  assert.strictEqual(code, 0);
}));
run('/bin/sh', ['-c', 'echo "[$FOO]" "[$HOME]"'], { env: { FOO: 'from env' } },
    common.mustCall(function(out, err, code) {
  assert.strictEqual(out, '[from env] []\n');
  assert.strictEqual(code, 0);
}));
// Without options, our environment is inherited, changes included.
// (An empty options object is 0.4's deprecated env form: see
// test-child-process-spawn-v04-env-form.js.)
process.env.RNODE_CP_TEST_VAR = 'inherited ' + process.pid;
run('/bin/sh', ['-c', 'echo "$RNODE_CP_TEST_VAR"'], undefined, common.mustCall(function(out, err, code) {
  assert.strictEqual(out, 'inherited ' + process.pid + '\n');
  assert.strictEqual(code, 0);
}));
delete process.env.RNODE_CP_TEST_VAR;

// PATH lookup for a bare name.
run('echo', ['found', 'in PATH'], undefined, common.mustCall(function(out, err, code) {
  assert.strictEqual(out, 'found in PATH\n');
  assert.strictEqual(code, 0);
}));

// The lookup uses the PATH of the child's env.
var toolName = 'rnode-cp-tool-' + process.pid;
var tool = path.join(dir, toolName);
fs.writeFileSync(tool, '#!/bin/sh\necho "tool:$*"\n');
fs.chmodSync(tool, parseInt('755', 8));
run(toolName, ['x', 'y'], { env: { PATH: dir } }, common.mustCall(function(out, err, code) {
  fs.unlinkSync(tool);
  assert.strictEqual(out, 'tool:x y\n');
  assert.strictEqual(err, '');
  assert.strictEqual(code, 0);
}));
