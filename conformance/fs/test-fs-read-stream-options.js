// createReadStream options fd (the path is then not opened), flags and mode.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-read-stream-options-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var oldMask = process.umask(0);
process.on('exit', function() { process.umask(oldMask); });

var file = path.join(dir, 'file');
fs.writeFileSync(file, 'read through a descriptor');

// fd: reads from the given descriptor; the (missing) path is never opened.
(function() {
  var fd = fs.openSync(file, 'r');
  var text = '';
  var rs = fs.createReadStream(path.join(dir, 'not-there'), { fd: fd });
  assert.strictEqual(rs.fd, fd);
  rs.on('error', function(err) { assert.fail('unexpected error: ' + err); });
  rs.on('data', function(chunk) { text += chunk; });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(text, 'read through a descriptor');
  }));
  rs.on('close', common.mustCall(function() {
    // The stream closed the descriptor it was given (the number may since
    // have been reused).
    try {
      assert.notStrictEqual(fs.fstatSync(fd).ino, fs.statSync(file).ino);
    } catch (err) {
      assert.strictEqual(err.code, 'EBADF');
    }
  }));
})();

// fd with start/end and encoding.
(function() {
  var fd = fs.openSync(file, 'r');
  var text = '';
  var rs = fs.createReadStream(null, { fd: fd, start: 5, end: 11, encoding: 'utf8' });
  rs.on('data', function(chunk) {
    assert.strictEqual(typeof chunk, 'string');
    text += chunk;
  });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(text, 'through');
  }));
})();

// flags and mode: 'a+' creates the missing file with the given mode; it is empty.
(function() {
  var created = path.join(dir, 'created');
  var rs = fs.createReadStream(created, { flags: 'a+', mode: parseInt('600', 8) });
  rs.on('open', common.mustCall(function(fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.ok(fs.statSync(created).isFile());
  }));
  rs.on('data', function() { assert.fail('data from a new empty file'); });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(fs.statSync(created).mode & parseInt('777', 8), parseInt('600', 8));
  }));
})();

// flags 'r' (the default) on a missing file is an 'error'.
(function() {
  var missing = path.join(dir, 'missing');
  var rs = fs.createReadStream(missing, { flags: 'r' });
  rs.on('error', common.mustCall(function(err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.path, missing);
  }));
})();
