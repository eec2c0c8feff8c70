// setInterval repeats until clearInterval, even from inside its callback.
var common = require('../common');
var assert = require('assert');

var count = 0;
var args = null;
var interval = setInterval(function(a) {
  args = a;
  count++;
  if (count === 3) clearInterval(interval);
}, 5, 'arg');
process.on('exit', function() {
  assert.equal(count, 3);
  assert.equal(args, 'arg');
});
