// rnode-only: times no clock can hold are an Error, never a crash (node 20
// passes such times to the kernel as they come).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, 0755); } catch (e) {}
var file = path.join(common.tmpDir, 'utimes-huge-' + process.pid);
fs.writeFileSync(file, 'x');
var fd = fs.openSync(file, 'r+');

assert.throws(function() { fs.utimesSync(file, 1e20, 1e20); }, RangeError);
assert.throws(function() { fs.futimesSync(fd, 1e20, 1e20); }, RangeError);
// NaN, infinities and negatives are the epoch.
fs.utimesSync(file, NaN, -Infinity);
assert.strictEqual(fs.statSync(file).mtime.getTime(), 0);
fs.futimesSync(fd, 1000, 2000);
assert.strictEqual(fs.statSync(file).mtime.getTime(), 2000 * 1000);
// The async form checks its arguments before it starts, as node's do.
assert.throws(function() { fs.utimes(file, 1e20, 1e20, function() {}); }, RangeError);
fs.closeSync(fd);
fs.unlinkSync(file);
