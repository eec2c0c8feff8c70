// vm's timeout option (later Node's): an endless loop in the script is
// stopped with a catchable Error, and the program goes on.
var common = require('../common');
var assert = require('assert');
var vm = require('vm');

assert.throws(function() {
  vm.runInNewContext('while (true) {}', {}, { timeout: 50 });
}, function(err) {
  return /Script execution timed out after 50ms/.test(err.message) &&
         err.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
});

assert.throws(function() {
  vm.runInThisContext('for (;;) {}', { timeout: 20 });
}, /timed out/);

var script = vm.createScript('var n = 0; while (true) { n++; }');
assert.throws(function() { script.runInNewContext({}, { timeout: 20 }); }, /timed out/);

// After a timeout, code runs normally again (the flag is cleared).
assert.equal(vm.runInNewContext('x * 2', { x: 21 }, { timeout: 1000 }), 42);
var loops = 0;
for (var i = 0; i < 100000; i++) loops++;
assert.equal(loops, 100000);

// A timeout that is not a positive number is refused.
assert.throws(function() { vm.runInNewContext('1', {}, { timeout: -1 }); }, RangeError);

// A script that finishes in time is unaffected.
assert.equal(vm.runInNewContext('1 + 1', {}, { timeout: 5000 }), 2);
