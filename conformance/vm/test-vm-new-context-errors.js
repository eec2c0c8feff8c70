// An error thrown by code run in a new context has V8's stack, which
// shows "Name: message" (first, in rnode and 0.4; modern Node puts the
// offending source line above it).
var common = require('../common');
var assert = require('assert');
var vm = require('vm');

assert.throws(function() {
  vm.runInNewContext('widget', {});
}, function(err) {
  assert.ok(err.stack.indexOf('ReferenceError: widget is not defined') !== -1, err.stack);
  if (common.isRnode) {
    assert.strictEqual(err.stack.split('\n')[0], 'ReferenceError: widget is not defined');
  }
  return true;
});

var result = vm.runInNewContext('try { null.x } catch (e) { e.stack.split("\\n")[0] }', {});
assert.ok(/^TypeError: /.test(result), result);
