// process.stdin.destroy() before reading closes fd 0 and says 'close', as
// 0.4's did: the next descriptor opened is 0 (Node 0.4's
// test-net-server-on-fd-0.js listens on it).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var closed = false;
process.stdin.on('close', function() { closed = true; });
process.stdin.destroy();
assert.equal(process.stdin.readable, false);

// (Node 20 closes it later, asynchronously.)
if (common.isRnode) {
  var fd = fs.openSync(__filename, 'r');
  assert.equal(fd, 0);
  fs.closeSync(fd);
}

process.on('exit', function() { assert.ok(closed, "no 'close' event"); });
