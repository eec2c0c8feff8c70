// fs.truncate / truncateSync with a file descriptor (ftruncate): shrink, extend with zeros.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-truncate-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'abcdefghij');

var fd = fs.openSync(file, 'r+');
fs.truncateSync(fd, 4);
assert.strictEqual(fs.fstatSync(fd).size, 4);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');

// Growing pads with zero bytes.
fs.truncateSync(fd, 6);
var grown = fs.readFileSync(file);
assert.strictEqual(grown.length, 6);
assert.strictEqual(grown.toString('utf8', 0, 4), 'abcd');
assert.strictEqual(grown[4], 0);
assert.strictEqual(grown[5], 0);

fs.truncate(fd, 2, common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab');
  fs.truncate(fd, 0, common.mustCall(function(err) {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(file).size, 0);
    fs.closeSync(fd);

    // A closed descriptor cannot be truncated.
    fs.truncate(fd, 0, common.mustCall(function(err) {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'EBADF');
      if (common.isRnode) assert.strictEqual(err.errno, 9);
    }));
  }));
}));
