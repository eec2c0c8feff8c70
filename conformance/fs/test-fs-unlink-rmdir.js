// unlink / unlinkSync and rmdir / rmdirSync: removal, and ENOENT, ENOTEMPTY, ENOTDIR errors.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-unlink-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

function checkErr(err, code, errno, syscall, p) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.path, p);
  if (common.isRnode) assert.strictEqual(err.errno, errno);
  return true;
}

var f1 = path.join(dir, 'f1'), f2 = path.join(dir, 'f2');
var d1 = path.join(dir, 'd1'), d2 = path.join(dir, 'd2');
fs.writeFileSync(f1, '1');
fs.writeFileSync(f2, '2');
fs.mkdirSync(d1, parseInt('755', 8));
fs.mkdirSync(d2, parseInt('755', 8));

// Sync.
assert.strictEqual(fs.unlinkSync(f1), undefined);
assert.strictEqual(fs.existsSync(f1), false);
assert.throws(function() { fs.unlinkSync(f1); },
              function(err) { return checkErr(err, 'ENOENT', 2, 'unlink', f1); });
assert.strictEqual(fs.rmdirSync(d1), undefined);
assert.strictEqual(fs.existsSync(d1), false);
assert.throws(function() { fs.rmdirSync(d1); },
              function(err) { return checkErr(err, 'ENOENT', 2, 'rmdir', d1); });
// rmdir refuses a directory with something in it, and a file.
fs.writeFileSync(path.join(d2, 'inside'), 'x');
assert.throws(function() { fs.rmdirSync(d2); },
              function(err) { return checkErr(err, 'ENOTEMPTY', 39, 'rmdir', d2); });
assert.throws(function() { fs.rmdirSync(f2); },
              function(err) { return checkErr(err, 'ENOTDIR', 20, 'rmdir', f2); });
// Unlinking a symlink removes the link, not its target.
var link = path.join(dir, 'link');
fs.symlinkSync(f2, link);
fs.unlinkSync(link);
assert.strictEqual(fs.readFileSync(f2, 'utf8'), '2');

// Async.
fs.unlink(f2, common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.existsSync(f2), false);
  fs.unlink(f2, common.mustCall(function(err) {
    checkErr(err, 'ENOENT', 2, 'unlink', f2);
  }));
}));
fs.rmdir(d2, common.mustCall(function(err) {
  checkErr(err, 'ENOTEMPTY', 39, 'rmdir', d2);
  fs.unlinkSync(path.join(d2, 'inside'));
  fs.rmdir(d2, common.mustCall(function(err) {
    assert.ifError(err);
    assert.strictEqual(fs.existsSync(d2), false);
    fs.rmdir(d2, common.mustCall(function(err) {
      checkErr(err, 'ENOENT', 2, 'rmdir', d2);
    }));
  }));
}));
