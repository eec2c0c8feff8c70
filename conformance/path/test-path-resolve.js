var common = require('../common');
var assert = require('assert');
var path = require('path');

var cwd = process.cwd();

// The manual's examples.
assert.strictEqual(path.resolve('/foo/bar', './baz'), '/foo/bar/baz');
assert.strictEqual(path.resolve('/foo/bar', '/tmp/file/'), '/tmp/file');
assert.strictEqual(path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'),
                   cwd + '/wwwroot/static_files/gif/image.gif');
// ... and the sequence of `cd`s it describes.
assert.strictEqual(path.resolve('foo/bar', '/tmp/file/', '..', 'a/../subfile'),
                   '/tmp/subfile');

var tests = [
  // [arguments, expected]
  [['/var/lib', '../', 'file/'], '/var/file'],
  [['/var/lib', '/../', 'file/'], '/file'],
  [['a/b/c/', '../../..'], cwd],
  [['.'], cwd],
  [[''], cwd],
  [[], cwd],
  [['/some/dir', '.', '/absolute/'], '/absolute'],
  [['/'], '/'],
  [['/', '..'], '/'],
  [['/foo/tmp.3/', '../tmp.3/cycles/root.js'], '/foo/tmp.3/cycles/root.js'],
  [['/a//b/', 'c//'], '/a/b/c'],
  [['/x', '', 'y'], '/x/y']
];
tests.forEach(function(t) {
  assert.strictEqual(path.resolve.apply(path, t[0]), t[1],
                     'resolve(' + JSON.stringify(t[0]) + ')');
});

// The result is absolute and has no trailing slash (unless it is the root).
var r = path.resolve('foo/');
assert.strictEqual(r.charAt(0), '/');
assert.notStrictEqual(r.charAt(r.length - 1), '/');

if (common.isRnode) {
  // v0.4 skips arguments that are not strings; Node >= 0.8 throws.
  assert.strictEqual(path.resolve('/a', null, 'b', 5), '/a/b');
}
