// readFile / readFileSync: a Buffer without encoding, a string with one; empty and multi-chunk files; ENOENT and EISDIR.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-readfile-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var text = 'caf\u00e9 \u20ac \ud83d\ude00\n';
var file = path.join(dir, 'text');
fs.writeFileSync(file, text);
var empty = path.join(dir, 'empty');
fs.writeFileSync(empty, '');

// A large file: more than one read of any sensible chunk size, in a pattern
// whose period (251) does not divide the chunk sizes.
var big = new Buffer(200 * 1024 + 7);
for (var i = 0; i < 251; i++) big[i] = i;
for (var off = 251; off < big.length; off += 251) big.copy(big, off, 0, Math.min(251, big.length - off));
var bigFile = path.join(dir, 'big');
fs.writeFileSync(bigFile, big);

// Sync.
var b = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(b));
assert.strictEqual(b.length, Buffer.byteLength(text));
assert.strictEqual(b.toString(), text);
assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
assert.strictEqual(fs.readFileSync(file, 'hex'), new Buffer(text).toString('hex'));
var e = fs.readFileSync(empty);
assert.ok(Buffer.isBuffer(e));
assert.strictEqual(e.length, 0);
assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');
var bb = fs.readFileSync(bigFile);
assert.strictEqual(bb.length, big.length);
assert.strictEqual(bb.toString('base64'), big.toString('base64'));

// Async.
fs.readFile(file, common.mustCall(function(err, data) {
  assert.ifError(err);
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.toString(), text);
}));
fs.readFile(file, 'utf8', common.mustCall(function(err, data) {
  assert.ifError(err);
  assert.strictEqual(data, text);
}));
fs.readFile(empty, common.mustCall(function(err, data) {
  assert.ifError(err);
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.length, 0);
}));
fs.readFile(empty, 'utf8', common.mustCall(function(err, data) {
  assert.ifError(err);
  assert.strictEqual(data, '');
}));
fs.readFile(bigFile, common.mustCall(function(err, data) {
  assert.ifError(err);
  assert.strictEqual(data.length, big.length);
  assert.strictEqual(data.toString('base64'), big.toString('base64'));
}));
fs.readFile(bigFile, 'base64', common.mustCall(function(err, data) {
  assert.ifError(err);
  assert.strictEqual(data, big.toString('base64'));
}));

// Errors.
var missing = path.join(dir, 'missing');
assert.throws(function() { fs.readFileSync(missing); }, function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  if (common.isRnode) {
    assert.strictEqual(err.errno, 2);
    assert.strictEqual(err.message, "ENOENT, No such file or directory '" + missing + "'");
  }
  return true;
});
fs.readFile(missing, common.mustCall(function(err, data) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  if (common.isRnode) assert.strictEqual(err.errno, 2);
}));
fs.readFile(missing, 'utf8', common.mustCall(function(err, data) {
  assert.strictEqual(err.code, 'ENOENT');
}));
// A directory opens for reading, but reading it fails.
assert.throws(function() { fs.readFileSync(dir); }, function(err) {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
  if (common.isRnode) {
    assert.strictEqual(err.errno, 21);
    assert.strictEqual(err.message, 'EISDIR, Is a directory');
  }
  return true;
});
fs.readFile(dir, common.mustCall(function(err, data) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'EISDIR');
}));
