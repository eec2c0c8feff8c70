// Exceptions thrown from timer callbacks reach 'uncaughtException' too.
var common = require('../common');
var assert = require('assert');

var errors = [];
process.on('uncaughtException', function(err) { errors.push(err.message); });
setTimeout(function() { throw new Error('first'); }, 1);
setTimeout(function() { throw new TypeError('second'); }, 5);
process.on('exit', function() {
  assert.deepEqual(errors, ['first', 'second']);
});
