// process.cwd / chdir, and chdir's error with code, errno, syscall.
var common = require('../common');
var assert = require('assert');
var path = require('path');

var start = process.cwd();
assert.strictEqual(start, path.resolve('.'));
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(start);
assert.strictEqual(process.cwd(), start);

assert.throws(function() {
  process.chdir('/no/such/directory/for/rnode');
}, function(err) {
  return err instanceof Error && err.code === 'ENOENT' &&
         (common.isRnode ? (err.errno === 2 && err.syscall === 'chdir') : true);
});
assert.throws(function() { process.chdir(); }, TypeError);
