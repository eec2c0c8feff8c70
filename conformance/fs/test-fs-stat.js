// stat/lstat/fstat (sync and async): every fs.Stats field and the seven is...() methods.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var constants = require('constants');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-stat-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'hello stats');  // 11 bytes
fs.chmodSync(file, parseInt('640', 8));
var link = path.join(dir, 'link');
fs.symlinkSync(file, link);
var dirGid = fs.statSync(dir).gid;
var before = Date.now();

var numeric = ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size',
               'blksize', 'blocks'];
var dates = ['atime', 'mtime', 'ctime'];
var kinds = ['isFile', 'isDirectory', 'isBlockDevice', 'isCharacterDevice',
             'isSymbolicLink', 'isFIFO', 'isSocket'];

function checkShape(s) {
  assert.ok(s instanceof fs.Stats);
  numeric.forEach(function(k) {
    assert.strictEqual(typeof s[k], 'number', k);
    assert.ok(s[k] >= 0, k);
  });
  dates.forEach(function(k) {
    assert.ok(s[k] instanceof Date, k + ' is a Date');
    assert.ok(!isNaN(s[k].getTime()), k + ' is a valid Date');
  });
  kinds.forEach(function(k) { assert.strictEqual(typeof s[k], 'function', k); });
}

// Exactly one of the is...() methods is true.
function checkKind(s, kind) {
  kinds.forEach(function(k) {
    assert.strictEqual(s[k](), k === kind, k + '() for a ' + kind + ' entry');
  });
}

function checkFile(s) {
  checkShape(s);
  checkKind(s, 'isFile');
  assert.strictEqual(s.size, 11);
  assert.strictEqual(s.nlink, 1);
  assert.strictEqual(s.mode & constants.S_IFMT, constants.S_IFREG);
  assert.strictEqual(s.mode & parseInt('777', 8), parseInt('640', 8));
  assert.strictEqual(s.uid, process.getuid());
  assert.ok(s.gid === process.getgid() || s.gid === dirGid);
  assert.strictEqual(s.rdev, 0);
  assert.ok(s.blksize > 0);
  // Times are of the file just written: within a minute of now.
  dates.forEach(function(k) {
    assert.ok(Math.abs(s[k].getTime() - before) < 60000, k + ' is recent');
  });
}

// Sync forms.
var st = fs.statSync(file);
checkFile(st);
var lst = fs.lstatSync(file);
checkFile(lst);
assert.strictEqual(lst.ino, st.ino);
var fd = fs.openSync(file, 'r');
var fst = fs.fstatSync(fd);
checkFile(fst);
assert.strictEqual(fst.ino, st.ino);
assert.strictEqual(fst.dev, st.dev);
assert.strictEqual(fst.mtime.getTime(), st.mtime.getTime());

// stat follows the link, lstat does not.
var viaLink = fs.statSync(link);
checkFile(viaLink);
assert.strictEqual(viaLink.ino, st.ino);
var linkSelf = fs.lstatSync(link);
checkShape(linkSelf);
checkKind(linkSelf, 'isSymbolicLink');
assert.notStrictEqual(linkSelf.ino, st.ino);
assert.strictEqual(linkSelf.mode & constants.S_IFMT, constants.S_IFLNK);
assert.strictEqual(linkSelf.size, Buffer.byteLength(file));  // the target's length

var dst = fs.statSync(dir);
checkShape(dst);
checkKind(dst, 'isDirectory');
assert.strictEqual(dst.mode & constants.S_IFMT, constants.S_IFDIR);
assert.ok(dst.nlink >= 2);

// A character device.
if (fs.existsSync('/dev/null')) {
  var nul = fs.statSync('/dev/null');
  checkShape(nul);
  checkKind(nul, 'isCharacterDevice');
  assert.ok(nul.rdev !== 0);
}

// Async forms.
fs.stat(file, common.mustCall(function(err, s) {
  assert.ifError(err);
  checkFile(s);
  assert.strictEqual(s.ino, st.ino);
}));
fs.lstat(link, common.mustCall(function(err, s) {
  assert.ifError(err);
  checkKind(s, 'isSymbolicLink');
  assert.strictEqual(s.ino, linkSelf.ino);
}));
fs.stat(dir, common.mustCall(function(err, s) {
  assert.ifError(err);
  checkKind(s, 'isDirectory');
}));
fs.fstat(fd, common.mustCall(function(err, s) {
  assert.ifError(err);
  checkFile(s);
  fs.closeSync(fd);
}));
