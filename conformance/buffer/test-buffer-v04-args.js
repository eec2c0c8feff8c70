// rnode-only
// Node 0.4's argument rules: write()'s offset is anything numeric (a
// numeric string too) and the encoding may come second; copy() refuses a
// start outside its buffer or an end past the source.
var common = require('../common');
var assert = require('assert');

var b = new Buffer('abcdes');
b.write('d', '2', 'ascii');
assert.strictEqual(b.toString(), 'abddes');

var c = new Buffer('xxxxxxxx');
c.write('abcd', 'utf8', 1, 2);
assert.strictEqual(c.toString(), 'xabxxxxx');

var big = new Buffer(1024), small = new Buffer(512);
assert.strictEqual(big.copy(small, 0, 10, 10), 0);
assert.throws(function() { big.copy(small, 512, 0, 10); }, /targetStart out of bounds/);
assert.throws(function() { big.copy(small, 0, 1024, 1025); }, /sourceStart out of bounds/);
assert.throws(function() { big.copy(small, 0, 1023, 1025); }, /sourceEnd out of bounds/);
assert.throws(function() { big.copy(small, 0, 10, 5); }, /sourceEnd < sourceStart/);
