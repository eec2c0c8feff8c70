// An unref'd timer does not keep the process alive; ref() restores it.
var common = require('../common');
var assert = require('assert');

var unrefFired = false, refFired = false;
var t = setTimeout(function() { unrefFired = true; }, 1000);
assert.strictEqual(t.unref(), t);
var r = setTimeout(function() { refFired = true; }, 10);
r.unref();
r.ref();
var i = setInterval(function() {}, 1000);
i.unref();
process.on('exit', function() {
  assert.strictEqual(unrefFired, false);
  assert.strictEqual(refFired, true);
});
