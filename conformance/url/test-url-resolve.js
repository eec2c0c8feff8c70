var common = require('../common');
var assert = require('assert');
var url = require('url');

// url.resolve(from, to) resolves `to` as a browser resolves an anchor's href
// against the page at `from`.
var bases = [
  'http://a/b/c/d;p?q',
  'http://a/b/c/d;p?q=1/2',
  'http://a/b/c/d;p=1/2?q',
  'fred:///s//a/b/c',
  'http:///s//a/b/c'
];

// [from, to, expected]
var tests = [
  ['/foo/bar/baz', 'quux', '/foo/bar/quux'],
  ['/foo/bar/baz', 'quux/asdf', '/foo/bar/quux/asdf'],
  ['/foo/bar/baz', 'quux/baz', '/foo/bar/quux/baz'],
  ['/foo/bar/baz', '../quux/baz', '/foo/quux/baz'],
  ['/foo/bar/baz', '/bar', '/bar'],
  ['/foo/bar/baz/', 'quux', '/foo/bar/baz/quux'],
  ['/foo/bar/baz/', 'quux/baz', '/foo/bar/baz/quux/baz'],
  ['/foo/bar/baz', '../../../../../../../../quux/baz', '/quux/baz'],
  ['/foo/bar/baz', '../../../../../../../quux/baz', '/quux/baz'],
  ['/foo/bar/baz', '/../etc/passwd', '/etc/passwd'],
  ['foo/bar', '../../../baz', '../../baz'],
  ['foo/bar/', '../../../baz', '../baz'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2', 'https:///#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2',
   'https://p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https://u:p@h.com/p/a/t/h?s#hash2',
   'https://u:p@h.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/a/b/c/d', 'https://a/b/c/d'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:#hash2',
   'http://example.com/b//c//d;p?q#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/p/a/t/h?s#hash2',
   'http://example.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http://u:p@h.com/p/a/t/h?s#hash2',
   'http://u:p@h.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d',
   'http://example.com/a/b/c/d'],

  // From RFC 2396 and the W3C's URI test suites.
  ['foo:a/b', '../c', 'foo:c'],
  ['foo:a', 'foo:.', 'foo:'],
  ['zz:abc', '/foo/../../../bar', 'zz:/bar'],
  ['zz:abc', '/foo/../bar', 'zz:/bar'],
  ['zz:abc', 'foo/../../../bar', 'zz:bar'],  // as browsers do, not zz:../../bar
  ['zz:abc', 'foo/../bar', 'zz:bar'],
  ['zz:abc', 'zz:.', 'zz:'],
  [bases[0], '/.', 'http://a/'],
  [bases[0], '/.foo', 'http://a/.foo'],
  [bases[0], '.foo', 'http://a/b/c/.foo'],
  [bases[0], 'g:h', 'g:h'],
  [bases[0], 'g', 'http://a/b/c/g'],
  [bases[0], './g', 'http://a/b/c/g'],
  [bases[0], 'g/', 'http://a/b/c/g/'],
  [bases[0], '/g', 'http://a/g'],
  [bases[0], '?y', 'http://a/b/c/d;p?y'],
  [bases[0], 'g?y', 'http://a/b/c/g?y'],
  [bases[0], '#s', 'http://a/b/c/d;p?q#s'],
  [bases[0], 'g#s', 'http://a/b/c/g#s'],
  [bases[0], 'g?y#s', 'http://a/b/c/g?y#s'],
  [bases[0], ';x', 'http://a/b/c/;x'],
  [bases[0], 'g;x', 'http://a/b/c/g;x'],
  [bases[0], 'g;x?y#s', 'http://a/b/c/g;x?y#s'],
  [bases[0], '', 'http://a/b/c/d;p?q'],
  [bases[0], '.', 'http://a/b/c/'],
  [bases[0], './', 'http://a/b/c/'],
  [bases[0], '..', 'http://a/b/'],
  [bases[0], '../', 'http://a/b/'],
  [bases[0], '../g', 'http://a/b/g'],
  [bases[0], '../..', 'http://a/'],
  [bases[0], '../../', 'http://a/'],
  [bases[0], '../../g', 'http://a/g'],
  [bases[0], '../../../g', 'http://a/g'],
  [bases[0], '../../../../g', 'http://a/g'],
  [bases[0], '/./g', 'http://a/g'],
  [bases[0], '/../g', 'http://a/g'],
  [bases[0], 'g.', 'http://a/b/c/g.'],
  [bases[0], '.g', 'http://a/b/c/.g'],
  [bases[0], 'g..', 'http://a/b/c/g..'],
  [bases[0], '..g', 'http://a/b/c/..g'],
  [bases[0], './../g', 'http://a/b/g'],
  [bases[0], './g/.', 'http://a/b/c/g/'],
  [bases[0], 'g/./h', 'http://a/b/c/g/h'],
  [bases[0], 'g/../h', 'http://a/b/c/h'],
  [bases[0], 'g;x=1/./y', 'http://a/b/c/g;x=1/y'],
  [bases[0], 'g;x=1/../y', 'http://a/b/c/y'],
  [bases[0], 'g?y/./x', 'http://a/b/c/g?y/./x'],
  [bases[0], 'g?y/../x', 'http://a/b/c/g?y/../x'],
  [bases[0], 'g#s/./x', 'http://a/b/c/g#s/./x'],
  [bases[0], 'g#s/../x', 'http://a/b/c/g#s/../x'],
  [bases[0], 'http:g', 'http://a/b/c/g'],
  [bases[0], 'http:', 'http://a/b/c/d;p?q'],
  [bases[0], '/a/b/c/./../../g', 'http://a/a/g'],
  [bases[1], 'g', 'http://a/b/c/g'],
  [bases[1], '?y', 'http://a/b/c/d;p?y'],
  [bases[1], 'g?y/./x', 'http://a/b/c/g?y/./x'],
  [bases[1], '../../g', 'http://a/g'],
  [bases[2], 'g', 'http://a/b/c/d;p=1/g'],
  [bases[2], 'g;x=1/../y', 'http://a/b/c/d;p=1/y'],
  [bases[2], '../../g', 'http://a/b/g'],
  [bases[3], 'g:h', 'g:h'],
  [bases[3], 'g', 'fred:///s//a/b/g'],
  [bases[3], '/g', 'fred:///g'],
  [bases[3], '//g', 'fred://g'],
  [bases[3], '//g/x', 'fred://g/x'],
  [bases[3], '///g', 'fred:///g'],
  [bases[3], '../../', 'fred:///s//'],
  [bases[3], '../../../g', 'fred:///s/g'],
  [bases[3], '../../../../g', 'fred:///g'],
  [bases[4], 'g', 'http:///s//a/b/g'],
  [bases[4], '/g', 'http:///g'],
  [bases[4], '///g', 'http:///g'],
  [bases[4], '../../g', 'http:///s//g'],
  [bases[4], '../../../g', 'http:///s/g'],
  [bases[4], '../../../../g', 'http:///g'],
  ['foo:xyz', 'bar:abc', 'bar:abc'],
  ['http://example/x/y/z', '../abc', 'http://example/x/abc'],
  ['http://example2/x/y/z', 'http://example/x/abc', 'http://example/x/abc'],
  ['http://ex/x/y', 'q/r#s/t', 'http://ex/x/q/r#s/t'],
  ['http://ex/x/y', 'ftp://ex/x/q/r', 'ftp://ex/x/q/r'],
  ['http://ex/x/y/', '', 'http://ex/x/y/'],
  ['http://ex/x/y/', 'z/', 'http://ex/x/y/z/'],
  ['file:/devel/WWW/2000/10/swap/test/reluri-1.n3',
   'file://meetings.example.com/cal#m1', 'file://meetings.example.com/cal#m1'],
  ['http://example/x/abc.efg', './', 'http://example/x/'],
  ['http://ex/x/y', './q:r', 'http://ex/x/q:r'],
  ['http://ex/x/y?pp/qq', '?pp/rr', 'http://ex/x/y?pp/rr'],
  ['http://ex/x/y?pp/qq', 'y/z', 'http://ex/x/y/z'],
  ['mailto:local', 'local/qual@domain.org#frag',
   'mailto:local/qual@domain.org#frag'],
  ['mailto:local/qual1@domain1.org', 'more/qual2@domain2.org#frag',
   'mailto:local/more/qual2@domain2.org#frag'],
  ['http://ex?p', '/x/y?q', 'http://ex/x/y?q'],
  ['foo:a/b', 'c/d', 'foo:a/c/d'],
  ['foo:a/b', '/c/d', 'foo:/c/d'],
  ['foo:a/b?c#d', '', 'foo:a/b?c'],
  ['foo:a', 'b/c', 'foo:b/c'],
  ['foo:/a/y/z', '../b/c', 'foo:/a/b/c'],
  ['foo://a//b/c', '../../d', 'foo://a/d'],
  ['foo:a', '..', 'foo:'],
  ['foo:a/y/z', '../b/c', 'foo:a/b/c'],
  ['http://example/x/y%2Fz', 'abc', 'http://example/x/abc'],
  ['http://example/a/x/y/z', '../../x%2Fabc', 'http://example/a/x%2Fabc'],
  ['mailto:local1@domain1?query1', 'local2@domain2', 'mailto:local2@domain2'],
  ['mailto:local@domain?query1', '?query2', 'mailto:local@domain?query2'],
  ['mailto:?query1', 'local@domain?query2', 'mailto:local@domain?query2'],
  ['foo:bar', 'http://example/a/b?c/../d', 'http://example/a/b?c/../d'],
  ['http://example.org/base/uri', 'http:this', 'http://example.org/base/this'],
  ['http:base', 'http:this', 'http:this'],
  ['f:/a', './/g', 'f://g'],
  ['f://example.org/base/a', 'b/c//d/e', 'f://example.org/base/b/c//d/e'],
  ['mid:m@example.ord/c@example.org', 'm2@example.ord/c2@example.org',
   'mid:m@example.ord/m2@example.ord/c2@example.org'],
  ['file:///C:/DEV/Haskell/lib/HXmlToolbox-3.01/examples/', 'mini1.xml',
   'file:///C:/DEV/Haskell/lib/HXmlToolbox-3.01/examples/mini1.xml']
];

