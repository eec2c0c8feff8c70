// EACCES (not as root, who may do anything): opening an unreadable file, creating in a read-only directory, sync and async.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-eacces-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

function checker(syscall, p) {
  return function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'EACCES');
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.path, p);
    if (common.isRnode) {
      assert.strictEqual(err.errno, 13);
      assert.strictEqual(err.message, "EACCES, Permission denied '" + p + "'");
    }
    return true;
  };
}

if (process.getuid() !== 0) {
  var secret = path.join(dir, 'secret');
  fs.writeFileSync(secret, 'x');
  fs.chmodSync(secret, 0);
  var locked = path.join(dir, 'locked');
  fs.mkdirSync(locked, parseInt('555', 8));
  var inside = path.join(locked, 'new');
  process.on('exit', function() {
    fs.chmodSync(locked, parseInt('755', 8));  // so the scratch directory can be removed
  });

  assert.throws(function() { fs.openSync(secret, 'r'); }, checker('open', secret));
  assert.throws(function() { fs.readFileSync(secret); }, checker('open', secret));
  assert.throws(function() { fs.writeFileSync(inside, 'x'); }, checker('open', inside));
  assert.throws(function() { fs.mkdirSync(inside, parseInt('755', 8)); }, checker('mkdir', inside));

  fs.open(secret, 'r', common.mustCall(function(err) {
    checker('open', secret)(err);
  }));
  fs.readFile(secret, common.mustCall(function(err) {
    checker('open', secret)(err);
  }));
  fs.mkdir(inside, parseInt('755', 8), common.mustCall(function(err) {
    checker('mkdir', inside)(err);
  }));
  var rs = fs.createReadStream(secret);
  rs.on('error', common.mustCall(function(err) {
    checker('open', secret)(err);
  }));
}
