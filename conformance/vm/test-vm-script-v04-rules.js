// vm rules found by 0.4's own tests: a Script with a syntax error throws at
// creation; Script methods called on something else throw a TypeError; a
// context made by createContext is the sandbox itself, so writes go both
// ways and a circular sandbox (sbx.window = sbx) keeps working.
var common = require('../common');
var assert = require('assert');
var vm = require('vm');

// Syntax errors at creation, for every way to make a script.
assert.throws(function() { vm.createScript('var = ;'); }, SyntaxError);
assert.throws(function() { new vm.Script('function ('); }, SyntaxError);
// A valid one still runs, more than once.
var script = new vm.Script('x = (typeof x === "number" ? x : 0) + 1');
assert.strictEqual(script.runInNewContext({ x: 41 }), 42);
assert.strictEqual(script.runInNewContext({ x: 1 }), 2);

// Script methods need a Script as `this`.
assert.throws(function() { script.runInNewContext.call({ code: '1' }); }, TypeError);
assert.throws(function() { script.runInThisContext.call('1'); }, TypeError);

// createContext: later writes are visible from inside, and back.
var sbx = { a: 1 };
var context = vm.createContext(sbx);
context.b = 2;
assert.strictEqual(vm.runInContext('a + b', context), 3);
vm.runInContext('c = a + b; a = 10', context);
assert.strictEqual(context.c, 3);
assert.strictEqual(context.a, 10);
// Functions defined in one run are there in the next.
vm.runInContext('function twice(n) { return 2 * n; }', context);
assert.strictEqual(vm.runInContext('twice(c)', context), 6);

// Circular references survive.
var win = {};
win.window = win;
win = vm.createContext(win);
win.test = 'set after creation';
assert.strictEqual(win.window.window.test, 'set after creation');
assert.strictEqual(vm.runInContext('window.window.test', win), 'set after creation');

// runInContext wants a context.
assert.throws(function() { vm.runInContext('1', {}); }, TypeError);
