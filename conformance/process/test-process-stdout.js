// process.stdout / stderr are writable streams of the standard fds.
var common = require('../common');
var assert = require('assert');

assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdout.writable, true);
assert.strictEqual(typeof process.stdout.write, 'function');
assert.strictEqual(process.stdout.write(''), true);
assert.strictEqual(process.stdin.fd, 0);
