// OS errors from fs: ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY with code, errno, syscall, path and message; async ones reach the callback, sync ones are thrown.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-errors-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var missing = path.join(dir, 'missing');
var file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
var full = path.join(dir, 'full');
fs.mkdirSync(full, parseInt('755', 8));
fs.writeFileSync(path.join(full, 'child'), 'x');

// errno number and strerror(3) text as Node 0.4 (glibc) reported them.
var table = {
  ENOENT: [2, 'No such file or directory'],
  EEXIST: [17, 'File exists'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  ENOTEMPTY: [39, 'Directory not empty']
};

function checker(code, syscall, p) {
  return function(err) {
    assert.ok(err instanceof Error, 'an Error');
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.path, p);
    if (common.isRnode) {
      // Node 0.4: positive errno; "CODE, strerror 'path'".
      assert.strictEqual(err.errno, table[code][0]);
      assert.strictEqual(err.message,
          code + ', ' + table[code][1] + (p === undefined ? '' : " '" + p + "'"));
    } else {
      assert.strictEqual(err.errno, -table[code][0]);
    }
    return true;
  };
}

function syncThrows(fn, code, syscall, p) {
  assert.throws(fn, checker(code, syscall, p));
}
function asyncFails(method, args, code, syscall, p) {
  fs[method].apply(fs, args.concat(common.mustCall(function(err, value) {
    checker(code, syscall, p)(err);
    assert.strictEqual(value, undefined);
  })));
}

// ENOENT
syncThrows(function() { fs.statSync(missing); }, 'ENOENT', 'stat', missing);
syncThrows(function() { fs.lstatSync(missing); }, 'ENOENT', 'lstat', missing);
syncThrows(function() { fs.openSync(missing, 'r'); }, 'ENOENT', 'open', missing);
syncThrows(function() { fs.readFileSync(missing); }, 'ENOENT', 'open', missing);
syncThrows(function() { fs.unlinkSync(missing); }, 'ENOENT', 'unlink', missing);
syncThrows(function() { fs.rmdirSync(missing); }, 'ENOENT', 'rmdir', missing);
syncThrows(function() { fs.readdirSync(missing); }, 'ENOENT', 'scandir', missing);
syncThrows(function() { fs.readlinkSync(missing); }, 'ENOENT', 'readlink', missing);
asyncFails('stat', [missing], 'ENOENT', 'stat', missing);
asyncFails('lstat', [missing], 'ENOENT', 'lstat', missing);
asyncFails('open', [missing, 'r'], 'ENOENT', 'open', missing);
asyncFails('readFile', [missing], 'ENOENT', 'open', missing);
asyncFails('unlink', [missing], 'ENOENT', 'unlink', missing);
asyncFails('rmdir', [missing], 'ENOENT', 'rmdir', missing);
asyncFails('readdir', [missing], 'ENOENT', 'scandir', missing);
// A missing parent directory.
var orphan = path.join(missing, 'child');
syncThrows(function() { fs.openSync(orphan, 'w'); }, 'ENOENT', 'open', orphan);
asyncFails('open', [orphan, 'w'], 'ENOENT', 'open', orphan);

// EEXIST
syncThrows(function() { fs.mkdirSync(full, parseInt('755', 8)); }, 'EEXIST', 'mkdir', full);
syncThrows(function() { fs.mkdirSync(file, parseInt('755', 8)); }, 'EEXIST', 'mkdir', file);
asyncFails('mkdir', [full, parseInt('755', 8)], 'EEXIST', 'mkdir', full);

// ENOTDIR
syncThrows(function() { fs.readdirSync(file); }, 'ENOTDIR', 'scandir', file);
asyncFails('readdir', [file], 'ENOTDIR', 'scandir', file);
var underFile = path.join(file, 'x');
syncThrows(function() { fs.statSync(underFile); }, 'ENOTDIR', 'stat', underFile);
syncThrows(function() { fs.rmdirSync(file); }, 'ENOTDIR', 'rmdir', file);

// EISDIR: reading a directory's contents (no path: it is the read that fails),
// opening one for writing.
syncThrows(function() { fs.readFileSync(dir); }, 'EISDIR', 'read', undefined);
syncThrows(function() { fs.openSync(dir, 'w'); }, 'EISDIR', 'open', dir);
syncThrows(function() { fs.openSync(dir, 'r+'); }, 'EISDIR', 'open', dir);
asyncFails('open', [dir, 'w'], 'EISDIR', 'open', dir);
fs.readFile(dir, common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'EISDIR');
  if (common.isRnode) assert.strictEqual(err.errno, 21);
}));

// ENOTEMPTY
syncThrows(function() { fs.rmdirSync(full); }, 'ENOTEMPTY', 'rmdir', full);
asyncFails('rmdir', [full], 'ENOTEMPTY', 'rmdir', full);
