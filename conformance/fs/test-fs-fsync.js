// fsync / fsyncSync and fdatasync / fdatasyncSync on an open descriptor; EBADF on a closed one.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-fsync-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
var fd = fs.openSync(file, 'w');
fs.writeSync(fd, new Buffer('synced'), 0, 6, null);
assert.strictEqual(fs.fsyncSync(fd), undefined);
assert.strictEqual(fs.fdatasyncSync(fd), undefined);

fs.fsync(fd, common.mustCall(function(err) {
  assert.ifError(err);
  fs.fdatasync(fd, common.mustCall(function(err) {
    assert.ifError(err);
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'synced');

    assert.throws(function() { fs.fsyncSync(fd); }, function(err) {
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, 'fsync');
      if (common.isRnode) assert.strictEqual(err.errno, 9);
      return true;
    });
    fs.fsync(fd, common.mustCall(function(err) {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'EBADF');
    }));
  }));
}));
