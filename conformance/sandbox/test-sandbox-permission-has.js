// rnode-only: --sandbox is rnode's flag (process.permission is later Node's API)
// process.permission.has(scope, [resource]) answers what the layer would do.
var common = require('../common');
var assert = require('assert');
var run = require('../fixtures/sandbox/run');

// Without --sandbox, everything is allowed.
assert.strictEqual(process.permission.has('fs.read'), true);
assert.strictEqual(process.permission.has('fs.write', '/etc/passwd'), true);
assert.strictEqual(process.permission.has('net', 'example.com:80'), true);
assert.strictEqual(process.permission.has('child'), true);
assert.throws(function() { process.permission.has('nonsense'); }, TypeError);

var code = [
  'var h = process.permission.has;',
  'console.log(JSON.stringify([',
  '  h("fs.read"), h("fs.read", "/tmp"), h("fs.read", "/tmp/x/y"), h("fs.read", "/etc"),',
  '  h("fs.write", "/tmp"), h("fs"), h("net"), h("net", "127.0.0.1:80"), h("net", "127.0.0.1:81"),',
  '  h("net", "localhost"), h("env", "HOME"), h("env", "PATH"), h("child"), h("addon")',
  ']));'
].join('\n');

run(['--sandbox', '--allow-fs-read=/tmp', '--allow-net=127.0.0.1:80', '--allow-env=PATH'], code,
    common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.deepEqual(JSON.parse(out), [
    false, true, true, false,
    false, false, false, true, false,
    false, false, true, false, false
  ]);
}));

// --allow-* without --sandbox is a usage error (exit 9), as in node.
run(['--allow-net'], '1', common.mustCall(function(status, out, err) {
  assert.equal(status, 9);
  assert.ok(/needs --sandbox/.test(err), err);
}));
