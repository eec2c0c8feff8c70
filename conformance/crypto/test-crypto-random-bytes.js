// crypto.randomBytes(size, [callback]): a Buffer of `size` random bytes,
// synchronously or, with a callback, later as callback(null, buffer); bad
// sizes throw.
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

[0, 1, 8, 16, 17, 256, 1000, 65536].forEach(function(size) {
  var buf = crypto.randomBytes(size);
  assert.ok(Buffer.isBuffer(buf), 'Buffer of ' + size);
  assert.strictEqual(buf.length, size);
});

// Random: two 32-byte draws differ, and a large draw uses many byte values.
var a = crypto.randomBytes(32).toString('hex');
var b = crypto.randomBytes(32).toString('hex');
assert.notStrictEqual(a, b);
var big = crypto.randomBytes(4096);
var seen = {};
var distinct = 0;
var zeros = 0;
for (var i = 0; i < big.length; i++) {
  if (!seen[big[i]]) { seen[big[i]] = true; distinct++; }
  if (big[i] === 0) zeros++;
}
// 4096 uniform bytes miss a given value with probability ~1e-7; expect all
// 256 values, and allow a handful of misses.
assert.ok(distinct > 250, 'distinct byte values: ' + distinct);
assert.ok(zeros < 100, 'zero bytes: ' + zeros);

// The callback form calls back later, exactly once, with (null, buffer).
var sync = true;
crypto.randomBytes(16, common.mustCall(function(err, buf) {
  assert.strictEqual(sync, false, 'callback must be asynchronous');
  assert.ok(!err);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 16);
}));
// (Modern Node calls back synchronously for size 0, so no timing check here.)
crypto.randomBytes(0, common.mustCall(function(err, buf) {
  assert.ok(!err);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 0);
}));
var results = [];
for (var j = 0; j < 5; j++) {
  crypto.randomBytes(64, common.mustCall(function(err, buf) {
    assert.ok(!err);
    assert.strictEqual(buf.length, 64);
    results.push(buf.toString('hex'));
  }));
}
sync = false;

process.on('exit', function() {
  assert.strictEqual(results.length, 5);
  for (var k = 1; k < results.length; k++) assert.notStrictEqual(results[k], results[0]);
});

// Bad sizes throw at once, with or without a callback: a TypeError for a
// non-number; for a negative or non-finite number modern Node throws a
// RangeError (older Node a TypeError), so only Error is asserted there.
[-1, -100, NaN, Infinity].forEach(function(size) {
  assert.throws(function() { crypto.randomBytes(size); }, Error, String(size));
  assert.throws(function() { crypto.randomBytes(size, function() {}); }, Error, String(size));
});
['8', '', null, undefined, {}, [], true].forEach(function(size) {
  assert.throws(function() { crypto.randomBytes(size); }, TypeError, JSON.stringify(size));
  assert.throws(function() { crypto.randomBytes(size, function() {}); }, TypeError);
});
