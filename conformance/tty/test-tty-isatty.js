// tty.isatty: false for what the test runner gives (pipes, /dev/null) and
// for descriptors that are not open; process.stdout.isTTY agrees.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var tty = require('tty');

assert.strictEqual(tty.isatty(0), false);
assert.strictEqual(tty.isatty(1), false);
assert.strictEqual(tty.isatty(2), false);
assert.ok(!process.stdout.isTTY);
assert.strictEqual(tty.isatty(9999), false);
assert.strictEqual(tty.isatty(-1), false);
var fd = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(fd), false);
fs.closeSync(fd);
