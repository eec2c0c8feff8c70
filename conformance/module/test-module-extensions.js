// require.extensions lets packages add loaders (as .coffee ones did).
var common = require('../common');
var assert = require('assert');
var path = require('path');

assert.strictEqual(typeof require.extensions['.js'], 'function');
assert.strictEqual(typeof require.extensions['.json'], 'function');
require.extensions['.upper'] = function(module, filename) {
  module.exports = 'LOADED ' + path.basename(filename).toUpperCase();
};
var file = path.join(common.fixturesDir, 'module', 'ext-test.upper');
assert.equal(require(file), 'LOADED EXT-TEST.UPPER');
delete require.extensions['.upper'];
