// read / readSync: buffer form (offset, length, position), position null = current position, EOF; the legacy string form in rnode.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-read-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'abcdefghij');

var fd = fs.openSync(file, 'r');
var buf = new Buffer(10);
buf.fill(0x2e);  // '.'
// Read into the middle of the buffer.
assert.strictEqual(fs.readSync(fd, buf, 2, 3, null), 3);
assert.strictEqual(buf.toString(), '..abc.....');
// null: the next bytes.
assert.strictEqual(fs.readSync(fd, buf, 0, 3, null), 3);
assert.strictEqual(buf.toString('utf8', 0, 3), 'def');
// A position: from there, without moving the current position.
assert.strictEqual(fs.readSync(fd, buf, 0, 2, 8), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), 'ij');
assert.strictEqual(fs.readSync(fd, buf, 0, 2, null), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), 'gh');
// Short read near the end, then 0 at EOF.
assert.strictEqual(fs.readSync(fd, buf, 0, 10, null), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), 'ij');
assert.strictEqual(fs.readSync(fd, buf, 0, 10, null), 0);
assert.strictEqual(fs.readSync(fd, buf, 0, 10, 100), 0);

// Legacy string interface: readSync(fd, length, position, encoding) -> [string, bytesRead].
if (common.isRnode) {
  var r = fs.readSync(fd, 4, 0, 'utf8');
  assert.deepEqual(r, ['abcd', 4]);
  r = fs.readSync(fd, 3, 7, 'ascii');
  assert.deepEqual(r, ['hij', 3]);
  r = fs.readSync(fd, 5, 50, 'utf8');
  assert.deepEqual(r, ['', 0]);
}

// Async: the callback gets (err, bytesRead, buffer).
var abuf = new Buffer(5);
var afd = fs.openSync(file, 'r');
fs.read(afd, abuf, 0, 5, null, common.mustCall(function(err, bytesRead, buffer) {
  assert.ifError(err);
  assert.strictEqual(bytesRead, 5);
  assert.strictEqual(buffer, abuf);
  assert.strictEqual(buffer.toString(), 'abcde');
  fs.read(afd, abuf, 1, 4, null, common.mustCall(function(err, bytesRead, buffer) {
    assert.ifError(err);
    assert.strictEqual(bytesRead, 4);
    assert.strictEqual(buffer.toString(), 'afghi');
    fs.read(afd, abuf, 0, 5, 0, common.mustCall(function(err, bytesRead) {
      assert.ifError(err);
      assert.strictEqual(bytesRead, 5);
      assert.strictEqual(abuf.toString(), 'abcde');
      fs.read(afd, abuf, 0, 5, null, common.mustCall(function(err, bytesRead) {
        assert.ifError(err);
        assert.strictEqual(bytesRead, 1);
        assert.strictEqual(abuf.toString('utf8', 0, 1), 'j');
        fs.read(afd, abuf, 0, 5, null, common.mustCall(function(err, bytesRead) {
          assert.ifError(err);
          assert.strictEqual(bytesRead, 0);
          fs.closeSync(afd);
          legacyAsync();
        }));
      }));
    }));
  }));
}));

// Legacy async string interface: fs.read(fd, length, position, encoding, cb(err, string, bytesRead)).
function legacyAsync() {
  if (!common.isRnode) return fs.closeSync(fd);
  fs.read(fd, 3, 1, 'utf8', common.mustCall(function(err, str, bytesRead) {
    assert.ifError(err);
    assert.strictEqual(str, 'bcd');
    assert.strictEqual(bytesRead, 3);
    fs.closeSync(fd);
  }));
}

// Reading a directory's descriptor fails with EISDIR; a write-only one with EBADF.
var dfd = fs.openSync(dir, 'r');
assert.throws(function() { fs.readSync(dfd, buf, 0, 1, null); }, function(err) {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
  if (common.isRnode) assert.strictEqual(err.errno, 21);
  return true;
});
fs.closeSync(dfd);
var wfd = fs.openSync(path.join(dir, 'wo'), 'w');
fs.read(wfd, buf, 0, 1, null, common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'read');
  fs.closeSync(wfd);
}));
