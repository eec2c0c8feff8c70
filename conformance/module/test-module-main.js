// require.main === module for the entry file only; module fields.
var common = require('../common');
var assert = require('assert');
var path = require('path');

assert.strictEqual(require.main, module);
assert.strictEqual(require.main.filename, __filename);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.parent, null);
assert.strictEqual(module.filename, __filename);
assert.strictEqual(__dirname, path.dirname(__filename));

var other = require('../fixtures/module/is-main');
assert.strictEqual(other.main, false);
assert.strictEqual(other.parent, '.');

var child = module.children.filter(function(m) {
  return /is-main\.js$/.test(m.filename);
})[0];
assert.ok(child, 'module.children lists the required module');
assert.strictEqual(child.loaded, true);
assert.strictEqual(child.parent, module);
assert.strictEqual(module.loaded, false); // still running
