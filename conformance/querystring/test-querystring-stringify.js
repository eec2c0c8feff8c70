var common = require('../common');
var assert = require('assert');
var qs = require('querystring');

// The manual's examples.
assert.strictEqual(qs.stringify({ foo: 'bar' }), 'foo=bar');
assert.strictEqual(qs.stringify({ foo: 'bar', baz: 'bob' }, ';', ':'),
                   'foo:bar;baz:bob');

// [object, expected string]
var tests = [
  [{ foo: '918854443121279438895193' }, 'foo=918854443121279438895193'],
  // Arrays become repeated keys.
  [{ foo: ['bar', 'quux'] }, 'foo=bar&foo=quux'],
  [{ foo: '1', bar: '2' }, 'foo=1&bar=2'],
  [{ 'my weird field': 'q1!2"\'w$5&7/z8)?' },
   'my%20weird%20field=q1!2%22\'w%245%267%2Fz8)%3F'],
  [{ 'foo=baz': 'bar' }, 'foo%3Dbaz=bar'],
  [{ foo: 'baz=bar' }, 'foo=baz%3Dbar'],
  [{ str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: '' },
   'str=foo&arr=1&arr=2&arr=3&somenull=&undef='],
  [{ ' foo ': ' bar ' }, '%20foo%20=%20bar%20'],
  [{ foo: '%zx' }, 'foo=%25zx'],
  [{ foo: '\ufffd' }, 'foo=%EF%BF%BD'],
  [{ 'é': '€ ☃' }, '%C3%A9=%E2%82%AC%20%E2%98%83'],
  [{ unreserved: "-_.!~*'()" }, "unreserved=-_.!~*'()"],
  [{ reserved: ';/?:@&=+$,#' }, 'reserved=%3B%2F%3F%3A%40%26%3D%2B%24%2C%23'],
  // Numbers and booleans are written out; anything else is empty.
  [{ n: 0, f: 1.5, neg: -2, t: true, fl: false },
   'n=0&f=1.5&neg=-2&t=true&fl=false'],
  [{ nan: NaN, inf: Infinity, nul: null, undef: undefined },
   'nan=&inf=&nul=&undef='],
  [{ regexp: /./g, fn: function() {}, math: Math, d: new Date(0),
     obj: { a: 1 }, b: new Boolean(true) },
   'regexp=&fn=&math=&d=&obj=&b='],
  [{ arr: [1, null, true, 'x'] }, 'arr=1&arr=&arr=true&arr=x'],
  [{}, '']
];
tests.forEach(function(t) {
  assert.strictEqual(qs.stringify(t[0]), t[1],
                     'stringify(' + JSON.stringify(t[0]) + ')');
});

// Other separators, and the defaults for empty ones.
assert.strictEqual(qs.stringify({ foo: ['bar', 'quux'] }, ';', ':'),
                   'foo:bar;foo:quux');
assert.strictEqual(qs.stringify({ foo: '1&bar:2', baz: 'quux' }, ';', ':'),
                   'foo:1%26bar%3A2;baz:quux');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, '', ''), 'a=1&b=2');

// Only own enumerable keys are used.
function Proto() { this.own = 'yes'; }
Proto.prototype.inherited = 'no';
assert.strictEqual(qs.stringify(new Proto()), 'own=yes');

// Non-objects give an empty string...
assert.strictEqual(qs.stringify('foo'), '');
assert.strictEqual(qs.stringify(42), '');
assert.strictEqual(qs.stringify(true), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify(), '');

// ... unless v0.4's fourth argument names them (now an options object).
if (common.isRnode) {
  assert.strictEqual(qs.stringify('foo bar', '&', '=', 'name'),
                     'name=foo%20bar');
  assert.strictEqual(qs.stringify(5, null, null, 'n'), 'n=5');
  assert.strictEqual(qs.stringify(null, null, null, 'n'), 'n=');
}

// encode is an alias.
assert.strictEqual(qs.encode, qs.stringify);
