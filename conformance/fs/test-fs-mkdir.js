// mkdir / mkdirSync: the mode argument (under umask), EEXIST and ENOENT errors.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-mkdir-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var oldMask = process.umask(parseInt('022', 8));
process.on('exit', function() { process.umask(oldMask); });
function perms(p) { return fs.statSync(p).mode & parseInt('777', 8); }

var a = path.join(dir, 'a');
assert.strictEqual(fs.mkdirSync(a, parseInt('755', 8)), undefined);
assert.ok(fs.statSync(a).isDirectory());
assert.strictEqual(perms(a), parseInt('755', 8));
assert.deepEqual(fs.readdirSync(a), []);

// The umask is applied to the mode; a string mode is octal.
var b = path.join(dir, 'b');
fs.mkdirSync(b, parseInt('777', 8));
assert.strictEqual(perms(b), parseInt('755', 8));
var c = path.join(dir, 'c');
fs.mkdirSync(c, '0700');
assert.strictEqual(perms(c), parseInt('700', 8));

assert.throws(function() { fs.mkdirSync(a, parseInt('755', 8)); }, function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.syscall, 'mkdir');
  assert.strictEqual(err.path, a);
  if (common.isRnode) {
    assert.strictEqual(err.errno, 17);
    assert.strictEqual(err.message, "EEXIST, File exists '" + a + "'");
  }
  return true;
});
var deep = path.join(dir, 'no', 'such', 'parent');
assert.throws(function() { fs.mkdirSync(deep, parseInt('755', 8)); }, function(err) {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'mkdir');
  assert.strictEqual(err.path, deep);
  return true;
});

var d = path.join(dir, 'd');
fs.mkdir(d, parseInt('750', 8), common.mustCall(function(err) {
  assert.ifError(err);
  assert.ok(fs.statSync(d).isDirectory());
  assert.strictEqual(perms(d), parseInt('750', 8));
  fs.mkdir(d, parseInt('750', 8), common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'EEXIST');
    assert.strictEqual(err.syscall, 'mkdir');
    assert.strictEqual(err.path, d);
    if (common.isRnode) assert.strictEqual(err.errno, 17);
  }));
}));
