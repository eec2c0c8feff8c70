// The manual's kill example: SIGHUP to ourselves reaches the listener.
var common = require('../common');
var assert = require('assert');

var got = 0;
process.on('SIGHUP', function() {
  got++;
});
setTimeout(function() {
  assert.equal(got, 1);
  process.removeAllListeners('SIGHUP');
}, 100);
process.kill(process.pid, 'SIGHUP');

assert.throws(function() { process.kill(process.pid, 'SIGNOPE'); }, Error);
assert.throws(function() { process.kill(999999999, 0); }, function(err) {
  return err.code === 'ESRCH';
});
process.on('exit', function() { assert.equal(got, 1); });
