var common = require('../common');
var assert = require('assert');
var url = require('url');

// { expected href: object to format } -- slightly wonky objects still give
// a valid URL.
var formatTests = {
  'http://example.com/?': {
    protocol: 'http:', slashes: true, host: 'example.com',
    hostname: 'example.com', search: '?', query: {}, pathname: '/'
  },
  'http://example.com/?foo=bar#frag': {
    protocol: 'http:', host: 'example.com', hostname: 'example.com',
    hash: '#frag', search: '?foo=bar', query: 'foo=bar', pathname: '/'
  },
  'http://example.com/?foo=@bar#frag': {
    protocol: 'http:', host: 'example.com', hostname: 'example.com',
    hash: '#frag', search: '?foo=@bar', query: 'foo=@bar', pathname: '/'
  },
  'http://example.com/?foo=/bar/#frag': {
    protocol: 'http:', host: 'example.com', hostname: 'example.com',
    hash: '#frag', search: '?foo=/bar/', query: 'foo=/bar/', pathname: '/'
  },
  'http://example.com/?foo=?bar/#frag': {
    protocol: 'http:', host: 'example.com', hostname: 'example.com',
    hash: '#frag', search: '?foo=?bar/', query: 'foo=?bar/', pathname: '/'
  },
  'http://example.com/#frag=?bar/#frag': {
    protocol: 'http:', host: 'example.com', hostname: 'example.com',
    hash: '#frag=?bar/#frag', pathname: '/'
  },
  // Missing ':', '/', '?' and '#' are supplied.
  'http://a.com/a/b/c?s#h': {
    protocol: 'http', host: 'a.com', pathname: 'a/b/c', hash: 'h',
    search: 's'
  },
  // hostname, port and auth are used when there is no host.
  'http://a.com:81/x': {
    protocol: 'http:', hostname: 'a.com', port: 81, pathname: '/x'
  },
  'http://atpass:foo%40bar@127.0.0.1/': {
    auth: 'atpass:foo@bar', hostname: '127.0.0.1', protocol: 'http:',
    pathname: '/'
  },
  'http://atslash%2F%40:%2F%40@foo/': {
    auth: 'atslash/@:/@', hostname: 'foo', protocol: 'http:', pathname: '/'
  },
  // host wins over hostname and port.
  'http://b.com/': {
    protocol: 'http:', host: 'b.com', hostname: 'a.com', port: 8080,
    pathname: '/'
  },
  // A query object is stringified when there is no search.
  'http://localhost/static/js?name=Nodejs&version=v%201.0': {
    protocol: 'http', hostname: 'localhost', pathname: '/static/js',
    query: { name: 'Nodejs', version: 'v 1.0' }
  },
  '/p?a=1&a=2': { pathname: '/p', query: { a: ['1', '2'] } },
  '/p?x=1': { pathname: '/p', search: '?x=1', query: { a: 'b' } },
  // A string query is not used.
  '/q': { pathname: '/q', query: 'a=b' },
  // Only slashed protocols get '//'...
  'mailto:a@b.com': { protocol: 'mailto', host: 'a@b.com' },
  'mailto:a@b.com?subject=hi': {
    protocol: 'mailto:', auth: 'a', hostname: 'b.com', search: '?subject=hi'
  },
  'javascript:void(0)': { protocol: 'javascript:', pathname: 'void(0)' },
  // ... unless the URL had them.
  'fred://x/y': { protocol: 'fred:', slashes: true, host: 'x', pathname: '/y' },
  'fred:x/y': { protocol: 'fred:', pathname: 'x/y' },
  '//h.com/p': { slashes: true, host: 'h.com', pathname: 'p' },
  'file:///etc/passwd': { protocol: 'file:', hostname: '', pathname: '/etc/passwd' },
  '': {}
};

Object.keys(formatTests).forEach(function(expected) {
  var obj = formatTests[expected];
  assert.strictEqual(url.format(obj), expected,
                     'format(' + JSON.stringify(obj) + ')');
});

// A host given together with the auth: v0.4's host includes the auth.
if (common.isRnode) {
  assert.strictEqual(url.format({ protocol: 'xmpp:', auth: 'isaacschlueter',
                                  host: 'isaacschlueter@jabber.org',
                                  hostname: 'jabber.org' }),
                     'xmpp:isaacschlueter@jabber.org');
}

// Formatting a string parses it first, cleaning it up.
assert.strictEqual(url.format('HTTP://X.COM'), 'http://x.com/');
assert.strictEqual(url.format('http://example.com?foo=bar#frag'),
                   'http://example.com/?foo=bar#frag');
assert.strictEqual(url.format('/a/b?c#d'), '/a/b?c#d');

// format(parse(x)) gives x back for the manual's example.
var manual = 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash';
assert.strictEqual(url.format(url.parse(manual)), manual);
assert.strictEqual(url.format(url.parse(manual, true)), manual);
