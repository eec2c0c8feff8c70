// .json modules parse; a broken one names the file.
var common = require('../common');
var assert = require('assert');

var data = require('../fixtures/module/data.json');
assert.deepEqual(data, { name: 'data', list: [1, 2, 3] });
assert.strictEqual(require('../fixtures/module/data'), data);

assert.throws(function() {
  require('../fixtures/module/bad.json');
}, function(err) {
  return err instanceof SyntaxError && /bad\.json/.test(err.message);
});
