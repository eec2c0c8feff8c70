// The global object and its aliases; the enumerable globals are exactly
// Node 0.4's (common.js fails the run on any leak).
var common = require('../common');
var assert = require('assert');

assert.strictEqual(global.global, global);
if (typeof GLOBAL !== 'undefined') assert.strictEqual(GLOBAL, global); // gone after 0.x
if (typeof root !== 'undefined') assert.strictEqual(root, global);
assert.strictEqual(global.process, process);
assert.strictEqual(typeof global.console, 'object');
assert.strictEqual(typeof setTimeout, 'function');
assert.strictEqual(typeof clearInterval, 'function');
assert.strictEqual(typeof require, 'function');
assert.strictEqual(typeof global.require, 'undefined');
assert.strictEqual(typeof module, 'object');
assert.strictEqual(typeof global.module, 'undefined');

// Top-level var in a module stays local.
var notGlobal = 1;
assert.strictEqual(global.notGlobal, undefined);

if (common.isRnode) {
  var keys = Object.keys(global).sort();
  assert.deepEqual(keys, ['Buffer', 'GLOBAL', 'clearInterval', 'clearTimeout',
    'console', 'global', 'process', 'root', 'setInterval', 'setTimeout'].filter(function(k) {
      return keys.indexOf(k) !== -1 || k !== 'Buffer';
    }));
}
