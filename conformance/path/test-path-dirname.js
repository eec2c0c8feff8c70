var common = require('../common');
var assert = require('assert');
var path = require('path');

// The manual's example.
assert.strictEqual(path.dirname('/foo/bar/baz/asdf/quux'), '/foo/bar/baz/asdf');

var tests = [
  // [input, expected]: as the Unix dirname command.
  ['/a/b/', '/a'],
  ['/a/b', '/a'],
  ['/a', '/'],
  ['/a/', '/'],
  ['a/b', 'a'],
  ['a/b/', 'a'],
  ['a', '.'],
  ['a/', '.'],
  ['a//', '.'],
  ['', '.'],
  ['.', '.'],
  ['..', '.'],
  ['/', '/'],
  ['////', '/'],
  ['/a.b/c.d', '/a.b'],
  [__filename, __dirname]
];
tests.forEach(function(t) {
  assert.strictEqual(path.dirname(t[0]), t[1],
                     'dirname(' + JSON.stringify(t[0]) + ')');
});

assert.throws(function() { path.dirname(); }, TypeError);
