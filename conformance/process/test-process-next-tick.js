// process.nextTick runs after the current code, before timers and I/O,
// in order; ticks queued by ticks run in the same turn.
var common = require('../common');
var assert = require('assert');

var order = [];
setTimeout(function() { order.push('timeout'); }, 0);
process.nextTick(function() {
  order.push('tick1');
  process.nextTick(function() { order.push('tick3'); });
});
process.nextTick(function() { order.push('tick2'); });
order.push('sync');

process.on('exit', function() {
  assert.deepEqual(order, ['sync', 'tick1', 'tick2', 'tick3', 'timeout']);
});
