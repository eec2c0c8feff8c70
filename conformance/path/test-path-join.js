var common = require('../common');
var assert = require('assert');
var path = require('path');

// The manual's example.
assert.strictEqual(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'),
                   '/foo/bar/baz/asdf');

var tests = [
  // [arguments, expected]
  [[], '.'],
  [[''], '.'],
  [['', ''], '.'],
  [['.', '.'], '.'],
  [['/'], '/'],
  [['/', ''], '/'],
  [['', '/foo'], '/foo'],
  [['', '', '/foo'], '/foo'],
  [['foo', ''], 'foo'],
  [['foo', '/bar'], 'foo/bar'],
  [['foo/', 'bar/'], 'foo/bar/'],
  [['foo/', ''], 'foo/'],
  [['foo', '../../../bar'], '../../bar'],
  [['/foo', '../../../bar'], '/bar'],
  [['.', 'x/b', '..', '/b/c.js'], 'x/b/c.js'],
  [['/.', 'x/b', '..', '/b/c.js'], '/x/b/c.js'],
  [['./'], './'],
  [['.', './'], './'],
  [['..', 'a'], '../a'],
  [['//foo', '//bar'], '/foo/bar'],
  [[' ', 'foo'], ' /foo'],
  [['foo', 'bar', '..', '..', '..'], '..']
];
tests.forEach(function(t) {
  assert.strictEqual(path.join.apply(path, t[0]), t[1],
                     'join(' + JSON.stringify(t[0]) + ')');
});

if (common.isRnode) {
  // v0.4 skips arguments that are not strings; Node >= 0.8 throws.
  assert.strictEqual(path.join('foo', null, 'bar', 1, {}, undefined), 'foo/bar');
}
