// The manual's runInNewContext example, and a context's own built-ins.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var vm = require('vm');

var sandbox = { animal: 'cat', count: 2 };
vm.runInNewContext('count += 1; name = "kitty"', sandbox, 'myfile.vm');
assert.equal(util.inspect(sandbox), "{ animal: 'cat', count: 3, name: 'kitty' }");

// A new context has its own Object, Array, … and no access to ours.
assert.strictEqual(vm.runInNewContext('typeof process'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.notStrictEqual(vm.runInNewContext('Object'), Object);
assert.strictEqual(vm.runInNewContext('[1, 2]') instanceof Array, false);
assert.strictEqual(vm.runInNewContext('x * 2', { x: 21 }), 42);
// Functions cross over and still run.
var got = null;
vm.runInNewContext('report(1 + 1)', { report: function(v) { got = v; } });
assert.strictEqual(got, 2);
// Errors thrown inside come out as exceptions.
assert.throws(function() { vm.runInNewContext('throw new Error("inside")'); }, /inside/);
assert.throws(function() { vm.runInNewContext('nope()'); });
