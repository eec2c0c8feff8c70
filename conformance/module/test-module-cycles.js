// A cycle gets the partial exports of the module still loading.
var common = require('../common');
var assert = require('assert');

var a = require('../fixtures/module/cycle-a');
assert.strictEqual(a.done, true);
assert.strictEqual(a.partialB.name, 'b');
assert.deepEqual(a.partialB.sawA, { name: 'a', done: undefined });
