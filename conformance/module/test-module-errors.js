// Not found, failing modules and native addons.
var common = require('../common');
var assert = require('assert');

assert.throws(function() {
  require('./no-such-module-anywhere');
}, function(err) {
  return err.code === 'MODULE_NOT_FOUND' &&
         /Cannot find module '\.\/no-such-module-anywhere'/.test(err.message);
});
assert.throws(function() { require('no-such-package-xyz'); }, /Cannot find module/);

// A module that throws is not cached: requiring it again runs it again.
var count = 0;
for (var i = 0; i < 2; i++) {
  try { require('../fixtures/module/throws'); } catch (e) {
    assert.equal(e.message, 'load failure');
    count++;
  }
}
assert.equal(count, 2);

assert.throws(function() {
  require('../fixtures/module/addon.node');
}, function(err) {
  return err instanceof Error && /addon\.node/.test(err.message);
});
