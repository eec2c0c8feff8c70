// rnode-only
// require.paths (removed after Node 0.4): shared, mutable in place, and
// relative entries resolve against the requiring module's directory.
var common = require('../common');
var assert = require('assert');
var path = require('path');

assert.ok(Array.isArray(require.paths));
assert.strictEqual(require.paths, module.constructor._paths);
require.paths.unshift(path.join(common.fixturesDir, 'module', 'paths-dir'));
assert.equal(require('pathmod').name, 'from-require-paths');
require.paths.shift();

// Relative: './paths-dir' from fixtures/module/ (the requiring file's dir).
require.paths.push('../fixtures/module/paths-dir');
delete require.cache[path.join(common.fixturesDir, 'module', 'paths-dir', 'pathmod.js')];
assert.equal(require('pathmod').name, 'from-require-paths');
require.paths.pop();

// Replacing the array does nothing to lookups.
var saved = require.paths;
require.paths = ['/nowhere'];
assert.strictEqual(module.constructor._paths, saved);
