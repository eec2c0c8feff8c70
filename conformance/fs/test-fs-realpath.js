// realpath / realpathSync: resolves symlinks (chained, relative, in directories), '.', '..' and relative paths.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
// The scratch directory itself may sit behind a symlink: compare against its real path.
var dir = path.join(fs.realpathSync(common.tmpDir), 'fs-realpath-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var realDir = path.join(dir, 'real');
fs.mkdirSync(realDir, parseInt('755', 8));
var file = path.join(realDir, 'file');
fs.writeFileSync(file, 'x');

fs.symlinkSync('real', path.join(dir, 'dirlink'));        // relative, to a directory
fs.symlinkSync(file, path.join(dir, 'filelink'));         // absolute, to a file
fs.symlinkSync('filelink', path.join(dir, 'chain'));      // a link to a link

assert.strictEqual(fs.realpathSync(file), file);
assert.strictEqual(fs.realpathSync(dir), dir);
assert.strictEqual(fs.realpathSync(path.join(dir, 'dirlink')), realDir);
assert.strictEqual(fs.realpathSync(path.join(dir, 'dirlink', 'file')), file);
assert.strictEqual(fs.realpathSync(path.join(dir, 'filelink')), file);
assert.strictEqual(fs.realpathSync(path.join(dir, 'chain')), file);
assert.strictEqual(fs.realpathSync(dir + '/dirlink/../real/./file'), file);
assert.strictEqual(fs.realpathSync('/'), '/');

// A relative path is taken from the working directory.
var cwd = process.cwd();
process.chdir(dir);
assert.strictEqual(fs.realpathSync('dirlink/file'), file);
assert.strictEqual(fs.realpathSync('.'), dir);
process.chdir(cwd);

var missing = path.join(dir, 'missing');
assert.throws(function() { fs.realpathSync(missing); },
              function(err) { return err instanceof Error && err.code === 'ENOENT'; });

fs.realpath(path.join(dir, 'chain'), common.mustCall(function(err, resolved) {
  assert.ifError(err);
  assert.strictEqual(resolved, file);
}));
fs.realpath(path.join(dir, 'dirlink', 'file'), common.mustCall(function(err, resolved) {
  assert.ifError(err);
  assert.strictEqual(resolved, file);
}));
fs.realpath(path.join(missing, 'deeper'), common.mustCall(function(err, resolved) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
}));
