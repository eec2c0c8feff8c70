// An uncaught error whose stack a script forged (a huge column, a device
// as the file) is reported briefly and the process exits 1: the report
// never repeats a space 2^64 times or reads /dev/zero.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var cases = [
  'at f (' + __filename + ':1:18446744073709551615)',
  'at f (/dev/zero:1:1)',
  'at f (/dev/zero:99999999999999999999:1)'
];
var left = cases.length;

cases.forEach(function(frame) {
  var code = 'var e = new Error("forged"); e.stack = "Error: forged\\n    ' + frame + '"; throw e;';
  var child = spawn(process.execPath, ['-e', code]);
  var err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', function(d) { err += d; });
  child.on('exit', common.mustCall(function(status) {
    assert.equal(status, 1);
    assert.ok(/forged/.test(err), err);
    assert.ok(err.length < 20000, 'report of ' + err.length + ' bytes');
    left--;
  }));
});

process.on('exit', function() { assert.equal(left, 0); });
