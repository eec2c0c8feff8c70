// argv[0] names the runtime, argv[1] is the absolute script path.
var common = require('../common');
var assert = require('assert');
var path = require('path');

assert.ok(Array.isArray(process.argv));
assert.ok(process.argv.length >= 2);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.basename(process.argv[0]).length > 0);
// The manual's listing prints "index: value" lines.
var lines = [];
process.argv.forEach(function(val, index, array) {
  lines.push(index + ': ' + val);
});
assert.equal(lines[1], '1: ' + __filename);
