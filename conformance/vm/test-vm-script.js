// createScript / new vm.Script and their run methods; repeated runs.
var common = require('../common');
var assert = require('assert');
var vm = require('vm');

var script = vm.createScript('globalVar = (typeof globalVar === "number" ? globalVar : 0) + 1', 'myfile.vm');
var sandbox = {};
for (var i = 0; i < 3; i++) script.runInNewContext(sandbox);
assert.strictEqual(sandbox.globalVar, 3);

var s2 = new vm.Script('typeof globalCheck', 'x.vm');
assert.strictEqual(s2.runInThisContext(), 'undefined');

var ctx = vm.createContext({ a: 1 });
vm.runInContext('a += 1; b = 5', ctx);
assert.strictEqual(ctx.a, 2);
assert.strictEqual(ctx.b, 5);
