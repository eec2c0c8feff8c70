// Modules are cached by resolved filename; require.cache exposes it.
var common = require('../common');
var assert = require('assert');
var path = require('path');

var first = require('../fixtures/module/counter');
var again = require('../fixtures/module/counter.js');
assert.strictEqual(first, again);
assert.strictEqual(first.n, 1);

var file = require.resolve('../fixtures/module/counter');
assert.strictEqual(file, path.join(common.fixturesDir, 'module', 'counter.js'));
assert.ok(require.cache[file], 'require.cache is keyed by the resolved filename');
delete require.cache[file];
var fresh = require('../fixtures/module/counter');
assert.notStrictEqual(fresh, first);
assert.strictEqual(fresh.n, 1);
