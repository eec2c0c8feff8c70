// rnode-only
// util.puts/print/debug/error/p: removed from modern Node.
var common = require('../common');
var assert = require('assert');
var util = require('util');

var written = [];
var realWrite = process.stdout.write;
process.stdout.write = function(s) { written.push(String(s)); return true; };
try {
  util.puts('a', 'b', 3);
  util.puts();
  util.print('c', 'd', 4, null);
  util.print();
} finally {
  process.stdout.write = realWrite;
}
// puts adds a newline after each argument; print adds nothing.
assert.deepEqual(written, ['a\n', 'b\n', '3\n', 'c', 'd', '4', 'null']);

// debug and error write to stderr synchronously; they must not throw.
util.debug('message on stderr');
util.error('error line 1', 'error line 2');
assert.strictEqual(typeof util.p, 'function');
