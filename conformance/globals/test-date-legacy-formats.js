// new Date(string) and Date.parse accept the looser formats V8 did (and
// code of Node 0.4's era uses), not only ISO and RFC 1123; Date stays the
// built-in class in every other respect.
var common = require('../common');
var assert = require('assert');

function local(y, m, d, h, mi, s) {
  return new Date(y, m, d, h || 0, mi || 0, s || 0).getTime();
}

assert.strictEqual(Date.parse('2010/02/14 11:48'), local(2010, 1, 14, 11, 48));
assert.strictEqual(Date.parse('1982-09-10 13:37'), local(1982, 8, 10, 13, 37));
assert.strictEqual(Date.parse('Feb 14 2010'), local(2010, 1, 14));
assert.strictEqual(Date.parse('February 14, 2010'), local(2010, 1, 14));
assert.strictEqual(Date.parse('02/14/2010'), local(2010, 1, 14));
assert.strictEqual(Date.parse('14 Feb 2010 11:48:00 +0100'), Date.UTC(2010, 1, 14, 10, 48));
assert.strictEqual(Date.parse('Sun Feb 14 2010 11:48:00 GMT+0000 (UTC)'), Date.UTC(2010, 1, 14, 11, 48));
assert.strictEqual(new Date('2010/02/14 11:48').getTime(), local(2010, 1, 14, 11, 48));
assert.strictEqual(Date.parse('Thu, 01 Jan 1970 00:00:00 GMT'), 0);
assert.strictEqual(Date.parse('2010-02-14T11:48:00Z'), Date.UTC(2010, 1, 14, 11, 48));
assert.ok(isNaN(Date.parse('not a date')));
assert.ok(isNaN(new Date('not a date').getTime()));

// Still the built-in class.
var d = new Date(0);
assert.ok(d instanceof Date);
assert.strictEqual(Object.prototype.toString.call(d), '[object Date]');
assert.strictEqual(Date.prototype.constructor, Date);
assert.strictEqual(d.constructor, Date);
assert.strictEqual(typeof Date(), 'string');
assert.strictEqual(typeof Date.now(), 'number');
assert.strictEqual(new Date(2010, 1).getMonth(), 1);
assert.strictEqual(new Date(d).getTime(), 0);
assert.strictEqual(JSON.stringify(new Date(0)), '"1970-01-01T00:00:00.000Z"');
assert.strictEqual(Date.name, 'Date');
assert.strictEqual(Date.length, 7);
