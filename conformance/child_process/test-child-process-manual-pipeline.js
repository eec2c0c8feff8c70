// The manual's "very elaborate way to run 'ps ax | grep ssh'": ps's stdout
// written into grep's stdin, grep's stdin ended when ps is done. grep looks
// for ps's own line (ps always lists itself), so it surely matches: exit 0.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var ps = spawn('ps', ['ax']);
var grep = spawn('grep', ['-E', '^ *' + ps.pid + ' ']);
var psBytes = 0, psErr = '', grepOut = '', grepErr = '';

assert.ok(ps.pid > 0);
assert.ok(grep.pid > 0);

ps.stdout.on('data', function(data) {
  psBytes += data.length;
  grep.stdin.write(data);
});
ps.stderr.on('data', function(data) { psErr += data; });
// Ended on 'end' of ps's stdout rather than on ps's 'exit', so nothing is
// written after end() under node 20 either (whose 'exit' may come first).
ps.stdout.on('end', common.mustCall(function() { grep.stdin.end(); }));
ps.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

grep.stdout.setEncoding('utf8');
grep.stdout.on('data', function(data) { grepOut += data; });
grep.stderr.on('data', function(data) { grepErr += data; });
grep.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

process.on('exit', function() {
  assert.strictEqual(psErr, '');
  assert.strictEqual(grepErr, '');
  assert.ok(psBytes > 0);
  var lines = grepOut.split('\n');
  assert.strictEqual(lines.length, 2, JSON.stringify(grepOut));
  assert.strictEqual(lines[1], '');
  assert.ok(new RegExp('^ *' + ps.pid + ' .*ps ax$').test(lines[0]), lines[0]);
});
