// open / openSync / close / closeSync with flags 'r' 'r+' 'w' 'w+' 'a' 'a+', numeric flags from require('constants'), and mode.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var constants = require('constants');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-open-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var oldMask = process.umask(0);
process.on('exit', function() { process.umask(oldMask); });

function reset(name, contents) {
  var p = path.join(dir, name);
  fs.writeFileSync(p, contents);
  return p;
}
function read(p) { return fs.readFileSync(p, 'utf8'); }
function readFrom(fd, position, length) {
  var buf = new Buffer(length);
  var n = fs.readSync(fd, buf, 0, length, position);
  return buf.toString('utf8', 0, n);
}
function write(fd, str) {
  var buf = new Buffer(str);
  return fs.writeSync(fd, buf, 0, buf.length, null);
}
function isEBADF(err) { return err instanceof Error && err.code === 'EBADF'; }
function isENOENT(err) { return err instanceof Error && err.code === 'ENOENT'; }

// 'r': read only; the file must exist.
var p = reset('r', 'read me');
var fd = fs.openSync(p, 'r');
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(readFrom(fd, 0, 100), 'read me');
assert.throws(function() { write(fd, 'x'); }, isEBADF);
assert.strictEqual(fs.closeSync(fd), undefined);
assert.throws(function() { fs.openSync(path.join(dir, 'nope'), 'r'); }, isENOENT);

// 'r+': read and write, no truncation; the file must exist.
p = reset('rplus', 'abcdef');
fd = fs.openSync(p, 'r+');
assert.strictEqual(write(fd, 'XY'), 2);
assert.strictEqual(readFrom(fd, 0, 100), 'XYcdef');
fs.closeSync(fd);
assert.strictEqual(read(p), 'XYcdef');
assert.throws(function() { fs.openSync(path.join(dir, 'nope'), 'r+'); }, isENOENT);

// 'w': write only, created or truncated.
p = reset('w', 'long old contents');
fd = fs.openSync(p, 'w');
assert.strictEqual(fs.fstatSync(fd).size, 0);
write(fd, 'new');
assert.throws(function() { readFrom(fd, 0, 10); }, isEBADF);
fs.closeSync(fd);
assert.strictEqual(read(p), 'new');
var created = path.join(dir, 'w-created');
fd = fs.openSync(created, 'w');
fs.closeSync(fd);
assert.strictEqual(read(created), '');
assert.strictEqual(fs.statSync(created).mode & parseInt('777', 8), parseInt('666', 8));

// 'w+': read and write, created or truncated.
p = reset('wplus', 'old old old');
fd = fs.openSync(p, 'w+');
write(fd, 'fresh');
assert.strictEqual(readFrom(fd, 0, 100), 'fresh');
fs.closeSync(fd);
fd = fs.openSync(path.join(dir, 'wplus-created'), 'w+');
fs.closeSync(fd);

// 'a': append only, created if missing.
p = reset('a', 'start');
fd = fs.openSync(p, 'a');
write(fd, '-more');
assert.throws(function() { readFrom(fd, 0, 10); }, isEBADF);
fs.closeSync(fd);
assert.strictEqual(read(p), 'start-more');
var appended = path.join(dir, 'a-created');
fd = fs.openSync(appended, 'a');
write(fd, 'one');
fs.closeSync(fd);
fd = fs.openSync(appended, 'a');
write(fd, 'two');
fs.closeSync(fd);
assert.strictEqual(read(appended), 'onetwo');

// 'a+': read anywhere, writes always go to the end.
p = reset('aplus', 'head');
fd = fs.openSync(p, 'a+');
assert.strictEqual(readFrom(fd, 0, 100), 'head');
write(fd, '+tail');
assert.strictEqual(readFrom(fd, 0, 100), 'head+tail');
fs.closeSync(fd);
assert.strictEqual(read(p), 'head+tail');

// Numeric flags.
p = reset('numeric', 'zzzzzzzz');
fd = fs.openSync(p, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC);
write(fd, 'num');
fs.closeSync(fd);
assert.strictEqual(read(p), 'num');
fd = fs.openSync(p, constants.O_RDONLY);
assert.strictEqual(readFrom(fd, 0, 10), 'num');
fs.closeSync(fd);
fd = fs.openSync(p, constants.O_RDWR | constants.O_APPEND);
write(fd, '!');
assert.strictEqual(readFrom(fd, 0, 10), 'num!');
fs.closeSync(fd);

// mode applies when the file is created (umask is 0 here).
var m1 = path.join(dir, 'mode600');
fs.closeSync(fs.openSync(m1, 'w', parseInt('600', 8)));
assert.strictEqual(fs.statSync(m1).mode & parseInt('777', 8), parseInt('600', 8));
var m2 = path.join(dir, 'mode640');
fs.closeSync(fs.openSync(m2, 'w', '0640'));
assert.strictEqual(fs.statSync(m2).mode & parseInt('777', 8), parseInt('640', 8));
// ... and not when it already exists.
fs.closeSync(fs.openSync(m2, 'w', parseInt('777', 8)));
assert.strictEqual(fs.statSync(m2).mode & parseInt('777', 8), parseInt('640', 8));

// Async forms, with and without mode.
var ap = reset('async', 'async data');
fs.open(ap, 'r', common.mustCall(function(err, fd) {
  assert.ifError(err);
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(readFrom(fd, 0, 100), 'async data');
  fs.close(fd, common.mustCall(function(err) {
    assert.ifError(err);
  }));
}));
var am = path.join(dir, 'async-mode');
fs.open(am, 'w+', parseInt('604', 8), common.mustCall(function(err, fd) {
  assert.ifError(err);
  write(fd, 'w+');
  assert.strictEqual(readFrom(fd, 0, 10), 'w+');
  fs.close(fd, common.mustCall(function(err) {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(am).mode & parseInt('777', 8), parseInt('604', 8));
  }));
}));
fs.open(ap, 'a', parseInt('666', 8), common.mustCall(function(err, fd) {
  assert.ifError(err);
  fs.closeSync(fd);
}));
var missing = path.join(dir, 'missing');
fs.open(missing, 'r', common.mustCall(function(err, fd) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  if (common.isRnode) {
    assert.strictEqual(err.errno, 2);
    assert.strictEqual(err.message, "ENOENT, No such file or directory '" + missing + "'");
  }
}));

// An unknown flag string is an error.
assert.throws(function() { fs.openSync(ap, 'bogus'); }, function(err) {
  assert.ok(err instanceof Error);
  if (common.isRnode) assert.strictEqual(err.message, 'Unknown file open flag: bogus');
  return true;
});
