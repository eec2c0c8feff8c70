// JSON.parse as V8: a number too big for a double is Infinity (not a
// SyntaxError), and nesting far past 128 levels parses; malformed text is
// still a SyntaxError.
var common = require('../common');
var assert = require('assert');

assert.strictEqual(JSON.parse('1e400'), Infinity);
assert.strictEqual(JSON.parse('-1e400'), -Infinity);
assert.strictEqual(JSON.parse('[1e400]')[0], Infinity);
assert.strictEqual(JSON.parse('{"a": 2e308}').a, Infinity);
assert.strictEqual(JSON.parse('1e-400'), 0);
assert.strictEqual(JSON.parse('123456789012345678901234567890'), 1.2345678901234568e29);

function nested(n, open, close) {
  var s = '';
  for (var i = 0; i < n; i++) s += open;
  s += '1';
  for (i = 0; i < n; i++) s += close;
  return s;
}
var deep = JSON.parse(nested(1000, '[', ']'));
for (var i = 0; i < 1000; i++) deep = deep[0];
assert.strictEqual(deep, 1);
var obj = JSON.parse(nested(300, '{"k":', '}'));
for (i = 0; i < 300; i++) obj = obj.k;
assert.strictEqual(obj, 1);

['', '[', '{', '[1,]', '{"a":1,}', '01', '1e', '"\\x"', 'undefined', "'a'"].forEach(function(text) {
  assert.throws(function() { JSON.parse(text); }, SyntaxError, JSON.stringify(text));
});
