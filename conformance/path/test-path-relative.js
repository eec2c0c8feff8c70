var common = require('../common');
var assert = require('assert');
var path = require('path');

// The later additions to the module: relative, sep, delimiter, isAbsolute.
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');

assert.strictEqual(path.isAbsolute('/'), true);
assert.strictEqual(path.isAbsolute('/foo/bar'), true);
assert.strictEqual(path.isAbsolute('//foo'), true);
assert.strictEqual(path.isAbsolute('foo/bar'), false);
assert.strictEqual(path.isAbsolute('./foo'), false);
assert.strictEqual(path.isAbsolute(''), false);
assert.throws(function() { path.isAbsolute(); }, TypeError);

var tests = [
  // [from, to, expected]
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb', '../../impl/bbb'],
  ['/var/lib', '/var', '..'],
  ['/var/lib', '/bin', '../../bin'],
  ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'],
  ['/var/', '/var/lib', 'lib'],
  ['/', '/var/lib', 'var/lib'],
  ['/var/lib', '/', '../..'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'],
  ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'],
  ['/baz-quux', '/baz', '../baz'],
  ['/a/b/../c', '/a/c/d/', 'd']
];
tests.forEach(function(t) {
  assert.strictEqual(path.relative(t[0], t[1]), t[2],
                     'relative(' + JSON.stringify(t[0]) + ', ' +
                     JSON.stringify(t[1]) + ')');
});

// Relative arguments are resolved against the working directory first.
assert.strictEqual(path.relative('a/b', 'a/c'), '../c');
assert.strictEqual(path.relative('', process.cwd()), '');
assert.strictEqual(path.resolve('/x/y', path.relative('/x/y', '/z/w')), '/z/w');
