// rnode-only: process.binding('stdio') with a negative descriptor is an
// EBADF error, never a crash or a hung process.
var common = require('../common');
var assert = require('assert');
var stdio = process.binding('stdio');

assert.throws(function() { stdio.writeSync(-1, 'x'); }, function(e) { return e.code === 'EBADF'; });
assert.throws(function() { stdio.writeSync(-5, new Buffer('x')); }, function(e) { return e.code === 'EBADF'; });
assert.throws(function() { stdio.readStart(-1, function() {}); }, function(e) { return e.code === 'EBADF'; });
