var common = require('../common');
var assert = require('assert');
var url = require('url');

// parse(str, parseQueryString): `query` is a querystring-parsed object.
var manual = 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash';
var parsed = url.parse(manual, true);
assert.deepEqual(parsed.query, { query: 'string' });
assert.strictEqual(parsed.search, '?query=string');
assert.strictEqual(parsed.href, manual);

parsed = url.parse('/foo/bar?baz=quux#frag', true);
assert.deepEqual(parsed.query, { baz: 'quux' });
assert.strictEqual(parsed.search, '?baz=quux');
assert.strictEqual(parsed.pathname, '/foo/bar');
assert.strictEqual(parsed.hash, '#frag');
assert.strictEqual(parsed.href, '/foo/bar?baz=quux#frag');

parsed = url.parse('/p?a=1&a=2&b=x+y%21&c', true);
assert.deepEqual(parsed.query, { a: ['1', '2'], b: 'x y!', c: '' });

// Without a query string, `query` is still an empty object.
parsed = url.parse('http://example.com', true);
assert.deepEqual(parsed.query, {});
assert.strictEqual(parsed.pathname, '/');
assert.strictEqual(parsed.href, 'http://example.com/');
if (common.isRnode) {
  assert.strictEqual(parsed.search, '');  // null since Node 0.12
  assert.deepEqual(url.parse('/x', true),
                   { pathname: '/x', search: '', query: {}, href: '/x' });
}

parsed = url.parse('http://example.com?', true);
assert.deepEqual(parsed.query, {});
assert.strictEqual(parsed.search, '?');
assert.strictEqual(parsed.href, 'http://example.com/?');

// parse(str, false, slashesDenoteHost): '//foo/bar' has host foo.
parsed = url.parse('//foo/bar', false, true);
assert.strictEqual(parsed.slashes, true);
assert.strictEqual(parsed.host, 'foo');
assert.strictEqual(parsed.hostname, 'foo');
assert.strictEqual(parsed.pathname, '/bar');
assert.strictEqual(parsed.href, '//foo/bar');
assert.ok(!parsed.protocol);

// ... unlike the default, where it is a path.
parsed = url.parse('//foo/bar');
assert.strictEqual(parsed.pathname, '//foo/bar');
assert.ok(!parsed.host);
assert.ok(!parsed.slashes);

// A user@ always denotes a host.
parsed = url.parse('//user@host/p');
assert.strictEqual(parsed.auth, 'user');
assert.strictEqual(parsed.hostname, 'host');
assert.strictEqual(parsed.pathname, '/p');
assert.strictEqual(parsed.slashes, true);
if (common.isRnode) assert.strictEqual(parsed.host, 'user@host');

parsed = url.parse('//Foo.COM:81?a#b', true, true);
assert.strictEqual(parsed.hostname, 'foo.com');
assert.strictEqual(parsed.port, '81');
assert.strictEqual(parsed.host, 'foo.com:81');
assert.deepEqual(parsed.query, { a: '' });
assert.strictEqual(parsed.hash, '#b');
assert.strictEqual(parsed.href, '//foo.com:81?a#b');
