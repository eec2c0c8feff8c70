// fs.chmod / chmodSync / fchmod / fchmodSync with numeric and octal-string modes.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-chmod-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

function perms(p) { return fs.statSync(p).mode & parseInt('777', 8); }

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');

fs.chmodSync(file, parseInt('600', 8));
assert.strictEqual(perms(file), parseInt('600', 8));
fs.chmodSync(file, '0751');  // a string is read as octal
assert.strictEqual(perms(file), parseInt('751', 8));

// chmod on a directory.
var sub = path.join(dir, 'sub');
fs.mkdirSync(sub, parseInt('755', 8));
fs.chmodSync(sub, parseInt('700', 8));
assert.strictEqual(perms(sub), parseInt('700', 8));
assert.ok(fs.statSync(sub).isDirectory());

var fd = fs.openSync(file, 'r');
fs.fchmodSync(fd, parseInt('640', 8));
assert.strictEqual(perms(file), parseInt('640', 8));
assert.strictEqual(fs.fstatSync(fd).mode & parseInt('777', 8), parseInt('640', 8));

fs.chmod(file, parseInt('604', 8), common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(perms(file), parseInt('604', 8));

  fs.fchmod(fd, parseInt('444', 8), common.mustCall(function(err) {
    assert.ifError(err);
    assert.strictEqual(perms(file), parseInt('444', 8));
    fs.closeSync(fd);

    var missing = path.join(dir, 'missing');
    fs.chmod(missing, parseInt('644', 8), common.mustCall(function(err) {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'ENOENT');
      assert.strictEqual(err.syscall, 'chmod');
      assert.strictEqual(err.path, missing);
    }));
    assert.throws(function() {
      fs.chmodSync(missing, parseInt('644', 8));
    }, function(err) {
      return err.code === 'ENOENT' && err.syscall === 'chmod' && err.path === missing;
    });
  }));
}));
