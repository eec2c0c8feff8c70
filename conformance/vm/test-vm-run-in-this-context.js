// The manual's runInThisContext example: global scope, no locals.
var common = require('../common');
var assert = require('assert');
var vm = require('vm');

var localVar = 123, usingscript, evaled;
usingscript = vm.runInThisContext('localVar = 1;', 'myfile.vm');
evaled = eval('localVar = 1;');
assert.strictEqual(localVar, 1);
assert.strictEqual(usingscript, 1);
assert.strictEqual(evaled, 1);
assert.strictEqual(global.localVar, 1);
delete global.localVar;
assert.strictEqual(vm.runInThisContext('typeof process'), 'object');
