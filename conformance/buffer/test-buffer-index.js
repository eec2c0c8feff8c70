// buf[i] get/set: writes wrap modulo 256, reads outside the buffer give undefined.
var common = require('../common');
var assert = require('assert');

var buf = Buffer.alloc(4);
buf[0] = 0x41;
buf[1] = 255;
assert.strictEqual(buf[0], 0x41);
assert.strictEqual(buf[1], 255);
assert.strictEqual(buf[2], 0);
assert.strictEqual(buf.toString('binary', 0, 2), 'A\u00ff');

// Values wrap modulo 256 and fractions are truncated.
buf[0] = 256;
buf[1] = 257;
buf[2] = -1;
buf[3] = 3.7;
assert.strictEqual(buf[0], 0);
assert.strictEqual(buf[1], 1);
assert.strictEqual(buf[2], 255);
assert.strictEqual(buf[3], 3);
buf[0] = -256;
buf[1] = 511;
buf[2] = '66';
assert.strictEqual(buf[0], 0);
assert.strictEqual(buf[1], 255);
assert.strictEqual(buf[2], 66);

// Reads outside the buffer.
assert.strictEqual(buf[4], undefined);
assert.strictEqual(buf[100], undefined);
assert.strictEqual(buf[-1], undefined);
assert.strictEqual(new Buffer(0)[0], undefined);

// Every value round-trips.
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
for (i = 0; i < 256; i++) assert.strictEqual(all[i], i);

// The manual's buffer[index] example: copy an ASCII string byte by byte.
var str = 'node.js';
var nodejs = new Buffer(str.length);
for (i = 0; i < str.length; i++) {
  nodejs[i] = str.charCodeAt(i);
}
assert.strictEqual(nodejs.toString('ascii'), 'node.js');
assert.strictEqual(nodejs.toString(), 'node.js');

// Indices of a slice are relative to the slice.
var slice = all.slice(10, 20);
assert.strictEqual(slice[0], 10);
assert.strictEqual(slice[9], 19);
assert.strictEqual(slice[10], undefined);
slice[0] = 0xaa;
assert.strictEqual(all[10], 0xaa);
