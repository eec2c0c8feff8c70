// appendFile / appendFileSync: creates the file if missing, appends strings (with encodings) and Buffers.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-append-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'sync');
fs.appendFileSync(file, 'one');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'one');
fs.appendFileSync(file, new Buffer(' two'));
fs.appendFileSync(file, '207468726565', 'hex');
fs.appendFileSync(file, ' \u20ac');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'one two three \u20ac');

var afile = path.join(dir, 'async');
fs.writeFileSync(afile, 'start');
fs.appendFile(afile, '+a', common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(afile, 'utf8'), 'start+a');
  fs.appendFile(afile, new Buffer('+b'), common.mustCall(function(err) {
    assert.ifError(err);
    fs.appendFile(afile, 'K2M=', 'base64', common.mustCall(function(err) {
      assert.ifError(err);
      assert.strictEqual(fs.readFileSync(afile, 'utf8'), 'start+a+b+c');
    }));
  }));
}));

var created = path.join(dir, 'created');
fs.appendFile(created, 'new', common.mustCall(function(err) {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(created, 'utf8'), 'new');
}));

var bad = path.join(dir, 'missing-dir', 'x');
fs.appendFile(bad, 'x', common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, bad);
}));
