// A function made by new Function(...) has the source text ECMA-262
// CreateDynamicFunction synthesizes, "function anonymous(<params>\n) {\n
// <body>\n}", as V8 prints it, and functions defined inside keep their own
// source text. Boa 0.22 kept no source for either and printed
// "function anonymous() { [native code] }" (vendor/PATCHES.md).
var common = require('../common');
var assert = require('assert');

function src(f) { return Function.prototype.toString.call(f); }

assert.strictEqual(src(new Function('a', 'return a')),
                   'function anonymous(a\n) {\nreturn a\n}');
assert.strictEqual(String(new Function('a', 'return a')),
                   'function anonymous(a\n) {\nreturn a\n}');
assert.strictEqual(src(new Function()), 'function anonymous(\n) {\n\n}');
assert.strictEqual(src(Function('a', 'b', 'return a + b')),
                   'function anonymous(a,b\n) {\nreturn a + b\n}');
assert.strictEqual(src(new Function('a, b', 'c', 'return 1')),
                   'function anonymous(a, b,c\n) {\nreturn 1\n}');
assert.strictEqual(src(new Function('a = 1 // comment', '/* x */ return a')),
                   'function anonymous(a = 1 // comment\n) {\n/* x */ return a\n}');
assert.strictEqual(src(new Function('x', 'return x\n  + 1;\n')),
                   'function anonymous(x\n) {\nreturn x\n  + 1;\n\n}');

// Functions inside keep their own text.
assert.strictEqual(src(new Function('return function inner(x) { return x * 2; }')()),
                   'function inner(x) { return x * 2; }');
// (Not classes: Boa 0.22 prints any class as "function A() { [native code] }".)
var made = new Function('return [function () {}, () => 1, { m() { return 1 } }.m]')();
assert.strictEqual(src(made[0]), 'function () {}');
assert.strictEqual(src(made[1]), '() => 1');
assert.strictEqual(src(made[2]), 'm() { return 1 }');
var nested = new Function('a', 'var f = function(b) {\n  return a + b;\n};\nreturn f;')(1);
assert.strictEqual(src(nested), 'function(b) {\n  return a + b;\n}');
assert.strictEqual(nested(2), 3);

// Generator and async kinds.
var GeneratorFunction = Object.getPrototypeOf(function*() {}).constructor;
var AsyncFunction = Object.getPrototypeOf(async function() {}).constructor;
var AsyncGeneratorFunction = Object.getPrototypeOf(async function*() {}).constructor;
assert.strictEqual(src(new GeneratorFunction('a', 'yield a')),
                   'function* anonymous(a\n) {\nyield a\n}');
assert.strictEqual(src(new AsyncFunction('a', 'await a')),
                   'async function anonymous(a\n) {\nawait a\n}');
assert.strictEqual(src(AsyncGeneratorFunction('yield 1')),
                   'async function* anonymous(\n) {\nyield 1\n}');
assert.deepEqual(Array.from(new GeneratorFunction('a', 'yield a; yield a + 1')(5)), [5, 6]);

// The functions still behave as before.
assert.strictEqual(new Function('a', 'b', 'return a').length, 2);
assert.strictEqual(new Function('return 1')(), 1);
assert.strictEqual(new Function('a', 'return a')(7), 7);
assert.strictEqual(new Function('"use strict"; return this')(), undefined);
assert.strictEqual(new Function('return typeof anonymous')(), 'undefined');
assert.strictEqual(new Function('return this')(), global);
assert.strictEqual(new Function('a', 'return arguments.length')(1, 2, 3), 3);

// Parameters and body are still checked apart.
assert.throws(function() { new Function('/*', '*/){'); }, SyntaxError);
assert.throws(function() { new Function('a', '}'); }, SyntaxError);
assert.throws(function() { new Function('a)', '{'); }, SyntaxError);
assert.throws(function() { new Function('a', 'b', 'return a +'); }, SyntaxError);

// Errors thrown inside report a line of the synthesized text.
var err = new Function('a', '\n\nthrow new Error("x")');
assert.throws(err, /x/);
