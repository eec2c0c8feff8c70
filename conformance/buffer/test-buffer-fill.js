// buf.fill(value, [start], [end]) with number, string and buffer values.
var common = require('../common');
var assert = require('assert');

function bytes(buf) {
  var out = [];
  for (var i = 0; i < buf.length; i++) out.push(buf[i]);
  return out;
}

var buf = new Buffer(5);
assert.strictEqual(buf.fill(1), buf);  // returns the buffer
assert.deepEqual(bytes(buf), [1, 1, 1, 1, 1]);
buf.fill(0);
assert.deepEqual(bytes(buf), [0, 0, 0, 0, 0]);

// Numbers are taken modulo 256.
buf.fill(257);
assert.deepEqual(bytes(buf), [1, 1, 1, 1, 1]);
buf.fill(0xff);
assert.deepEqual(bytes(buf), [255, 255, 255, 255, 255]);

// start and end.
buf.fill(0);
buf.fill(7, 1, 3);
assert.deepEqual(bytes(buf), [0, 7, 7, 0, 0]);
buf.fill(9, 3);
assert.deepEqual(bytes(buf), [0, 7, 7, 9, 9]);
buf.fill(5, 2, 2);
assert.deepEqual(bytes(buf), [0, 7, 7, 9, 9]);

// Strings repeat; multi-byte characters too.
buf.fill('ab');
assert.strictEqual(buf.toString(), 'ababa');
buf.fill('x', 1, 3);
assert.strictEqual(buf.toString(), 'axxba');
buf.fill('a');
assert.strictEqual(buf.toString(), 'aaaaa');
var six = new Buffer(6);
six.fill('\u00e9');
assert.strictEqual(six.toString(), '\u00e9\u00e9\u00e9');

// Buffers repeat.
buf.fill(new Buffer([1, 2]));
assert.deepEqual(bytes(buf), [1, 2, 1, 2, 1]);
buf.fill(new Buffer([3, 4, 5]), 1, 4);
assert.deepEqual(bytes(buf), [1, 3, 4, 5, 1]);

// Filling a slice fills only that part of the parent.
var parent = Buffer.alloc(6);
parent.slice(2, 4).fill(0x2e);
assert.deepEqual(bytes(parent), [0, 0, 0x2e, 0x2e, 0, 0]);
