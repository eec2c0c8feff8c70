// RegExp.prototype.source escapes a pattern so that /source/flags is the
// same regular expression again (ECMA-262 EscapeRegExpPattern), as V8
// does: an unescaped '/' outside a character class becomes '\/', line
// terminators (escaped or not) become \n \r \u2028 \u2029, an empty
// pattern is '(?:)', and everything else is kept. Boa 0.22 escaped '/'
// even when the pattern had already escaped it ('a\/b' became 'a\\/b', a
// different regular expression) and inside classes (vendor/PATCHES.md,
// boa#5535).
var common = require('../common');
var assert = require('assert');

// [pattern given to RegExp, expected source]
var cases = [
  ['/', '\\/'],
  ['\\/', '\\/'],
  ['\\\\/', '\\\\\\/'],
  ['\\\\\\/', '\\\\\\/'],
  ['a/b', 'a\\/b'],
  ['a\\/b', 'a\\/b'],
  ['a//b', 'a\\/\\/b'],
  ['[/]', '[/]'],
  ['[\\/]', '[\\/]'],
  ['[\\]/]', '[\\]/]'],
  ['[^/]/', '[^/]\\/'],
  ['[[/]/', '[[/]\\/'],
  ['\\[/]', '\\[\\/]'],
  ['\\\\[/]/', '\\\\[/]\\/'],
  ['(?:/)', '(?:\\/)'],
  ['a\\\\', 'a\\\\'],
  ['\\u002f', '\\u002f'],
  ['\\x2f', '\\x2f'],
  ['\n', '\\n'],
  ['\\\n', '\\n'],
  ['\r', '\\r'],
  ['\\\r', '\\r'],
  ['\u2028', '\\u2028'],
  ['\\\u2028', '\\u2028'],
  ['\u2029', '\\u2029'],
  ['[\n]', '[\\n]'],
  ['a\nb/c', 'a\\nb\\/c'],
  ['', '(?:)'],
  ['(?:)', '(?:)'],
  ['^https?://[^/]+/', '^https?:\\/\\/[^/]+\\/']
];

cases.forEach(function(c) {
  var re = new RegExp(c[0]);
  assert.strictEqual(re.source, c[1], JSON.stringify(c[0]));
  assert.strictEqual(String(re), '/' + c[1] + '/');
  // The source makes the same regular expression again.
  assert.strictEqual(new RegExp(re.source).source, c[1]);
  var again = new Function('return ' + String(re))();
  assert.strictEqual(again.source, c[1]);
});

// Literals.
assert.strictEqual(/a\/b/.source, 'a\\/b');
assert.strictEqual(/[/]/.source, '[/]');
assert.strictEqual(/[\/]/.source, '[\\/]');
assert.strictEqual(/\//.source, '\\/');
assert.strictEqual(/\\\//.source, '\\\\\\/');
assert.strictEqual(/a\/b/g.toString(), '/a\\/b/g');
assert.strictEqual(/(?:)/.source, '(?:)');

// Recomposed expressions match what the originals match.
var re = /a\/b/;
assert.strictEqual(new RegExp(re.source).test('a/b'), true);
assert.strictEqual(new RegExp(re.source).test('a\\/b'), false);
re = /^\/api\/(\w+)\/?$/i;
var copy = new RegExp(re.source, 'i');
assert.strictEqual(copy.source, re.source);
assert.deepEqual('/API/users/'.match(copy).slice(), ['/API/users/', 'users']);
re = /[/\\]+/g;
assert.strictEqual(re.source, '[/\\\\]+');
assert.deepEqual('a/b\\c//d'.split(new RegExp(re.source)), ['a', 'b', 'c', 'd']);
re = new RegExp('x\\\ny');
assert.strictEqual(new RegExp(re.source).test('x\ny'), true);

// Flags are not part of the source, and `source` of RegExp.prototype is
// '(?:)'.
assert.strictEqual(new RegExp('/', 'gim').source, '\\/');
assert.strictEqual(RegExp.prototype.source, '(?:)');
