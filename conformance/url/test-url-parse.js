var common = require('../common');
var assert = require('assert');
var url = require('url');

// Node v0.4 gives each parsed URL only the fields present in the string, and
// its `host` includes the auth. Node >= 0.6 differs in places (null fields, a
// `path` field, auth-less host, escaping instead of truncating at
// delimiters), so some expectations below are checked on rnode only.

// The manual's example URL.
var manual = 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash';
var parsed = url.parse(manual);
assert.strictEqual(parsed.href, manual);
assert.strictEqual(parsed.protocol, 'http:');
assert.strictEqual(parsed.auth, 'user:pass');
assert.strictEqual(parsed.hostname, 'host.com');
assert.strictEqual(parsed.port, '8080');
assert.strictEqual(parsed.pathname, '/p/a/t/h');
assert.strictEqual(parsed.search, '?query=string');
assert.strictEqual(parsed.query, 'query=string');
assert.strictEqual(parsed.hash, '#hash');
assert.strictEqual(parsed.slashes, true);
if (common.isRnode) {
  assert.strictEqual(parsed.host, 'user:pass@host.com:8080');
  assert.deepEqual(Object.keys(parsed).sort(),
                   ['auth', 'hash', 'host', 'hostname', 'href', 'pathname',
                    'port', 'protocol', 'query', 'search', 'slashes']);
}

// A request URL has no protocol or host (and in v0.4 no such fields).
parsed = url.parse('/foo?a=1');
assert.strictEqual(parsed.pathname, '/foo');
assert.strictEqual(parsed.search, '?a=1');
assert.strictEqual(parsed.query, 'a=1');
assert.strictEqual(parsed.href, '/foo?a=1');
assert.ok(!parsed.host);
if (common.isRnode) {
  assert.deepEqual(parsed, { pathname: '/foo', search: '?a=1', query: 'a=1',
                             href: '/foo?a=1' });
  assert.ok(!('host' in parsed));
  assert.ok(!('protocol' in parsed));
  assert.ok(!('hash' in parsed));
}

