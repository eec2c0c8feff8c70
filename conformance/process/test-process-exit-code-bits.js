// The exit status is the low 8 bits of process.exit's code, as exit(3):
// -1 is 255, 256 + 3 is 3.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var cases = [[-1, 255], [259, 3], [255, 255], [1, 1]];
var done = 0;
cases.forEach(function(c) {
  var child = spawn(process.execPath, ['-e', 'process.exit(' + c[0] + ')']);
  child.on('exit', function(code) {
    assert.strictEqual(code, c[1], 'process.exit(' + c[0] + ')');
    done++;
  });
});
process.on('exit', function() { assert.strictEqual(done, cases.length); });