// Results that changed after v0.4 (Node >= 0.10 adds a '/' to a bare host,
// and '//' to file: URLs).
var tests04 = [
  [bases[0], '//g', 'http://g'],
  [bases[1], '//g', 'http://g'],
  [bases[4], '//g', 'http://g'],
  ['file:/swap/test/animal.rdf', '#Animal', 'file:/swap/test/animal.rdf#Animal'],
  ['file:/e/x/y/z', '../abc', 'file:/e/x/abc'],
  ['file:/ex/x/y/z', '/r', 'file:/r'],
  ['file:/ex/x/y', 'q/r#', 'file:/ex/x/q/r#'],
  ['file:/some/dir/foo', './#', 'file:/some/dir/#']
];
if (common.isRnode) tests = tests.concat(tests04);

tests.forEach(function(t) {
  assert.strictEqual(url.resolve(t[0], t[1]), t[2],
                     'resolve(' + JSON.stringify(t[0]) + ', ' +
                     JSON.stringify(t[1]) + ')');
});

// resolveObject gives the parts of the result.
var obj = url.resolveObject('http://a.com/b/c?d#e', '../f?g');
assert.strictEqual(obj.protocol, 'http:');
assert.strictEqual(obj.host, 'a.com');
assert.strictEqual(obj.pathname, '/f');
assert.strictEqual(obj.search, '?g');
assert.strictEqual(obj.href, 'http://a.com/f?g');
assert.ok(!obj.hash);
assert.strictEqual(url.format(obj), 'http://a.com/f?g');

obj = url.resolveObject(url.parse('http://a.com/b/c'), url.parse('#x'));
assert.strictEqual(obj.hash, '#x');
assert.strictEqual(obj.pathname, '/b/c');
assert.strictEqual(url.format(obj), 'http://a.com/b/c#x');
