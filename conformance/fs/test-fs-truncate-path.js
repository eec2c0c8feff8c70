// fs.truncate / truncateSync given a path instead of a descriptor (Node >= 0.8 also accepts this).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-truncate-path-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'abcdefghij');

fs.truncateSync(file, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');

fs.truncate(file, 1, common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a');

  var missing = path.join(dir, 'missing');
  fs.truncate(missing, 0, common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.path, missing);
  }));
}));
