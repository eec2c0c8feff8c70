// rnode-only: 0.4 emits 'exit' only once the child's stdout and stderr have closed, so all 'data' comes first; node 20 emits 'exit' as soon as the child is reaped (possibly before the last 'data') and gives that guarantee with 'close' instead.
// Every byte a child writes has been seen when 'exit' is emitted, for small
// and large outputs, on stdout and stderr, with pauses in between; no
// 'data' or 'end' comes after 'exit'.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

function check(script, expectOut, expectErr, expectCode) {
  var child = spawn('/bin/sh', ['-c', script]);
  var outLen = 0, errLen = 0, out = '', err = '', exited = false, ends = 0;
  child.stdout.on('data', function(d) {
    assert.ok(!exited, "stdout 'data' after 'exit'");
    outLen += d.length;
    if (typeof expectOut === 'string') out += d;
  });
  child.stderr.on('data', function(d) {
    assert.ok(!exited, "stderr 'data' after 'exit'");
    errLen += d.length;
    err += d;
  });
  child.stdout.on('end', function() { assert.ok(!exited); ends++; });
  child.stderr.on('end', function() { assert.ok(!exited); ends++; });
  child.on('exit', common.mustCall(function(code, signal) {
    exited = true;
    assert.strictEqual(code, expectCode);
    assert.strictEqual(signal, null);
    assert.strictEqual(ends, 2);
    if (typeof expectOut === 'string') {
      assert.strictEqual(out, expectOut);
    } else {
      assert.strictEqual(outLen, expectOut);
    }
    assert.strictEqual(err, expectErr);
  }));
}

check('echo one; sleep 0.1; echo two >&2; sleep 0.1; echo three',
      'one\nthree\n', 'two\n', 0);
check('printf abc', 'abc', '', 0);
check('printf abc; exit 4', 'abc', '', 4);
check('echo e >&2; exit 5', '', 'e\n', 5);
// Large outputs; several at once so that exits and reads interleave.
for (var i = 0; i < 10; i++) {
  check('head -c 3000000 /dev/zero; echo last >&2', 3000000, 'last\n', 0);
}
// A grandchild holding stdout open keeps 'exit' waiting for its output.
check('(sleep 0.2; echo late) & echo early', 'early\nlate\n', '', 0);