// { url: the v0.4 parse result }
var parseTests = {
  '//some_path': {
    href: '//some_path', pathname: '//some_path'
  },
  'HTTP://www.example.com/': {
    href: 'http://www.example.com/', protocol: 'http:', slashes: true,
    host: 'www.example.com', hostname: 'www.example.com', pathname: '/'
  },
  'HTTP://www.example.com': {
    href: 'http://www.example.com/', protocol: 'http:', slashes: true,
    host: 'www.example.com', hostname: 'www.example.com', pathname: '/'
  },
  'http://www.ExAmPlE.com/': {
    href: 'http://www.example.com/', protocol: 'http:', slashes: true,
    host: 'www.example.com', hostname: 'www.example.com', pathname: '/'
  },
  'http://user:pw@www.ExAmPlE.com/': {
    href: 'http://user:pw@www.example.com/', protocol: 'http:',
    slashes: true, auth: 'user:pw', host: 'user:pw@www.example.com',
    hostname: 'www.example.com', pathname: '/'
  },
  'http://USER:PW@www.ExAmPlE.com/': {
    href: 'http://USER:PW@www.example.com/', protocol: 'http:',
    slashes: true, auth: 'USER:PW', host: 'USER:PW@www.example.com',
    hostname: 'www.example.com', pathname: '/'
  },
  'http://x.com/path?that\'s#all, folks': {
    href: 'http://x.com/path?that%27s#all,', protocol: 'http:',
    slashes: true, host: 'x.com', hostname: 'x.com', search: '?that%27s',
    query: 'that%27s', pathname: '/path', hash: '#all,'
  },
  'HTTP://X.COM/Y': {
    href: 'http://x.com/Y', protocol: 'http:', slashes: true,
    host: 'x.com', hostname: 'x.com', pathname: '/Y'
  },
  // An unexpected invalid character ends the hostname.
  'HtTp://x.y.cOm*a/b/c?d=e#f g<h>i': {
    href: 'http://x.y.com/*a/b/c?d=e#f', protocol: 'http:', slashes: true,
    host: 'x.y.com', hostname: 'x.y.com', pathname: '/*a/b/c',
    search: '?d=e', query: 'd=e', hash: '#f'
  },
  // ... and the path keeps its case.
  'HtTp://x.y.cOm*A/b/c?d=e#f g<h>i': {
    href: 'http://x.y.com/*A/b/c?d=e#f', protocol: 'http:', slashes: true,
    host: 'x.y.com', hostname: 'x.y.com', pathname: '/*A/b/c',
    search: '?d=e', query: 'd=e', hash: '#f'
  },
  'http://x...y...#p': {
    href: 'http://x...y.../#p', protocol: 'http:', slashes: true,
    host: 'x...y...', hostname: 'x...y...', hash: '#p', pathname: '/'
  },
  'http://x/p/"quoted"': {
    href: 'http://x/p/', protocol: 'http:', slashes: true,
    host: 'x', hostname: 'x', pathname: '/p/'
  },
  '<http://goo.corn/bread> Is a URL!': {
    href: 'http://goo.corn/bread', protocol: 'http:', slashes: true,
    host: 'goo.corn', hostname: 'goo.corn', pathname: '/bread'
  },
  'http://google.com" onload="alert(42)/': {
    href: 'http://google.com/', protocol: 'http:', slashes: true,
    host: 'google.com', hostname: 'google.com', pathname: '/'
  },
  'http://www.narwhaljs.org/blog/categories?id=news': {
    href: 'http://www.narwhaljs.org/blog/categories?id=news',
    protocol: 'http:', slashes: true, host: 'www.narwhaljs.org',
    hostname: 'www.narwhaljs.org', search: '?id=news', query: 'id=news',
    pathname: '/blog/categories'
  },
  'http://mt0.google.com/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s=': {
    href: 'http://mt0.google.com/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s=',
    protocol: 'http:', slashes: true, host: 'mt0.google.com',
    hostname: 'mt0.google.com',
    pathname: '/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s='
  },
  'http://mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=': {
    href: 'http://mt0.google.com/vt/lyrs=m@114???&hl=en&src=api' +
          '&x=2&y=2&z=3&s=',
    protocol: 'http:', slashes: true, host: 'mt0.google.com',
    hostname: 'mt0.google.com', search: '???&hl=en&src=api&x=2&y=2&z=3&s=',
    query: '??&hl=en&src=api&x=2&y=2&z=3&s=', pathname: '/vt/lyrs=m@114'
  },
  'http://user:pass@mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=': {
    href: 'http://user:pass@mt0.google.com/vt/lyrs=m@114???' +
          '&hl=en&src=api&x=2&y=2&z=3&s=',
    protocol: 'http:', slashes: true, host: 'user:pass@mt0.google.com',
    auth: 'user:pass', hostname: 'mt0.google.com',
    search: '???&hl=en&src=api&x=2&y=2&z=3&s=',
    query: '??&hl=en&src=api&x=2&y=2&z=3&s=', pathname: '/vt/lyrs=m@114'
  },
  'http://a.com/foo/bar@baz': {
    href: 'http://a.com/foo/bar@baz', protocol: 'http:', slashes: true,
    host: 'a.com', hostname: 'a.com', pathname: '/foo/bar@baz'
  },
  'http://a.com:80': {
    href: 'http://a.com:80/', protocol: 'http:', slashes: true,
    host: 'a.com:80', port: '80', hostname: 'a.com', pathname: '/'
  },
  'http://a.com;x': {
    href: 'http://a.com/;x', protocol: 'http:', slashes: true,
    host: 'a.com', hostname: 'a.com', pathname: ';x'
  },
  'http://a.com:abc/x': {
    href: 'http://a.com/:abc/x', protocol: 'http:', slashes: true,
    host: 'a.com', hostname: 'a.com', pathname: '/:abc/x'
  },
  'http://bucket_name.s3.amazonaws.com/image.jpg': {
    href: 'http://bucket_name.s3.amazonaws.com/image.jpg',
    protocol: 'http:', slashes: true, host: 'bucket_name.s3.amazonaws.com',
    hostname: 'bucket_name.s3.amazonaws.com', pathname: '/image.jpg'
  },
  'file:///etc/passwd': {
    href: 'file:///etc/passwd', protocol: 'file:', slashes: true, host: '',
    hostname: '', pathname: '/etc/passwd'
  },
  'file://localhost/etc/passwd': {
    href: 'file://localhost/etc/passwd', protocol: 'file:', slashes: true,
    host: 'localhost', hostname: 'localhost', pathname: '/etc/passwd'
  },
  'file://foo/etc/node/': {
    href: 'file://foo/etc/node/', protocol: 'file:', slashes: true,
    host: 'foo', hostname: 'foo', pathname: '/etc/node/'
  },
  'http:/baz/../foo/bar': {
    href: 'http:/baz/../foo/bar', protocol: 'http:',
    pathname: '/baz/../foo/bar'
  },
  'http://user:pass@example.com:8000/foo/bar?baz=quux#frag': {
    href: 'http://user:pass@example.com:8000/foo/bar?baz=quux#frag',
    protocol: 'http:', slashes: true, auth: 'user:pass',
    host: 'user:pass@example.com:8000', port: '8000',
    hostname: 'example.com', hash: '#frag', search: '?baz=quux',
    query: 'baz=quux', pathname: '/foo/bar'
  },
  // Protocol-relative: a leading user@ makes it a host.
  '//user:pass@example.com:8000/foo/bar?baz=quux#frag': {
    href: '//user:pass@example.com:8000/foo/bar?baz=quux#frag',
    slashes: true, auth: 'user:pass', host: 'user:pass@example.com:8000',
    port: '8000', hostname: 'example.com', hash: '#frag',
    search: '?baz=quux', query: 'baz=quux', pathname: '/foo/bar'
  },
  '/foo/bar?baz=quux#frag': {
    href: '/foo/bar?baz=quux#frag', hash: '#frag', search: '?baz=quux',
    query: 'baz=quux', pathname: '/foo/bar'
  },
  'http:/foo/bar?baz=quux#frag': {
    href: 'http:/foo/bar?baz=quux#frag', protocol: 'http:', hash: '#frag',
    search: '?baz=quux', query: 'baz=quux', pathname: '/foo/bar'
  },
  // Non-slashed protocols still have a user@host.
  'mailto:foo@bar.com?subject=hello': {
    href: 'mailto:foo@bar.com?subject=hello', protocol: 'mailto:',
    auth: 'foo', host: 'foo@bar.com', hostname: 'bar.com',
    search: '?subject=hello', query: 'subject=hello'
  },
  'xmpp:isaacschlueter@jabber.org': {
    href: 'xmpp:isaacschlueter@jabber.org', protocol: 'xmpp:',
    auth: 'isaacschlueter', host: 'isaacschlueter@jabber.org',
    hostname: 'jabber.org'
  },
  // javascript: has no host and is not escaped or truncated.
  'javascript:alert(\'hello\');': {
    href: 'javascript:alert(\'hello\');', protocol: 'javascript:',
    pathname: 'alert(\'hello\');'
  },
  'JavaScript:x = "<b>"': {
    href: 'javascript:x = "<b>"', protocol: 'javascript:',
    pathname: 'x = "<b>"'
  },
  'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar': {
    href: 'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar',
    protocol: 'http:', slashes: true, auth: 'atpass:foo%40bar',
    host: 'atpass:foo%40bar@127.0.0.1:8080', port: '8080',
    hostname: '127.0.0.1', pathname: '/path', search: '?search=foo',
    query: 'search=foo', hash: '#bar'
  },
  '/': { href: '/', pathname: '/' },
  '': { href: '' },
  '?': { href: '?', search: '?', query: '' },
  '#': { href: '#', hash: '#' },
  'foo/bar': { href: 'foo/bar', pathname: 'foo/bar' }
};

