// EBADF: closeSync/close of a descriptor that is not open, fstat/read/fsync of a closed one; code, errno, syscall, message, no path.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

// Nothing else in this test opens files while these run, so a closed
// descriptor's number is not handed out again underneath it. (The async
// calls below are started only after the first one has run: a runtime may
// open descriptors of its own on its first async call.)
var notOpen = 99999;
var closed;

function isEBADF(syscall) {
  return function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.path, undefined);
    if (common.isRnode) {
      assert.strictEqual(err.errno, 9);
      assert.strictEqual(err.message, 'EBADF, Bad file descriptor');
    } else {
      assert.strictEqual(err.errno, -9);
    }
    return true;
  };
}

fs.stat(__filename, common.mustCall(function() {
closed = fs.openSync(__filename, 'r');
fs.closeSync(closed);
assert.throws(function() { fs.closeSync(notOpen); }, isEBADF('close'));
assert.throws(function() { fs.closeSync(closed); }, isEBADF('close'));
assert.throws(function() { fs.fstatSync(closed); }, isEBADF('fstat'));
assert.throws(function() { fs.readSync(closed, new Buffer(1), 0, 1, null); }, isEBADF('read'));
assert.throws(function() { fs.writeSync(closed, new Buffer(1), 0, 1, null); }, isEBADF('write'));
assert.throws(function() { fs.fsyncSync(closed); }, isEBADF('fsync'));

// Async: one at a time.
fs.fstat(closed, common.mustCall(function(err, stats) {
  isEBADF('fstat')(err);
  assert.strictEqual(stats, undefined);
  fs.close(notOpen, common.mustCall(function(err) {
    isEBADF('close')(err);
    fs.read(closed, new Buffer(1), 0, 1, null, common.mustCall(function(err) {
      isEBADF('read')(err);
    }));
  }));
}));
}));
