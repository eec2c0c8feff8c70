// An exception in a tick goes to 'uncaughtException'; later ticks still run.
var common = require('../common');
var assert = require('assert');

var caught = 0, after = 0;
process.on('uncaughtException', function(err) {
  assert.equal(err.message, 'tick failure');
  caught++;
});
process.nextTick(function() { throw new Error('tick failure'); });
process.nextTick(function() { after++; });
process.on('exit', function() {
  assert.equal(caught, 1);
  assert.equal(after, 1);
});
