// buf.toJSON() and JSON.stringify(buf): { type: 'Buffer', data: [...] }.
var common = require('../common');
var assert = require('assert');

assert.deepEqual(new Buffer([1, 2, 255]).toJSON(), { type: 'Buffer', data: [1, 2, 255] });
assert.deepEqual(new Buffer(0).toJSON(), { type: 'Buffer', data: [] });
assert.deepEqual(new Buffer('abc').slice(1).toJSON(), { type: 'Buffer', data: [98, 99] });
assert.strictEqual(JSON.stringify(new Buffer('hi')), '{"type":"Buffer","data":[104,105]}');
assert.strictEqual(JSON.stringify({ b: new Buffer([0]) }), '{"b":{"type":"Buffer","data":[0]}}');
// The JSON form makes the same buffer again.
var back = JSON.parse(JSON.stringify(new Buffer('\u20ac')));
assert.strictEqual(new Buffer(back.data).toString(), '\u20ac');
