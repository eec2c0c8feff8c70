// getuid/getgid, and setuid/setgid to our own ids (allowed as any user).
var common = require('../common');
var assert = require('assert');

var uid = process.getuid(), gid = process.getgid();
assert.strictEqual(typeof uid, 'number');
assert.strictEqual(typeof gid, 'number');
process.setgid(gid);
process.setuid(uid);
assert.strictEqual(process.getuid(), uid);
assert.throws(function() { process.setuid('no-such-user-rnode'); }, Error);
if (uid !== 0) {
  assert.throws(function() { process.setuid(0); }, function(err) {
    return err.code === 'EPERM';
  });
}
