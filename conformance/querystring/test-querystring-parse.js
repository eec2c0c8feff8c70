var common = require('../common');
var assert = require('assert');
var qs = require('querystring');

// The manual's example.
assert.deepEqual(qs.parse('a=b&b=c'), { a: 'b', b: 'c' });

// [query string, expected object]
var tests = [
  ['foo=918854443121279438895193', { foo: '918854443121279438895193' }],
  ['foo=bar', { foo: 'bar' }],
  // Repeated keys collect into an array.
  ['foo=bar&foo=quux', { foo: ['bar', 'quux'] }],
  ['a=1&b=2&a=3&a=4', { a: ['1', '3', '4'], b: '2' }],
  ['foo=1&bar=2', { foo: '1', bar: '2' }],
  // '+' is a space; %XX escapes are decoded.
  ['my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F',
   { 'my weird field': 'q1!2"\'w$5&7/z8)?' }],
  ['a+b=c+d%2B', { 'a b': 'c d+' }],
  ['foo%3Dbaz=bar', { 'foo=baz': 'bar' }],
  // Only the first '=' splits.
  ['foo=baz=bar', { foo: 'baz=bar' }],
  ['str=foo&arr=1&arr=2&arr=3&somenull=&undef=',
   { str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: '' }],
  [' foo = bar ', { ' foo ': ' bar ' }],
  ['novalue', { novalue: '' }],
  ['=', { '': '' }],
  ['=x', { '': 'x' }],
  // UTF-8.
  ['q=%C3%A9t%C3%A9&r=%E2%82%AC', { q: 'été', r: '€' }],
  ['%F0%9F%98%80=smile', { '\ud83d\ude00': 'smile' }],
  ['raw=été', { raw: 'été' }],
  // Malformed escapes are kept, not thrown.
  ['foo=%zx', { foo: '%zx' }],
  ['a=%', { a: '%' }],
  ['a=%4', { a: '%4' }],
  ['a=100%&b=%%41', { a: '100%', b: '%A' }],
  ['a=%C3%A9%zz', { a: 'é%zz' }],
  ['a=%F0%9F%98%80%', { a: '\ud83d\ude00%' }],
  // Escapes that are not valid UTF-8 decode to U+FFFD.
  ['foo=%EF%BF%BD', { foo: '\ufffd' }],
  ['a=%ff', { a: '\ufffd' }],
  ['a=%e2%82', { a: '\ufffd' }],
  ['a=%C0%80%zz', { a: '\ufffd\ufffd%zz' }],
  // Keys that are Object.prototype's methods are plain keys.
  ['hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz',
   { hasOwnProperty: 'x', toString: 'foo', valueOf: 'bar',
     __defineGetter__: 'baz' }]
];
tests.forEach(function(t) {
  assert.deepEqual(qs.parse(t[0]), t[1], 'parse(' + JSON.stringify(t[0]) + ')');
});

// Other separators.
assert.deepEqual(qs.parse('foo:bar', ';', ':'), { foo: 'bar' });
assert.deepEqual(qs.parse('foo:bar;foo:quux', ';', ':'),
                 { foo: ['bar', 'quux'] });
assert.deepEqual(qs.parse('foo:1&bar:2;baz:quux', ';', ':'),
                 { foo: '1&bar:2', baz: 'quux' });
assert.deepEqual(qs.parse('foo%3Abaz:bar', ';', ':'), { 'foo:baz': 'bar' });
assert.deepEqual(qs.parse('foo:baz:bar', ';', ':'), { foo: 'baz:bar' });
assert.deepEqual(qs.parse('a=>1&&b=>2', '&&', '=>'), { a: '1', b: '2' });
// Empty separators mean the defaults.
assert.deepEqual(qs.parse('a=1&b=2', '', ''), { a: '1', b: '2' });
assert.deepEqual(qs.parse('a=1&b=2', null, null), { a: '1', b: '2' });

// Empty pairs are skipped.
assert.deepEqual(qs.parse('a&&b'), { a: '', b: '' });
assert.deepEqual(qs.parse('&a=1&'), { a: '1' });

// Nothing to parse gives an empty object.
assert.deepEqual(qs.parse(''), {});
assert.deepEqual(qs.parse(), {});
assert.deepEqual(qs.parse(null), {});
assert.deepEqual(qs.parse(42), {});

// A query string survives stringify(parse()).
var str = 'a=1&b=x%20y&b=%C3%A9&c=';
assert.strictEqual(qs.stringify(qs.parse(str)), str);

// decode is an alias.
assert.strictEqual(qs.decode, qs.parse);
