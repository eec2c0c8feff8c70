var common = require('../common');
var assert = require('assert');
var path = require('path');

// v0.4 had exists/existsSync in path; the manual now puts them in fs. rnode
// keeps path's as aliases of fs's. Node >= 0.12 removed them from path.
if (common.isRnode) {
  assert.strictEqual(path.existsSync(__filename), true);
  assert.strictEqual(path.existsSync(__filename + '.nope'), false);

  path.exists(__filename, common.mustCall(function(exists) {
    assert.strictEqual(exists, true);
  }));
  path.exists(__filename + '.nope', common.mustCall(function(exists) {
    assert.strictEqual(exists, false);
  }));
}
