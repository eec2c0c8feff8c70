// rnode-only: Node 0.4's bounds rules for write/copy/toString (its
// test-buffer.js), where modern Node throws ERR_OUT_OF_RANGE instead: an
// empty write anywhere and a zero-length copy anywhere are no-ops; the
// checks run in 0.4's order with 0.4's messages.
var common = require('../common');
var assert = require('assert');

var b = new Buffer(1024);
var c = new Buffer(512);

function message(fn) {
  try { fn(); } catch (err) { return err.message; }
  return 'no error';
}

// Empty strings write nothing, wherever they land (0.4: no offset check).
assert.strictEqual(b.write('', 1024), 0);
assert.strictEqual(b.write('', 2048), 0);
assert.strictEqual(b.write('', 2048, 'hex'), 0);
assert.strictEqual(Buffer._charsWritten, 0);
// A non-empty string past the end is still an error.
assert.throws(function() { b.write('a', 2048); });

// Zero-length copies are no-ops, even outside either buffer.
assert.strictEqual(b.copy(new Buffer(0), 0, 0, 0), 0);
assert.strictEqual(b.copy(new Buffer(0), 1, 1, 1), 0);
assert.strictEqual(b.copy(new Buffer(1), 1, 1, 1), 0);
assert.strictEqual(b.copy(new Buffer(1), 0, 2048, 2048), 0);
assert.strictEqual(new Buffer(0).copy(c, 0, 0, 10), 0);

// The checks, in 0.4's order and words.
assert.strictEqual(message(function() { b.copy(c, 0, 100, 10); }), 'sourceEnd < sourceStart');
assert.strictEqual(message(function() { b.copy(c, -1, 0, 10); }), 'targetStart out of bounds');
assert.strictEqual(message(function() { b.copy(c, 512, 0, 10); }), 'targetStart out of bounds');
assert.strictEqual(message(function() { b.copy(c, 0, -1, 1); }), 'sourceStart out of bounds');
assert.strictEqual(message(function() { b.copy(c, 0, 1024, 1025); }), 'sourceStart out of bounds');
assert.strictEqual(message(function() { b.copy(c, 0, 1023, 1025); }), 'sourceEnd out of bounds');
// A copy longer than the room left is cut to it.
assert.strictEqual(b.copy(c, 500, 0, 100), 12);

// toString clamps its range and gives '' for an empty one, in or out of range.
var abc = new Buffer('abc');
assert.strictEqual(abc.toString('ascii', 0, 0), '');
assert.strictEqual(abc.toString('ascii', -100, -100), '');
assert.strictEqual(abc.toString('ascii', 100, 100), '');
assert.strictEqual(abc.toString('ascii', -5, 2), 'ab');
assert.strictEqual(abc.toString('ascii', 1, 100), 'bc');

// 0-length buffers of every kind.
assert.strictEqual(new Buffer('').length, 0);
assert.strictEqual(new Buffer('', 'ascii').length, 0);
assert.strictEqual(new Buffer('', 'binary').length, 0);
assert.strictEqual(new Buffer(0).length, 0);
