// readdir / readdirSync: every name once, no '.' or '..'; ENOENT and ENOTDIR.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-readdir-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var names = ['a.txt', 'b', '.hidden', 'sub', 'caf\u00e9', 'link'];
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.writeFileSync(path.join(dir, 'b'), 'b');
fs.writeFileSync(path.join(dir, '.hidden'), 'h');
fs.mkdirSync(path.join(dir, 'sub'), parseInt('755', 8));
fs.writeFileSync(path.join(dir, 'sub', 'nested'), 'n');
fs.writeFileSync(path.join(dir, 'caf\u00e9'), 'c');
fs.symlinkSync('a.txt', path.join(dir, 'link'));
var expected = names.slice().sort();

var list = fs.readdirSync(dir);
assert.ok(Array.isArray(list));
assert.deepEqual(list.slice().sort(), expected);
assert.strictEqual(list.indexOf('.'), -1);
assert.strictEqual(list.indexOf('..'), -1);
assert.deepEqual(fs.readdirSync(path.join(dir, 'sub')), ['nested']);
var empty = path.join(dir, 'sub2');
fs.mkdirSync(empty, parseInt('755', 8));
assert.deepEqual(fs.readdirSync(empty), []);
expected = expected.concat('sub2').sort();

var missing = path.join(dir, 'missing');
var file = path.join(dir, 'a.txt');
// Node 0.4 did not name the syscall on fs errors; modern Node calls it 'scandir'.
function check(err, code, errno, p) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.syscall, 'scandir');
  assert.strictEqual(err.path, p);
  if (common.isRnode) assert.strictEqual(err.errno, errno);
  return true;
}
assert.throws(function() { fs.readdirSync(missing); },
              function(err) { return check(err, 'ENOENT', 2, missing); });
assert.throws(function() { fs.readdirSync(file); },
              function(err) { return check(err, 'ENOTDIR', 20, file); });

fs.readdir(dir, common.mustCall(function(err, files) {
  assert.ifError(err);
  assert.deepEqual(files.slice().sort(), expected);
}));
fs.readdir(empty, common.mustCall(function(err, files) {
  assert.ifError(err);
  assert.deepEqual(files, []);
}));
fs.readdir(missing, common.mustCall(function(err, files) {
  check(err, 'ENOENT', 2, missing);
}));
fs.readdir(file, common.mustCall(function(err, files) {
  check(err, 'ENOTDIR', 20, file);
}));
