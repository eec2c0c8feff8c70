// require('module') is the loader itself: the constructor of every module
// object, with its cache, extensions, search paths and wrapper; a module
// made by hand compiles source, and _load finds files as require does.
var common = require('../common');
var assert = require('assert');
var path = require('path');
var Module = require('module');

assert.equal(typeof Module, 'function');
assert.strictEqual(module.constructor, Module);
assert.ok(module instanceof Module);
assert.strictEqual(Module._cache[__filename], module);
assert.equal(typeof Module._extensions['.js'], 'function');
assert.equal(typeof Module._extensions['.json'], 'function');
assert.equal(typeof Module._load, 'function');
assert.equal(typeof Module._resolveFilename, 'function');
assert.equal(typeof Module.runMain, 'function');

var paths = Module._nodeModulePaths('/a/b');
assert.ok(paths.indexOf('/a/b/node_modules') !== -1, paths);
assert.ok(paths.indexOf('/a/node_modules') !== -1, paths);

var wrapped = Module.wrap('return 1;');
assert.ok(/^\(function \(exports, require, module, __filename, __dirname\) \{ /.test(wrapped), wrapped);
assert.ok(/return 1;\n\}\);$/.test(wrapped), wrapped);

// A module made by hand, as CoffeeScript's run() does for the main file.
var filename = path.join(common.fixturesDir, 'hand-made.js');
var m = new Module(filename, module);
m.filename = filename;
m.paths = Module._nodeModulePaths(path.dirname(filename));
m._compile('module.exports = { answer: 42, file: __filename, req: typeof require };', filename);
assert.equal(m.exports.answer, 42);
assert.equal(m.exports.file, filename);
assert.equal(m.exports.req, 'function');

// _load finds a module as require does, through the cache.
assert.strictEqual(Module._load('../common', module), common);
