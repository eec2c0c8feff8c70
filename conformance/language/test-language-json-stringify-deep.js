// JSON.stringify writes one text, so deep nesting costs what the text
// does (Boa rebuilt every level's string: 20,000 levels took seconds, and
// with a gap 2,000 levels took 20 s); past the recursion limit it is V8's
// RangeError, not a Rust stack overflow; formatting with a gap, omitted
// members and cycles are as V8 has them.
var assert = require('assert');

function nestedObject(n) {
  var o = {}, cur = o;
  for (var i = 0; i < n; i++) { cur.a = {}; cur = cur.a; }
  return o;
}
function nestedArray(n) {
  var a = [], cur = a;
  for (var i = 0; i < n; i++) { var x = []; cur.push(x); cur = x; }
  return a;
}

// Deep, within the limit.
assert.strictEqual(JSON.stringify(nestedObject(3000)).length, 3000 * 6 + 2);
assert.strictEqual(JSON.stringify(nestedArray(3000)).length, 3000 * 2 + 2);
var text = JSON.stringify(nestedObject(1000), null, 1);
var expected = '{}';
for (var i = 999; i >= 0; i--) {
  expected = '{\n' + ' '.repeat(i + 1) + '"a": ' + expected + '\n' + ' '.repeat(i) + '}';
}
assert.strictEqual(text, expected);
assert.deepEqual(JSON.parse(text), nestedObject(1000));

// Past any engine's stack: a RangeError, and JSON.stringify still works.
assert.throws(function() { JSON.stringify(nestedObject(1e6)); }, RangeError);
assert.throws(function() { JSON.stringify(nestedArray(1e6)); }, RangeError);
assert.strictEqual(JSON.stringify({ a: [1] }), '{"a":[1]}');

// A cycle is a TypeError.
var cyclic = { a: {} };
cyclic.a.b = cyclic;
assert.throws(function() { JSON.stringify(cyclic); }, TypeError);

// Formatting.
var value = { a: 1, u: undefined, f: function() {}, b: [1, undefined, 'x', {}], c: {}, d: [] };
assert.strictEqual(JSON.stringify(value),
                   '{"a":1,"b":[1,null,"x",{}],"c":{},"d":[]}');
assert.strictEqual(JSON.stringify(value, null, 2),
                   '{\n  "a": 1,\n  "b": [\n    1,\n    null,\n    "x",\n    {}\n  ],\n' +
                   '  "c": {},\n  "d": []\n}');
assert.strictEqual(JSON.stringify({ u: undefined, a: 1 }, null, '\t'), '{\n\t"a": 1\n}');
assert.strictEqual(JSON.stringify({ u: undefined }, null, 2), '{}');
assert.strictEqual(JSON.stringify([undefined], null, 2), '[\n  null\n]');
assert.strictEqual(JSON.stringify({ a: { toJSON: function() { return undefined; } } }), '{}');
assert.strictEqual(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']),
                   '{"a":1,"c":{"a":3}}');
assert.strictEqual(JSON.stringify({ a: 1, b: 'x' }, function(k, v) {
  return typeof v === 'number' ? v * 2 : v;
}), '{"a":2,"b":"x"}');
assert.strictEqual(JSON.stringify('\u2028"\\\n\u0001\ud800'), '"\u2028\\"\\\\\\n\\u0001\\ud800"');
assert.strictEqual(JSON.stringify(undefined), undefined);
assert.strictEqual(JSON.stringify(function() {}), undefined);
assert.strictEqual(JSON.stringify(new Number(3)), '3');
assert.strictEqual(JSON.stringify({ toJSON: function() { return JSON.stringify({ x: [1] }); } }),
                   '"{\\"x\\":[1]}"');
