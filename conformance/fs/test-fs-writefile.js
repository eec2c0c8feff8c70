// writeFile / writeFileSync: string (utf8 by default, or a given encoding) and Buffer data, replacing existing contents.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-writefile-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var log = [];
var file = path.join(dir, 'message.txt');

// Sync.
assert.strictEqual(fs.writeFileSync(file, 'a much longer first version'), undefined);
fs.writeFileSync(file, 'short');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'short');     // replaced, not overwritten in place
fs.writeFileSync(file, '\u00e9\u20ac');
assert.strictEqual(fs.readFileSync(file).length, 5);             // utf8 by default
fs.writeFileSync(file, '\u00e9', 'binary');
assert.strictEqual(fs.readFileSync(file)[0], 0xe9);
assert.strictEqual(fs.readFileSync(file).length, 1);
fs.writeFileSync(file, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
var bytes = new Buffer([0, 1, 2, 253, 254, 255]);
fs.writeFileSync(file, bytes);
assert.strictEqual(fs.readFileSync(file).toString('hex'), '000102fdfeff');
fs.writeFileSync(file, '');
assert.strictEqual(fs.statSync(file).size, 0);

// Large data is written completely.
var big = new Buffer(300 * 1024);
for (var i = 0; i < big.length; i += 1024) big.fill(i / 1024 & 0xff, i, i + 1024);
fs.writeFileSync(file, big);
assert.strictEqual(fs.readFileSync(file).toString('base64'), big.toString('base64'));

// Async: the manual's example.
fs.writeFile(file, 'Hello Node', common.mustCall(function(err) {
  if (err) throw err;
  log.push('It\'s saved!');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Hello Node');

  fs.writeFile(file, new Buffer('buffer data'), common.mustCall(function(err) {
    assert.ifError(err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'buffer data');

    fs.writeFile(file, 'aGk=', 'base64', common.mustCall(function(err) {
      assert.ifError(err);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');

      fs.writeFile(file, big, common.mustCall(function(err) {
        assert.ifError(err);
        assert.strictEqual(fs.readFileSync(file).toString('base64'), big.toString('base64'));
      }));
    }));
  }));
}));

// A new file is created with mode 0666 less the umask.
var created = path.join(dir, 'created');
fs.writeFile(created, 'x', common.mustCall(function(err) {
  assert.ifError(err);
  var expected = parseInt('666', 8) & ~process.umask();
  assert.strictEqual(fs.statSync(created).mode & parseInt('777', 8), expected);
}));

// Errors reach the callback, or are thrown.
var bad = path.join(dir, 'no-such-dir', 'file');
fs.writeFile(bad, 'x', common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, bad);
}));
assert.throws(function() { fs.writeFileSync(bad, 'x'); },
              function(err) { return err.code === 'ENOENT' && err.path === bad; });
assert.throws(function() { fs.writeFileSync(dir, 'x'); }, function(err) {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, dir);
  return true;
});

process.on('exit', function() {
  assert.deepEqual(log, ['It\'s saved!']);
});
