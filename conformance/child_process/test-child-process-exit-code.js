// 'exit' (code, signal): a normal end gives the exit status and a null
// signal; a death by signal gives a null code and the signal's name.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

function expectExit(command, args, code, signal) {
  var child = spawn(command, args);
  child.on('exit', common.mustCall(function(c, s) {
    assert.strictEqual(c, code, command + ' ' + args.join(' ') + ': code ' + c);
    assert.strictEqual(s, signal, command + ' ' + args.join(' ') + ': signal ' + s);
  }));
  return child;
}

expectExit('/bin/sh', ['-c', 'exit 7'], 7, null);
expectExit('/bin/sh', ['-c', 'exit 255'], 255, null);
expectExit('/bin/sh', ['-c', 'exit 256'], 0, null);     // status is 8 bits
expectExit('true', [], 0, null);
expectExit('false', [], 1, null);
expectExit('/bin/sh', ['-c', 'kill -KILL $$'], null, 'SIGKILL');
expectExit('/bin/sh', ['-c', 'kill -USR2 $$'], null, 'SIGUSR2');
expectExit('/bin/sh', ['-c', 'kill -INT $$'], null, 'SIGINT');
expectExit('/bin/sh', ['-c', 'kill -TERM $$'], null, 'SIGTERM');
// A shell reporting a signalled child is a plain exit: 128 + 9.
expectExit('/bin/sh', ['-c', 'sh -c "kill -KILL \\$\\$"; exit $?'], 137, null);

// The exit status of a child that wrote output and read input.
var child = expectExit('/bin/sh', ['-c', 'cat; echo err >&2; exit 3'], 3, null);
var out = '', err = '';
child.stdout.on('data', function(d) { out += d; });
child.stderr.on('data', function(d) { err += d; });
child.stdin.end('input\n');
process.on('exit', function() {
  assert.strictEqual(out, 'input\n');
  assert.strictEqual(err, 'err\n');
});
