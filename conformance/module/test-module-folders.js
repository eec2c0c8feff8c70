// Folders as modules: package.json "main", index.js, index.json; files
// without an extension; __filename/__dirname; shebang and BOM.
var common = require('../common');
var assert = require('assert');
var path = require('path');
var fixtures = path.join(common.fixturesDir, 'module');

assert.equal(require('../fixtures/module/some-library').name, 'some-library');
assert.equal(require('../fixtures/module/index-dir').name, 'index-dir');
assert.equal(require('../fixtures/module/json-index').name, 'json-index');
assert.equal(require('../fixtures/module/noext').name, 'no-ext');
assert.equal(require(path.join(fixtures, 'circle')).area(1), Math.PI);

var names = require('../fixtures/module/names');
assert.equal(names.filename, path.join(fixtures, 'names.js'));
assert.equal(names.dirname, fixtures);

assert.strictEqual(require('../fixtures/module/shebang').shebang, true);
assert.strictEqual(require('../fixtures/module/bom').bom, true);

// Top-level vars are local to the module; `this` is exports.
var scope = require('../fixtures/module/scope');
assert.strictEqual(scope.self, true);
assert.strictEqual(typeof localVar, 'undefined');
