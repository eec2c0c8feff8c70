// The manual's umask example: returns the old mask.
var common = require('../common');
var assert = require('assert');

var oldmask, newmask = parseInt('0644', 8);
oldmask = process.umask(newmask);
assert.strictEqual(typeof oldmask, 'number');
assert.strictEqual(process.umask(oldmask), newmask);
assert.strictEqual(process.umask(), oldmask);
// Octal strings are accepted too.
var prev = process.umask('0022');
assert.strictEqual(process.umask(prev), parseInt('022', 8));
