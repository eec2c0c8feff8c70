var common = require('../common');
var assert = require('assert');
var qs = require('querystring');

// escape is encodeURIComponent.
assert.strictEqual(qs.escape('a b&c=d/é?☃'),
                   'a%20b%26c%3Dd%2F%C3%A9%3F%E2%98%83');
assert.strictEqual(qs.escape("-_.!~*'()"), "-_.!~*'()");
assert.strictEqual(qs.escape(''), '');

// unescape decodes %XX (as UTF-8), keeping malformed escapes.
assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.strictEqual(qs.unescape('%C3%A9t%C3%A9'), 'été');
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('%zz%41'), '%zzA');
assert.strictEqual(qs.unescape('100%'), '100%');
assert.strictEqual(qs.unescape('%ff'), '\ufffd');
assert.strictEqual(qs.unescape(''), '');

if (common.isRnode) {
  // v0.4's second argument also decodes '+' (Node >= 0.6 ignores it).
  assert.strictEqual(qs.unescape('a+b%2B', true), 'a b+');
}

// parse and stringify use whatever escape/unescape are at call time, so a
// program can override them (the manual says so).
var origEscape = qs.escape, origUnescape = qs.unescape;
qs.unescape = function(s) { return s.replace(/o/g, '_'); };
assert.deepEqual(qs.parse('foo=bor'), { f__: 'b_r' });
qs.escape = function(s) { return s.toUpperCase(); };
assert.strictEqual(qs.stringify({ ab: 'cd', e: ['f', 'g'] }), 'AB=CD&E=F&E=G');
qs.escape = origEscape;
qs.unescape = origUnescape;
assert.deepEqual(qs.parse('foo=bor'), { foo: 'bor' });
assert.strictEqual(qs.stringify({ ab: 'c d' }), 'ab=c%20d');

// unescapeBuffer needs Buffer.
if (typeof Buffer === 'function') {
  var buf = qs.unescapeBuffer('a%20b%zz%');
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'a b%zz%');
  assert.strictEqual(qs.unescapeBuffer('%ff%00').length, 2);
  assert.strictEqual(qs.unescapeBuffer('%ff%00')[0], 0xff);
  assert.strictEqual(qs.unescapeBuffer('a+b', true).toString(), 'a b');
  assert.strictEqual(qs.unescapeBuffer('%C3%A9').toString(), 'é');
}
