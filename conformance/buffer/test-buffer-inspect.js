// util.inspect(buf), buf.inspect(), console.log(buf): '<Buffer 68 69>', cut after INSPECT_MAX_BYTES.
var common = require('../common');
var assert = require('assert');
var util = require('util');

var hello = new Buffer('hello');
assert.strictEqual(util.inspect(hello), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(hello.inspect(), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(new Buffer([0, 15, 16, 255])), '<Buffer 00 0f 10 ff>');
assert.strictEqual(util.inspect(new Buffer(0)), '<Buffer >');
assert.strictEqual(util.inspect(hello.slice(1, 3)), '<Buffer 65 6c>');
assert.strictEqual(util.inspect({ b: new Buffer([1]) }), '{ b: <Buffer 01> }');
assert.strictEqual(util.inspect([new Buffer([1, 2])]), '[ <Buffer 01 02> ]');

// console.log goes through util.inspect.
var out = [];
var stdoutWrite = process.stdout.write;
process.stdout.write = function(s) { out.push(s); return true; };
try {
  console.log(hello);
  console.log('buf: %s', 'x', new Buffer([0xab]));
} finally {
  process.stdout.write = stdoutWrite;
}
assert.deepEqual(out, ['<Buffer 68 65 6c 6c 6f>\n', 'buf: x <Buffer ab>\n']);

function counting(n) {
  var b = new Buffer(n);
  for (var i = 0; i < n; i++) b[i] = i;
  return b;
}
function hexes(from, to) {
  var out = [];
  for (var i = from; i < to; i++) out.push((i < 16 ? '0' : '') + i.toString(16));
  return out.join(' ');
}

// Up to INSPECT_MAX_BYTES (50) bytes are all shown.
assert.strictEqual(util.inspect(counting(50)), '<Buffer ' + hexes(0, 50) + '>');

// Longer buffers are cut short. Node 0.4's Buffer#inspect shows bytes 0..50
// (51 of them, its loop stops *after* index INSPECT_MAX_BYTES) and then
// '...':  for (...) { out[i] = toHex(..); if (i == INSPECT_MAX_BYTES)
// { out[i + 1] = '...'; break; } }  return '<Buffer ' + out.join(' ') + '>';
// Modern Node prints '... N more bytes>' instead.
if (common.isRnode) {
  assert.strictEqual(util.inspect(counting(60)), '<Buffer ' + hexes(0, 51) + ' ...>');
  assert.strictEqual(counting(60).inspect(), '<Buffer ' + hexes(0, 51) + ' ...>');
  assert.strictEqual(util.inspect(counting(51)), '<Buffer ' + hexes(0, 51) + ' ...>');
} else {
  assert.strictEqual(util.inspect(counting(60)),
                     '<Buffer ' + hexes(0, 50) + ' ... 10 more bytes>');
}
// The cut-off follows INSPECT_MAX_BYTES when it is changed.
var buffer = require('buffer');
buffer.INSPECT_MAX_BYTES = 2;
try {
  if (common.isRnode) {
    assert.strictEqual(util.inspect(counting(5)), '<Buffer 00 01 02 ...>');
  } else {
    assert.strictEqual(util.inspect(counting(5)), '<Buffer 00 01 ... 3 more bytes>');
  }
  assert.strictEqual(util.inspect(counting(2)), '<Buffer 00 01>');
} finally {
  buffer.INSPECT_MAX_BYTES = 50;
}
