// A string longer than V8's limit, (1 << 29) - 24 code units, is a
// catchable RangeError "Invalid string length" wherever it would be made
// (repeat, join, +, concat, template literals, padding), not an allocation
// that ends the process; array lengths past 2^32 - 1 are "Invalid array
// length". Node 0.4's programs caught these as V8 threw them.
var assert = require('assert');

function invalidString(f) {
  assert.throws(f, function(e) {
    return e instanceof RangeError && e.message === 'Invalid string length';
  });
}

invalidString(function() { return 'x'.repeat(Math.pow(2, 30)); });
invalidString(function() { return 'xy'.repeat(Math.pow(2, 28)); });
invalidString(function() { return new Array(1e9).join('x'); });
invalidString(function() { var s = 'x'; for (;;) s += s; });
invalidString(function() { var s = 'xxxxxxxxxxxxxxxx'; for (;;) s = s.concat(s); });
invalidString(function() { var s = 'xxxxxxxxxxxxxxxx'; for (;;) s = `${s}-${s}`; });
invalidString(function() { return 'x'.padEnd(Math.pow(2, 29)); });
invalidString(function() { return 'x'.padStart(Math.pow(2, 29)); });

// Below the limit all of them still work, and a huge sparse join with an
// empty separator is the empty string.
assert.strictEqual('ab'.repeat(1 << 20).length, 1 << 21);
assert.strictEqual(new Array(1e6).join('x').length, 1e6 - 1);
assert.strictEqual(new Array(1e7).join(''), '');
var parts = [];
for (var i = 0; i < 20000; i++) parts.push(i % 10);
assert.strictEqual(parts.join('').length, 20000);
assert.strictEqual(parts.join(',').slice(0, 7), '0,1,2,3');
assert.strictEqual(parts.join(',').slice(-5), '7,8,9');

function invalidArray(f) {
  assert.throws(f, function(e) {
    return e instanceof RangeError && e.message === 'Invalid array length';
  });
}
invalidArray(function() { var a = []; a.length = Math.pow(2, 32); });
invalidArray(function() { return new Array(Math.pow(2, 32)); });
invalidArray(function() { return new Array(-1); });
