// chown / fchown / lchown (sync and async) to the current uid and gid; lchown changes the link, not its target.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-chown-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var uid = process.getuid(), gid = process.getgid();
var file = path.join(dir, 'file');
fs.writeFileSync(file, 'owned');
var link = path.join(dir, 'link');
fs.symlinkSync(file, link);

function owner(s) { return [s.uid, s.gid]; }

assert.strictEqual(fs.chownSync(file, uid, gid), undefined);
assert.deepEqual(owner(fs.statSync(file)), [uid, gid]);

var fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fchownSync(fd, uid, gid), undefined);
assert.deepEqual(owner(fs.fstatSync(fd)), [uid, gid]);

assert.strictEqual(fs.lchownSync(link, uid, gid), undefined);
assert.deepEqual(owner(fs.lstatSync(link)), [uid, gid]);

fs.chown(file, uid, gid, common.mustCall(function(err) {
  assert.ifError(err);
  assert.deepEqual(owner(fs.statSync(file)), [uid, gid]);
  fs.fchown(fd, uid, gid, common.mustCall(function(err) {
    assert.ifError(err);
    fs.closeSync(fd);
    fs.lchown(link, uid, gid, common.mustCall(function(err) {
      assert.ifError(err);
      assert.deepEqual(owner(fs.lstatSync(link)), [uid, gid]);
    }));
  }));
}));

// Root can give a file away; lchown then leaves the target alone.
if (uid === 0) {
  fs.lchownSync(link, 1, 1);
  assert.deepEqual(owner(fs.lstatSync(link)), [1, 1]);
  assert.deepEqual(owner(fs.statSync(file)), [0, gid]);
  fs.chownSync(link, 2, 2);  // follows the link
  assert.deepEqual(owner(fs.statSync(file)), [2, 2]);
  assert.deepEqual(owner(fs.lstatSync(link)), [1, 1]);
  fs.chownSync(file, uid, gid);
}

var missing = path.join(dir, 'missing');
fs.chown(missing, uid, gid, common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chown');
  assert.strictEqual(err.path, missing);
}));
assert.throws(function() { fs.chownSync(missing, uid, gid); },
              function(err) { return err.code === 'ENOENT' && err.syscall === 'chown'; });
