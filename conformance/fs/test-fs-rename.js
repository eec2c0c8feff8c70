// fs.rename / renameSync: files and directories, replacing a target, ENOENT.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-rename-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var a = path.join(dir, 'a'), b = path.join(dir, 'b'), c = path.join(dir, 'c');

// Sync: the contents move, the old name is gone.
fs.writeFileSync(a, 'alpha');
var ino = fs.statSync(a).ino;
assert.strictEqual(fs.renameSync(a, b), undefined);
assert.strictEqual(fs.existsSync(a), false);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'alpha');
assert.strictEqual(fs.statSync(b).ino, ino);

// Sync: renaming over an existing file replaces it.
fs.writeFileSync(c, 'old contents of c');
fs.renameSync(b, c);
assert.strictEqual(fs.readFileSync(c, 'utf8'), 'alpha');
assert.strictEqual(fs.existsSync(b), false);

// Sync: a directory with its contents.
var d1 = path.join(dir, 'd1'), d2 = path.join(dir, 'd2');
fs.mkdirSync(d1, parseInt('755', 8));
fs.writeFileSync(path.join(d1, 'inner'), 'x');
fs.renameSync(d1, d2);
assert.deepEqual(fs.readdirSync(d2), ['inner']);
assert.strictEqual(fs.existsSync(d1), false);

// Sync error: the missing source is the error's path.
var missing = path.join(dir, 'missing');
assert.throws(function() {
  fs.renameSync(missing, path.join(dir, 'nowhere'));
}, function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'rename');
  assert.strictEqual(err.path, missing);
  if (common.isRnode) {
    assert.strictEqual(err.errno, 2);
    assert.strictEqual(err.message, "ENOENT, No such file or directory '" + missing + "'");
  }
  return true;
});

// Async.
fs.rename(c, a, common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.existsSync(c), false);
  assert.strictEqual(fs.readFileSync(a, 'utf8'), 'alpha');

  fs.rename(missing, b, common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'rename');
    assert.strictEqual(err.path, missing);
    if (common.isRnode) assert.strictEqual(err.errno, 2);
    assert.strictEqual(fs.existsSync(b), false);
  }));
}));
