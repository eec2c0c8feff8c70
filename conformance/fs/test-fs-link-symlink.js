// link, symlink and readlink (sync and async): hard links share an inode, readlink returns the stored text.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-link-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'linked');

// Hard link, sync.
var hard = path.join(dir, 'hard');
fs.linkSync(file, hard);
assert.strictEqual(fs.statSync(hard).ino, fs.statSync(file).ino);
assert.strictEqual(fs.statSync(file).nlink, 2);
assert.strictEqual(fs.readFileSync(hard, 'utf8'), 'linked');
fs.unlinkSync(file);
assert.strictEqual(fs.readFileSync(hard, 'utf8'), 'linked');
assert.strictEqual(fs.statSync(hard).nlink, 1);
fs.renameSync(hard, file);

// Symbolic link with an absolute target, sync.
var abs = path.join(dir, 'abs');
fs.symlinkSync(file, abs);
assert.strictEqual(fs.readlinkSync(abs), file);
assert.ok(fs.lstatSync(abs).isSymbolicLink());
assert.strictEqual(fs.readFileSync(abs, 'utf8'), 'linked');

// A relative target is stored as written and resolved from the link's directory.
var rel = path.join(dir, 'rel');
fs.symlinkSync('file', rel);
assert.strictEqual(fs.readlinkSync(rel), 'file');
assert.strictEqual(fs.readFileSync(rel, 'utf8'), 'linked');

// A dangling link: lstat works, stat fails.
var dangling = path.join(dir, 'dangling');
fs.symlinkSync('no-such-target', dangling);
assert.strictEqual(fs.readlinkSync(dangling), 'no-such-target');
assert.ok(fs.lstatSync(dangling).isSymbolicLink());
assert.throws(function() { fs.statSync(dangling); },
              function(err) { return err.code === 'ENOENT'; });

// readlink of something that is not a link.
assert.throws(function() { fs.readlinkSync(file); }, function(err) {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'readlink');
  assert.strictEqual(err.path, file);
  if (common.isRnode) assert.strictEqual(err.errno, 22);
  return true;
});

// link over an existing name.
assert.throws(function() { fs.linkSync(file, abs); }, function(err) {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.syscall, 'link');
  return true;
});

// Async forms.
var hard2 = path.join(dir, 'hard2');
fs.link(file, hard2, common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.statSync(hard2).ino, fs.statSync(file).ino);

  var sym2 = path.join(dir, 'sym2');
  fs.symlink('hard2', sym2, common.mustCall(function(err) {
    assert.ifError(err);
    fs.readlink(sym2, common.mustCall(function(err, target) {
      assert.ifError(err);
      assert.strictEqual(target, 'hard2');
      fs.lstat(sym2, common.mustCall(function(err, s) {
        assert.ifError(err);
        assert.ok(s.isSymbolicLink());
      }));
    }));
  }));
}));

var missing = path.join(dir, 'missing');
fs.readlink(missing, common.mustCall(function(err, target) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'readlink');
  assert.strictEqual(err.path, missing);
}));
fs.link(missing, path.join(dir, 'x'), common.mustCall(function(err) {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'link');
  assert.strictEqual(err.path, missing);
}));
