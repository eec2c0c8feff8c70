// fs.exists / existsSync (and path.exists / existsSync, which Node 0.4 had and later Node removed).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-exists-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
var missing = path.join(dir, 'missing');
var dangling = path.join(dir, 'dangling');
fs.symlinkSync(missing, dangling);

assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(dir), true);
assert.strictEqual(fs.existsSync(missing), false);
assert.strictEqual(fs.existsSync(path.join(file, 'under-a-file')), false);
assert.strictEqual(fs.existsSync(dangling), false);  // it follows links

fs.exists(file, common.mustCall(function(exists) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(exists, true);
}));
fs.exists(dir, common.mustCall(function(exists) {
  assert.strictEqual(exists, true);
}));
fs.exists(missing, common.mustCall(function(exists) {
  assert.strictEqual(exists, false);
}));

if (common.isRnode) {
  assert.strictEqual(path.existsSync(file), true);
  assert.strictEqual(path.existsSync(missing), false);
  path.exists(file, common.mustCall(function(exists) {
    assert.strictEqual(exists, true);
  }));
  path.exists(missing, common.mustCall(function(exists) {
    assert.strictEqual(exists, false);
  }));
}
