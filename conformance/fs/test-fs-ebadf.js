// EBADF: close/fstat/read/write/fsync of a descriptor that is not open
// (never opened, or just closed), sync and async: code, errno, syscall,
// message, no path.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

// A just-closed descriptor's number may be handed out again at any time
// by another thread of the runtime (glibc's malloc opens
// /proc/sys/vm/overcommit_memory for a moment when a thread's heap
// shrinks), so it is only used right after closing it; everything that
// waits uses a number that is never open.
var notOpen = 99999;

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

var closed = fs.openSync(__filename, 'r');
fs.closeSync(closed);
assert.throws(function() { fs.closeSync(closed); }, isEBADF('close'));

assert.throws(function() { fs.closeSync(notOpen); }, isEBADF('close'));
assert.throws(function() { fs.fstatSync(notOpen); }, isEBADF('fstat'));
assert.throws(function() { fs.readSync(notOpen, new Buffer(1), 0, 1, null); }, isEBADF('read'));
assert.throws(function() { fs.writeSync(notOpen, new Buffer(1), 0, 1, null); }, isEBADF('write'));
assert.throws(function() { fs.fsyncSync(notOpen); }, isEBADF('fsync'));

fs.fstat(notOpen, common.mustCall(function(err, stats) {
  isEBADF('fstat')(err);
  assert.strictEqual(stats, undefined);
}));
fs.close(notOpen, common.mustCall(function(err) {
  isEBADF('close')(err);
}));
fs.read(notOpen, new Buffer(1), 0, 1, null, common.mustCall(function(err) {
  isEBADF('read')(err);
}));
fs.write(notOpen, new Buffer(1), 0, 1, null, common.mustCall(function(err) {
  isEBADF('write')(err);
}));
