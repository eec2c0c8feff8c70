// Plain members of process: pid, platform, version, execPath, env, …
var common = require('../common');
var assert = require('assert');
var path = require('path');
var EventEmitter = require('events').EventEmitter;

assert.ok(process instanceof EventEmitter);
assert.strictEqual(typeof process.pid, 'number');
assert.ok(process.pid > 0);
assert.ok(/^v\d+\.\d+\.\d+/.test(process.version));
assert.strictEqual(typeof process.versions, 'object');
assert.strictEqual(typeof process.versions.node, 'string');
assert.ok(path.resolve(process.execPath) === process.execPath, 'execPath is absolute');
assert.strictEqual(typeof process.installPrefix === 'string' || common.isRnode === false, true);
assert.strictEqual(typeof process.arch, 'string');
assert.strictEqual(typeof process.title, 'string');
assert.strictEqual(typeof process.env.PATH, 'string');
assert.strictEqual(typeof process.uptime(), 'number');
var t = process.hrtime();
assert.ok(Array.isArray(t) && t.length === 2);
var d = process.hrtime(t);
assert.ok(d[0] >= 0 && d[1] >= 0);

if (common.isRnode) {
  // Node 0.4 said 'linux2' and was v0.4.x; packages of the era compare.
  assert.ok(/^v0\.4\.\d+$/.test(process.version));
  assert.strictEqual(process.platform, process.platform === 'darwin' ? 'darwin' : 'linux2');
  assert.strictEqual(typeof process.versions.rnode, 'string');
}

// env: writes become strings and are visible at once.
process.env.RNODE_TEST_VAR = 42;
assert.strictEqual(process.env.RNODE_TEST_VAR, '42');
delete process.env.RNODE_TEST_VAR;
assert.strictEqual(process.env.RNODE_TEST_VAR, undefined);
