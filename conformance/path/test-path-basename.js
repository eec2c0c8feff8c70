var common = require('../common');
var assert = require('assert');
var path = require('path');

// The manual's examples.
assert.strictEqual(path.basename('/foo/bar/baz/asdf/quux.html'), 'quux.html');
assert.strictEqual(path.basename('/foo/bar/baz/asdf/quux.html', '.html'), 'quux');

var tests = [
  // [arguments, expected]: as the Unix basename command.
  [['test-path-basename.js'], 'test-path-basename.js'],
  [[__filename], 'test-path-basename.js'],
  [[__filename, '.js'], 'test-path-basename'],
  [['/dir/basename.ext'], 'basename.ext'],
  [['/basename.ext'], 'basename.ext'],
  [['basename.ext/'], 'basename.ext'],
  [['basename.ext//'], 'basename.ext'],
  [['/a/b/'], 'b'],
  [['/a/b.js/', '.js'], 'b'],
  [['/'], ''],
  [['//'], ''],
  [[''], ''],
  [['.'], '.'],
  [['..'], '..'],
  [['a.js', '.ts'], 'a.js'],
  [['a.js', 'js'], 'a.'],
  [['a.js', ''], 'a.js'],
  [['.js', '.js'], ''],
  [['/aaa/b', 'a/b'], 'b'],
  [['a\\b'], 'a\\b']
];
tests.forEach(function(t) {
  assert.strictEqual(path.basename.apply(path, t[0]), t[1],
                     'basename(' + JSON.stringify(t[0]) + ')');
});

assert.throws(function() { path.basename(); }, TypeError);
