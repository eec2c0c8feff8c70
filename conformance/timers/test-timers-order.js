// Timers fire by due time, then creation order; extra arguments pass on.
var common = require('../common');
var assert = require('assert');

var order = [];
setTimeout(function() { order.push('c'); }, 30);
setTimeout(function(x, y) { order.push('a' + x + y); }, 1, 1, 2);
setTimeout(function() { order.push('b1'); }, 10);
setTimeout(function() { order.push('b2'); }, 10);
var start = Date.now();
setTimeout(function() {
  assert.ok(Date.now() - start >= 45, 'a timer never fires early');
}, 50);
process.on('exit', function() {
  assert.deepEqual(order, ['a12', 'b1', 'b2', 'c']);
});
