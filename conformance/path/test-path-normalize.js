var common = require('../common');
var assert = require('assert');
var path = require('path');

// The manual's example.
assert.strictEqual(path.normalize('/foo/bar//baz/asdf/quux/..'),
                   '/foo/bar/baz/asdf');

var tests = [
  // [input, expected]
  ['', '.'],
  ['.', '.'],
  ['./', './'],
  ['..', '..'],
  ['../', '../'],
  ['/', '/'],
  ['//', '/'],
  ['///', '/'],
  ['/..', '/'],
  ['/../..', '/'],
  ['/../a/', '/a/'],
  ['a', 'a'],
  ['a/', 'a/'],
  ['a//', 'a/'],
  ['a/..', '.'],
  ['a/../', './'],
  ['a/../..', '..'],
  ['a/../../b', '../b'],
  ['a/b/../../..', '..'],
  ['./a/./b/.', 'a/b'],
  ['/a/./b/.', '/a/b'],
  ['a//b//', 'a/b/'],
  ['/a/b/c/../../d', '/a/d'],
  ['./fixtures///b/../b/c.js', 'fixtures/b/c.js'],
  ['/foo/../../../bar', '/bar'],
  ['a/.../b', 'a/.../b'],
  ['.a/..b/c..', '.a/..b/c..']
];
tests.forEach(function(t) {
  assert.strictEqual(path.normalize(t[0]), t[1],
                     'normalize(' + JSON.stringify(t[0]) + ')');
});

assert.throws(function() { path.normalize(); }, TypeError);
assert.throws(function() { path.normalize(null); }, TypeError);
