// Buffer.concat(list, [totalLength]), Buffer.compare, buf.compare, buf.equals.
var common = require('../common');
var assert = require('assert');

// concat.
var joined = Buffer.concat([new Buffer('ab'), new Buffer(''), new Buffer('cde')]);
assert.ok(Buffer.isBuffer(joined));
assert.strictEqual(joined.toString(), 'abcde');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([new Buffer('x')]).toString(), 'x');
// A total length shorter than the list truncates ...
assert.strictEqual(Buffer.concat([new Buffer('ab'), new Buffer('cd')], 3).toString(), 'abc');
assert.strictEqual(Buffer.concat([new Buffer('ab'), new Buffer('cd')], 0).length, 0);
// ... a longer one still gives a buffer of that length.
var padded = Buffer.concat([new Buffer('ab')], 5);
assert.strictEqual(padded.length, 5);
assert.strictEqual(padded.toString('utf8', 0, 2), 'ab');
// The result is a copy.
var part = new Buffer('xy');
var whole = Buffer.concat([part, part]);
part[0] = 0x7a;
assert.strictEqual(whole.toString(), 'xyxy');
// Slices are concatenated by their own contents.
var base = new Buffer('0123456789');
assert.strictEqual(Buffer.concat([base.slice(8), base.slice(0, 2)]).toString(), '8901');

// Buffer.compare: -1, 0 or 1, byte by byte, shorter first on a tie.
assert.strictEqual(Buffer.compare(new Buffer('a'), new Buffer('b')), -1);
assert.strictEqual(Buffer.compare(new Buffer('b'), new Buffer('a')), 1);
assert.strictEqual(Buffer.compare(new Buffer('ab'), new Buffer('ab')), 0);
assert.strictEqual(Buffer.compare(new Buffer('a'), new Buffer('ab')), -1);
assert.strictEqual(Buffer.compare(new Buffer('ab'), new Buffer('a')), 1);
assert.strictEqual(Buffer.compare(new Buffer(0), new Buffer(0)), 0);
assert.strictEqual(Buffer.compare(new Buffer([0x7f]), new Buffer([0x80])), -1);  // unsigned
assert.strictEqual(Buffer.compare(new Buffer([0xff]), new Buffer([0x00, 0x00])), 1);
var sorted = [new Buffer('c'), new Buffer('ab'), new Buffer('b'), new Buffer('a')]
    .sort(Buffer.compare).map(function(b) { return b.toString(); });
assert.deepEqual(sorted, ['a', 'ab', 'b', 'c']);

// buf.compare(other).
assert.strictEqual(new Buffer('abc').compare(new Buffer('abd')), -1);
assert.strictEqual(new Buffer('abc').compare(new Buffer('abc')), 0);
assert.strictEqual(new Buffer('abd').compare(new Buffer('abc')), 1);
assert.strictEqual(base.slice(2, 4).compare(new Buffer('23')), 0);

// buf.equals(other).
assert.strictEqual(new Buffer('abc').equals(new Buffer('abc')), true);
assert.strictEqual(new Buffer('abc').equals(new Buffer('abd')), false);
assert.strictEqual(new Buffer('abc').equals(new Buffer('ab')), false);
assert.strictEqual(new Buffer(0).equals(new Buffer(0)), true);
assert.strictEqual(base.slice(1, 3).equals(new Buffer('12')), true);
