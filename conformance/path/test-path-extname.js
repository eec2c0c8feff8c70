var common = require('../common');
var assert = require('assert');
var path = require('path');

// The manual's examples.
assert.strictEqual(path.extname('index.html'), '.html');
assert.strictEqual(path.extname('index'), '');

var tests = [
  // [input, expected]
  [__filename, '.js'],
  ['', ''],
  ['/path/to/file', ''],
  ['/path/to/file.ext', '.ext'],
  ['/path.to/file.ext', '.ext'],
  ['/path.to/file', ''],
  ['/path.to/.file', ''],
  ['/path.to/.file.ext', '.ext'],
  ['/path/to/f.ext', '.ext'],
  ['/path/to/..ext', '.ext'],
  ['file.tar.gz', '.gz'],
  ['.profile', ''],
  ['.profile.sh', '.sh'],
  ['file.', '.'],
  ['file..', '.'],
  ['.', ''],
  ['..', ''],
  ['...', '.'],
  ['./', ''],
  ['/', ''],
  ['a/.', ''],
  ['file.ext/', '.ext'],
  ['file.ext//', '.ext'],
  ['file/', '']
];
tests.forEach(function(t) {
  assert.strictEqual(path.extname(t[0]), t[1],
                     'extname(' + JSON.stringify(t[0]) + ')');
});

assert.throws(function() { path.extname(); }, TypeError);
