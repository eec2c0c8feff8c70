// Zero, negative and non-numeric delays fire soon (as 1 ms).
var common = require('../common');
var assert = require('assert');

var fired = [];
setTimeout(function() { fired.push('zero'); }, 0);
setTimeout(function() { fired.push('negative'); }, -10);
setTimeout(function() { fired.push('nan'); }, 'abc');
setTimeout(function() { fired.push('none'); });
process.on('exit', function() {
  assert.deepEqual(fired.sort(), ['nan', 'negative', 'none', 'zero']);
});
