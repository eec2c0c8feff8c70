// LOAD_NODE_MODULES: node_modules folders up the tree, nested packages.
var common = require('../common');
var assert = require('assert');
var path = require('path');
var Module = module.constructor;

var baz = require('../fixtures/module/node_modules/baz');
assert.equal(baz.name, 'baz');
assert.equal(baz.qux, 'qux');

// From inside fixtures/module, bare names search node_modules folders.
var isMain = require('../fixtures/module/is-main');
var mod = module.children.filter(function(m) { return /is-main/.test(m.filename); })[0];
assert.ok(mod.paths.indexOf(path.join(common.fixturesDir, 'module', 'node_modules')) >= 0);

// The manual's NODE_MODULES_PATHS example, with the nested optimization.
if (typeof Module._nodeModulePaths === 'function') {
  assert.deepEqual(
    Module._nodeModulePaths('/home/ry/projects/foo/node_modules/bar/node_modules/baz').slice(0, 3),
    ['/home/ry/projects/foo/node_modules/bar/node_modules/baz/node_modules',
     '/home/ry/projects/foo/node_modules/bar/node_modules',
     '/home/ry/projects/foo/node_modules']);
  var plain = Module._nodeModulePaths('/home/ry/projects');
  assert.equal(plain[0], '/home/ry/projects/node_modules');
  assert.equal(plain[1], '/home/ry/node_modules');
}