// Fields whose value has changed since v0.4 ('*': all of them), unchecked on
// other runtimes.
var changedSince04 = {
  'http://user:pw@www.ExAmPlE.com/': ['host'],
  'http://USER:PW@www.ExAmPlE.com/': ['host'],
  'http://user:pass@mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=': ['host'],
  'http://user:pass@example.com:8000/foo/bar?baz=quux#frag': ['host'],
  '//user:pass@example.com:8000/foo/bar?baz=quux#frag': ['host'],
  'mailto:foo@bar.com?subject=hello': ['host'],
  'xmpp:isaacschlueter@jabber.org': ['host'],
  'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar': ['host', 'auth'],
  'http://x.com/path?that\'s#all, folks': '*',
  'HtTp://x.y.cOm*a/b/c?d=e#f g<h>i': '*',
  'HtTp://x.y.cOm*A/b/c?d=e#f g<h>i': '*',
  'http://x/p/"quoted"': '*',
  '<http://goo.corn/bread> Is a URL!': '*',
  'http://google.com" onload="alert(42)/': '*',
  'http://a.com:abc/x': '*',  // Node >= 20 also warns that it is invalid
  'JavaScript:x = "<b>"': '*'
};

Object.keys(parseTests).forEach(function(u) {
  var expected = parseTests[u], changed = changedSince04[u] || [];
  if (changed === '*' && !common.isRnode) return;
  var actual = url.parse(u);
  Object.keys(expected).forEach(function(key) {
    if (common.isRnode || changed.indexOf(key) === -1) {
      assert.strictEqual(actual[key], expected[key],
                         'parse(' + JSON.stringify(u) + ').' + key);
    }
  });
  if (common.isRnode) {
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(),
                     'fields of parse(' + JSON.stringify(u) + ')');
  }
  // Formatting gives back the canonical href.
  assert.strictEqual(url.format(u), expected.href, 'format(' + u + ')');
  if (changed.length === 0) {
    assert.strictEqual(url.format(expected), expected.href,
                       'format(parse(' + u + '))');
  }
});

// Parsing an already parsed URL is a no-op.
if (common.isRnode) {
  parsed = url.parse(manual);
  assert.strictEqual(url.parse(parsed), parsed);
}

assert.throws(function() { url.parse(); }, TypeError);
assert.throws(function() { url.parse(42); }, TypeError);
