// watchFile / unwatchFile: a change of mtime calls the listener with (curr, prev) Stats; non-persistent watchers don't hold the process open.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-watch-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var file = path.join(dir, 'watched');
fs.writeFileSync(file, 'x');
fs.utimesSync(file, 1000000000, 1000000000);

// The watchers below don't keep the process alive; this timer does, until
// the listener has run (or fails the test if it never does).
var keepAlive = setTimeout(function() {
  assert.fail('watchFile listener was never called');
}, 10000);

fs.watchFile(file, { persistent: false, interval: 20 }, common.mustCall(function(curr, prev) {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.ok(curr.mtime instanceof Date);
  assert.strictEqual(prev.mtime.getTime(), 1000000000 * 1000);
  assert.strictEqual(curr.mtime.getTime(), 1100000000 * 1000);
  assert.strictEqual(curr.ino, prev.ino);
  assert.ok(curr.isFile());
  fs.unwatchFile(file);
  clearTimeout(keepAlive);
  // After unwatchFile, further changes are not reported (mustCall counts).
  fs.utimesSync(file, 1200000000, 1200000000);
  setTimeout(function() {}, 200);
}));

// Change the file once the watcher has taken its first look.
setTimeout(function() {
  fs.utimesSync(file, 1100000000, 1100000000);
}, 300);

// A second non-persistent watcher that is never removed must not stop the
// process from exiting.
var other = path.join(dir, 'other');
fs.writeFileSync(other, 'y');
fs.watchFile(other, { persistent: false, interval: 50 }, function() {});

// unwatchFile on a name that was never watched is harmless.
fs.unwatchFile(path.join(dir, 'never-watched'));
