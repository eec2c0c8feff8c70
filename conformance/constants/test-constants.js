// require('constants') exposes errno, signal and fs numbers from the OS.
var common = require('../common');
var assert = require('assert');
var constants = require('constants');

assert.strictEqual(constants.ENOENT, 2);
assert.strictEqual(constants.EACCES, 13);
assert.strictEqual(constants.SIGINT, 2);
assert.strictEqual(constants.SIGTERM, 15);
assert.strictEqual(constants.SIGKILL, 9);
assert.strictEqual(constants.O_RDONLY, 0);
assert.strictEqual(typeof constants.O_CREAT, 'number');
assert.strictEqual(typeof constants.O_TRUNC, 'number');
assert.strictEqual(constants.S_IFMT, parseInt('170000', 8));
assert.strictEqual(constants.S_IFDIR, parseInt('40000', 8));
