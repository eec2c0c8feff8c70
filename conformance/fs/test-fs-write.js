// write / writeSync: buffer form (offset, length, position), string form (position, encoding), position null = current position.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-write-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

// Sync buffer form: only buffer[offset, offset + length) is written.
var file = path.join(dir, 'sync');
var fd = fs.openSync(file, 'w');
var buf = new Buffer('0123456789');
assert.strictEqual(fs.writeSync(fd, buf, 2, 5, null), 5);     // '23456'
assert.strictEqual(fs.writeSync(fd, buf, 0, 1, null), 1);     // '0' after it
assert.strictEqual(fs.readFileSync(file, 'utf8'), '234560');
// An explicit position writes there and leaves the current position alone.
assert.strictEqual(fs.writeSync(fd, new Buffer('AB'), 0, 2, 0), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'AB4560');
fs.writeSync(fd, new Buffer('!'), 0, 1, null);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'AB4560!');
// Writing past the end leaves a hole of zero bytes.
fs.writeSync(fd, new Buffer('Z'), 0, 1, 9);
var holed = fs.readFileSync(file);
assert.strictEqual(holed.length, 10);
assert.strictEqual(holed[7], 0);
assert.strictEqual(holed[8], 0);
assert.strictEqual(holed.toString('utf8', 9), 'Z');
fs.closeSync(fd);

// Sync string form: returns bytes, not characters.
var sfile = path.join(dir, 'sync-string');
fd = fs.openSync(sfile, 'w');
assert.strictEqual(fs.writeSync(fd, 'h\u00e9llo \u20ac', null, 'utf8'), 10);
assert.strictEqual(fs.writeSync(fd, '616263', null, 'hex'), 3);
assert.strictEqual(fs.writeSync(fd, 'ZGVm', null, 'base64'), 3);
assert.strictEqual(fs.writeSync(fd, 'tail'), 4);                  // encoding defaults to utf8
assert.strictEqual(fs.writeSync(fd, 'H', 0, 'utf8'), 1);          // positioned
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(sfile, 'utf8'), 'H\u00e9llo \u20acabcdeftail');

// Async buffer form: the callback gets (err, written, buffer).
var afile = path.join(dir, 'async');
var afd = fs.openSync(afile, 'w+');
var data = new Buffer('hello, world');
fs.write(afd, data, 0, 5, null, common.mustCall(function(err, written, buffer) {
  assert.ifError(err);
  assert.strictEqual(written, 5);
  assert.strictEqual(buffer, data);
  fs.write(afd, data, 5, 7, null, common.mustCall(function(err, written) {
    assert.ifError(err);
    assert.strictEqual(written, 7);
    assert.strictEqual(fs.readFileSync(afile, 'utf8'), 'hello, world');
    fs.write(afd, new Buffer('J'), 0, 1, 0, common.mustCall(function(err, written) {
      assert.ifError(err);
      assert.strictEqual(written, 1);
      assert.strictEqual(fs.readFileSync(afile, 'utf8'), 'Jello, world');
      asyncString();
    }));
  }));
}));

// Async string form: fs.write(fd, string, position, encoding, callback).
function asyncString() {
  fs.write(afd, '!\u00e9', null, 'utf8', common.mustCall(function(err, written, third) {
    assert.ifError(err);
    assert.strictEqual(written, 3);
    // Node 0.4 passes the Buffer it made from the string; modern Node passes the string.
    if (common.isRnode) assert.ok(Buffer.isBuffer(third));
    fs.write(afd, '2a2a', 0, 'hex', common.mustCall(function(err, written) {
      assert.ifError(err);
      assert.strictEqual(written, 2);
      fs.closeSync(afd);
      assert.strictEqual(fs.readFileSync(afile, 'utf8'), '**llo, world!\u00e9');
    }));
  }));
}

// Writing to a descriptor opened read-only fails with EBADF.
var rfd = fs.openSync(file, 'r');
assert.throws(function() {
  fs.writeSync(rfd, new Buffer('x'), 0, 1, null);
}, function(err) {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'write');
  if (common.isRnode) assert.strictEqual(err.errno, 9);
  return true;
});
fs.write(rfd, new Buffer('x'), 0, 1, null, common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'EBADF');
  fs.closeSync(rfd);
}));
