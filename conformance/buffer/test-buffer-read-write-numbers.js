// read/write{U}Int{8,16,32}{LE,BE}, Float/Double{LE,BE}: byte order, sign, returns, bounds.
var common = require('../common');
var assert = require('assert');

function hex(buf) { return buf.toString('hex'); }

var buf = new Buffer([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0xfd, 0xfc]);

// Reads.
assert.strictEqual(buf.readUInt8(0), 0x01);
assert.strictEqual(buf.readUInt8(4), 0xff);
assert.strictEqual(buf.readInt8(0), 1);
assert.strictEqual(buf.readInt8(4), -1);
assert.strictEqual(buf.readInt8(7), -4);
assert.strictEqual(buf.readUInt16LE(0), 0x0201);
assert.strictEqual(buf.readUInt16BE(0), 0x0102);
assert.strictEqual(buf.readUInt16BE(4), 0xfffe);
assert.strictEqual(buf.readInt16BE(4), -2);
assert.strictEqual(buf.readInt16LE(4), -257);
assert.strictEqual(buf.readInt16LE(1), 0x0302);
assert.strictEqual(buf.readUInt32LE(0), 0x04030201);
assert.strictEqual(buf.readUInt32BE(0), 0x01020304);
assert.strictEqual(buf.readUInt32BE(4), 0xfffefdfc);
assert.strictEqual(buf.readInt32BE(4), -66052);
assert.strictEqual(buf.readInt32LE(4), -50462977);
assert.strictEqual(buf.readInt32LE(0), 0x04030201);

// Writes return offset + bytes written.
var w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(0xab, 0), 1);
assert.strictEqual(w.writeInt8(-2, 1), 2);
assert.strictEqual(hex(w), 'abfe000000000000');
assert.strictEqual(w.writeUInt16LE(0x1234, 2), 4);
assert.strictEqual(w.writeUInt16BE(0x1234, 4), 6);
assert.strictEqual(hex(w), 'abfe341212340000');
assert.strictEqual(w.writeInt16LE(-2, 6), 8);
assert.strictEqual(hex(w), 'abfe34121234feff');
assert.strictEqual(w.writeInt16BE(-2, 0), 2);
assert.strictEqual(hex(w).slice(0, 4), 'fffe');
assert.strictEqual(w.writeUInt32BE(0xdeadbeef, 0), 4);
assert.strictEqual(w.writeUInt32LE(0xdeadbeef, 4), 8);
assert.strictEqual(hex(w), 'deadbeefefbeadde');
assert.strictEqual(w.writeInt32BE(-2, 0), 4);
assert.strictEqual(w.writeInt32LE(-2, 4), 8);
assert.strictEqual(hex(w), 'fffffffefeffffff');
assert.strictEqual(w.readInt32BE(0), -2);
assert.strictEqual(w.readUInt32BE(0), 0xfffffffe);
assert.strictEqual(w.readInt32LE(4), -2);

// Extremes round-trip.
w.writeInt32LE(-2147483648, 0);
assert.strictEqual(w.readInt32LE(0), -2147483648);
w.writeInt32BE(2147483647, 0);
assert.strictEqual(w.readInt32BE(0), 2147483647);
w.writeUInt32LE(4294967295, 0);
assert.strictEqual(w.readUInt32LE(0), 4294967295);
w.writeInt16BE(-32768, 0);
assert.strictEqual(w.readInt16BE(0), -32768);
w.writeUInt16LE(65535, 0);
assert.strictEqual(w.readUInt16LE(0), 65535);
w.writeInt8(-128, 0);
assert.strictEqual(w.readInt8(0), -128);
assert.strictEqual(w.readUInt8(0), 128);

// Floats and doubles.
var f = Buffer.alloc(8);
assert.strictEqual(f.writeFloatLE(1.5, 0), 4);
assert.strictEqual(hex(f.slice(0, 4)), '0000c03f');
assert.strictEqual(f.readFloatLE(0), 1.5);
assert.strictEqual(f.writeFloatBE(1.5, 4), 8);
assert.strictEqual(hex(f.slice(4)), '3fc00000');
assert.strictEqual(f.readFloatBE(4), 1.5);
f.writeFloatBE(0.1, 0);
assert.strictEqual(hex(f.slice(0, 4)), '3dcccccd');
assert.strictEqual(f.readFloatBE(0), 0.10000000149011612);  // single precision
f.writeFloatLE(-Infinity, 0);
assert.strictEqual(f.readFloatLE(0), -Infinity);
f.writeFloatLE(NaN, 0);
assert.ok(isNaN(f.readFloatLE(0)));
assert.strictEqual(f.writeDoubleBE(Math.PI, 0), 8);
assert.strictEqual(hex(f), '400921fb54442d18');
assert.strictEqual(f.readDoubleBE(0), Math.PI);
assert.strictEqual(f.writeDoubleLE(Math.PI, 0), 8);
assert.strictEqual(hex(f), '182d4454fb210940');
assert.strictEqual(f.readDoubleLE(0), Math.PI);
f.writeDoubleLE(-0.5, 0);
assert.strictEqual(hex(f), '000000000000e0bf');
assert.strictEqual(f.readDoubleLE(0), -0.5);
f.writeDoubleBE(1e300, 0);
assert.strictEqual(f.readDoubleBE(0), 1e300);
var odd = Buffer.alloc(9);
odd.writeDoubleLE(0.1, 1);  // unaligned
assert.strictEqual(odd.readDoubleLE(1), 0.1);

// Offsets are relative to a slice.
var parent = new Buffer([0, 0, 0x12, 0x34, 0, 0]);
assert.strictEqual(parent.slice(2).readUInt16BE(0), 0x1234);
parent.slice(4).writeUInt16LE(0xabcd, 0);
assert.strictEqual(hex(parent), '00001234cdab');

// Reading past the end throws a RangeError.
var four = Buffer.alloc(4);
assert.throws(function() { four.readUInt8(4); }, RangeError);
assert.throws(function() { four.readInt8(4); }, RangeError);
assert.throws(function() { four.readUInt16LE(3); }, RangeError);
assert.throws(function() { four.readUInt16BE(3); }, RangeError);
assert.throws(function() { four.readInt16LE(3); }, RangeError);
assert.throws(function() { four.readUInt32LE(1); }, RangeError);
assert.throws(function() { four.readInt32BE(1); }, RangeError);
assert.throws(function() { four.readFloatLE(1); }, RangeError);
assert.throws(function() { four.readDoubleBE(0); }, RangeError);
assert.throws(function() { four.readUInt16LE(-1); }, RangeError);
// ... as does writing past it.
assert.throws(function() { four.writeUInt8(1, 4); }, RangeError);
assert.throws(function() { four.writeUInt16BE(1, 3); }, RangeError);
assert.throws(function() { four.writeUInt32LE(1, 1); }, RangeError);
assert.throws(function() { four.writeDoubleLE(1, 0); }, RangeError);
assert.strictEqual(hex(four), '00000000');
