// A signal sent to us by a child: process.on('SIGUSR1') runs when a child
// started by exec runs `kill -USR1 <our pid>`; the child itself exits 0.
// Removing the listener at the end lets the process exit.
var common = require('../common');
var assert = require('assert');
var exec = require('child_process').exec;

var received = 0, childDone = false;

function onSignal() {
  received++;
  finish();
}
process.on('SIGUSR1', onSignal);

exec('kill -USR1 ' + process.pid, common.mustCall(function(err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
  childDone = true;
  finish();
}));

// Whichever comes last (the signal may be handled after the child's exit).
function finish() {
  if (!childDone || received === 0) return;
  process.removeListener('SIGUSR1', onSignal);
}

// Fail rather than hang if the signal never arrives.
var guard = setTimeout(function() {
  assert.ok(false, 'SIGUSR1 never handled (received ' + received + ')');
}, 3000);
var poll = setInterval(function() {
  if (childDone && received > 0) {
    clearTimeout(guard);
    clearInterval(poll);
  }
}, 10);

process.on('exit', function() {
  assert.strictEqual(received, 1);
  assert.ok(childDone);
  assert.strictEqual(process.listeners('SIGUSR1').length, 0);
});
