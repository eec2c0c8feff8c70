// utimes / utimesSync / futimes / futimesSync with seconds and Dates, checked through stat's atime and mtime.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-utimes-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'times');

function check(atimeSec, mtimeSec) {
  var s = fs.statSync(file);
  assert.ok(s.mtime instanceof Date);
  assert.strictEqual(s.atime.getTime(), atimeSec * 1000);
  assert.strictEqual(s.mtime.getTime(), mtimeSec * 1000);
}

// Seconds since the epoch.
assert.strictEqual(fs.utimesSync(file, 1000000000, 1100000000), undefined);
check(1000000000, 1100000000);
// Dates.
fs.utimesSync(file, new Date(1200000000 * 1000), new Date(1300000000 * 1000));
check(1200000000, 1300000000);

var fd = fs.openSync(file, 'r');
assert.strictEqual(fs.futimesSync(fd, 900000000, 950000000), undefined);
check(900000000, 950000000);
assert.strictEqual(fs.fstatSync(fd).mtime.getTime(), 950000000 * 1000);

fs.utimes(file, 1234567890, 1234567891, common.mustCall(function(err) {
  assert.ifError(err);
  check(1234567890, 1234567891);
  fs.futimes(fd, new Date(1400000000000), new Date(1400000001000), common.mustCall(function(err) {
    assert.ifError(err);
    check(1400000000, 1400000001);
    fs.closeSync(fd);

    var missing = path.join(dir, 'missing');
    fs.utimes(missing, 1, 1, common.mustCall(function(err) {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'ENOENT');
      assert.strictEqual(err.syscall, 'utime');
      assert.strictEqual(err.path, missing);
    }));
    assert.throws(function() { fs.utimesSync(missing, 1, 1); },
                  function(err) { return err.code === 'ENOENT' && err.path === missing; });
  }));
}));
