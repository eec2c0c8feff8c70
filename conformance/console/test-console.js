// console.log/info/warn/error/dir/time/timeEnd/trace/assert.
var common = require('../common');
var assert = require('assert');

var out = [], err = [];
var stdoutWrite = process.stdout.write, stderrWrite = process.stderr.write;
process.stdout.write = function(s) { out.push(s); return true; };
process.stderr.write = function(s) { err.push(s); return true; };
try {
  console.log('count: %d', 42);
  console.log('%s:%s', 'a', 'b', 'extra');
  console.log('%j', { a: 1 });
  console.log({ a: 1, b: 'x' });
  console.log('a', 1, [1, 2]);
  console.info('info');
  console.warn('warn %d', 1);
  console.error('error');
  console.dir({ nested: { x: [1] } });
  console.time('label');
  console.timeEnd('label');
  console.trace('here');
} finally {
  process.stdout.write = stdoutWrite;
  process.stderr.write = stderrWrite;
}
assert.deepEqual(out.slice(0, 7), [
  'count: 42\n', 'a:b extra\n', '{"a":1}\n',
  "{ a: 1, b: 'x' }\n", 'a 1 [ 1, 2 ]\n', 'info\n',
  '{ nested: { x: [ 1 ] } }\n']);
assert.ok(/^label: \d+(\.\d+)?ms\n$/.test(out[7]), out[7]);
assert.equal(err[0], 'warn 1\n');
assert.equal(err[1], 'error\n');
assert.ok(/^Trace: here\n    at /.test(err[2]), err[2]);

console.assert(true, 'not thrown');
if (common.isRnode) {
  // Node 0.4 threw an AssertionError (Node 10+ only prints).
  assert.throws(function() { console.assert(false, 'failed %s', 'here'); },
                /failed here/);
}
