// Binding a bound function again and again names each one "bound bound …
// f" (as V8): the names of a chain share their text, so a chain of
// 200,000 binds costs memory in proportion to its length (a flat copy
// each was quadratic: 10,000 took 320 MB), and the chain still calls.
var assert = require('assert');

function f() { return 42; }
var g = f;
for (var i = 0; i < 20; i++) g = g.bind(null);
assert.strictEqual(g.name, 'bound '.repeat(20) + 'f');
assert.strictEqual(g.bind(null).name, 'bound '.repeat(21) + 'f');
assert.strictEqual(g(), 42);

var h = f.bind(null);
assert.strictEqual(h.name, 'bound f');
assert.strictEqual(h.bind(null).bind(null).name, 'bound bound bound f');
// A name set by the program is the one a bind prefixes.
Object.defineProperty(h, 'name', { value: 'bound zz' });
assert.strictEqual(h.bind(null).name, 'bound bound zz');
var anonymous = (function() {}).bind(null);
assert.strictEqual(anonymous.name, 'bound ');
assert.strictEqual(anonymous.bind(null).name, 'bound bound ');
// Two chains grown in turn keep their own names.
var a = f, b = h;
for (i = 0; i < 10; i++) { a = a.bind(null); b = b.bind(null); }
assert.strictEqual(a.name, 'bound '.repeat(10) + 'f');
assert.strictEqual(b.name, 'bound '.repeat(10) + 'bound zz');

var before = process.memoryUsage().rss;
var chain = f;
for (i = 0; i < 200000; i++) chain = chain.bind(null);
var grown = process.memoryUsage().rss - before;
assert.ok(grown < 1024 * 1024 * 1024, 'a 200,000-bind chain took ' + grown + ' bytes');
assert.strictEqual(chain.name.length, 6 * 200000 + 1);
assert.strictEqual(chain(), 42);
