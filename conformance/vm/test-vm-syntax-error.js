// A syntax error throws a SyntaxError (and is printed to stderr).
var common = require('../common');
var assert = require('assert');
var vm = require('vm');

// A new context's SyntaxError is its own realm's, so compare by name.
function isSyntaxError(err) { return err.name === 'SyntaxError'; }

assert.throws(function() {
  vm.runInNewContext('var x = = 1', {}, 'bad.vm');
}, isSyntaxError);
assert.throws(function() {
  vm.runInThisContext('function (', 'bad2.vm');
}, isSyntaxError);
assert.throws(function() {
  vm.createScript('}{', 'bad3.vm').runInThisContext();
}, isSyntaxError);
