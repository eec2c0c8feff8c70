// memoryUsage() reports rss/heap figures as numbers.
var common = require('../common');
var assert = require('assert');

var m = process.memoryUsage();
['rss', 'heapTotal', 'heapUsed'].forEach(function(key) {
  assert.strictEqual(typeof m[key], 'number', key);
  assert.ok(m[key] > 0, key);
});
assert.ok(m.heapUsed <= m.heapTotal);
if (common.isRnode) assert.ok(m.vsize >= m.rss);
