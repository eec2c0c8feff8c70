// A sloppy function's caller and arguments, as V8 gives them: the function
// that called its running call and that call's arguments; null when it is
// not running; a strict caller is never revealed; strict functions,
// arrows and methods keep throwing (programs of the era walk
// arguments.callee.caller to name their callers).
var assert = require('assert');

function f() { return { caller: f.caller, args: f.arguments }; }
function g() { return f(1, 'two'); }

var seen = g();
assert.strictEqual(seen.caller, g);
assert.strictEqual(seen.args.length, 2);
assert.strictEqual(seen.args[0], 1);
assert.strictEqual(seen.args[1], 'two');

assert.strictEqual(f.caller, null);
assert.strictEqual(f.arguments, null);

function callee() { return arguments.callee.caller; }
function named() { return callee(); }
assert.strictEqual(named(), named);

function fromStrict() { 'use strict'; return f(); }
assert.strictEqual(fromStrict().caller, null);

function rec(n) { return n ? rec(n - 1) : rec.caller; }
assert.strictEqual(rec(2), rec);

assert.deepEqual(Object.getOwnPropertyNames(function() {}).sort(),
                 ['arguments', 'caller', 'length', 'name', 'prototype']);

assert.throws(function() { (function() { 'use strict'; }).caller; }, TypeError);
assert.throws(function() { (function() { 'use strict'; }).arguments; }, TypeError);
assert.throws(function() { (function() { return 1; }).bind(null).caller; }, TypeError);
