// The File System section's own examples: unlink, rename then stat (chained), writeFile, readFile.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-manual-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var log = [];
var hello = path.join(dir, 'hello');
var world = path.join(dir, 'world');

// fs.unlink, async then sync.
fs.writeFileSync(hello, 'hi');
fs.unlink(hello, common.mustCall(function(err) {
  if (err) throw err;
  log.push('successfully deleted ' + hello);
  assert.strictEqual(fs.existsSync(hello), false);

  fs.writeFileSync(hello, 'hi again');
  fs.unlinkSync(hello);
  log.push('successfully deleted ' + hello);
  assert.strictEqual(fs.existsSync(hello), false);

  renameThenStat();
}));

// "The correct way to do this is to chain the callbacks."
function renameThenStat() {
  fs.writeFileSync(hello, '0123456789');
  fs.rename(hello, world, common.mustCall(function(err) {
    if (err) throw err;
    fs.stat(world, common.mustCall(function(err, stats) {
      if (err) throw err;
      assert.strictEqual(stats.size, 10);
      assert.ok(stats.isFile());
      var json = JSON.parse(JSON.stringify(stats));
      ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize',
       'blocks'].forEach(function(key) {
        assert.strictEqual(json[key], stats[key], key);
      });
      assert.strictEqual(json.mtime, stats.mtime.toISOString());
      log.push('stats: size ' + json.size);
      writeThenRead();
    }));
  }));
}

// writeFile('message.txt', 'Hello Node') relative to the working directory.
function writeThenRead() {
  var cwd = process.cwd();
  process.chdir(dir);
  fs.writeFile('message.txt', 'Hello Node', common.mustCall(function(err) {
    if (err) throw err;
    log.push('It\'s saved!');
    fs.readFile('message.txt', common.mustCall(function(err, data) {
      if (err) throw err;
      process.chdir(cwd);
      assert.ok(Buffer.isBuffer(data));
      assert.strictEqual(data.toString(), 'Hello Node');
      log.push(data.toString());
    }));
  }));
}

process.on('exit', function() {
  assert.deepEqual(log, [
    'successfully deleted ' + hello,
    'successfully deleted ' + hello,
    'stats: size 10',
    'It\'s saved!',
    'Hello Node'
  ]);
});
