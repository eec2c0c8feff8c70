// Promise jobs run after each callback, after its nextTick callbacks and
// before the next timer.
var common = require('../common');
var assert = require('assert');

var order = [];
setTimeout(function() {
  order.push('timer1');
  Promise.resolve().then(function() { order.push('promise-in-timer1'); });
}, 1);
setTimeout(function() { order.push('timer2'); }, 1);
Promise.resolve().then(function() { order.push('promise'); });
process.nextTick(function() { order.push('tick'); });
order.push('sync');
process.on('exit', function() {
  assert.deepEqual(order, ['sync', 'tick', 'promise', 'timer1', 'promise-in-timer1', 'timer2']);
});
