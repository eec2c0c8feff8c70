// rnode-only: --sandbox and --allow-fs-write are rnode's flags
// Writes (create, change, remove, rename, links) are denied outside
// --allow-fs-write paths; a hard link cannot pull an outside file in, and
// a symlink made inside cannot be followed out.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var run = require('../fixtures/sandbox/run');

var dir = path.join(common.tmpDir, 'sandbox-write-' + process.pid);
var inside = path.join(dir, 'inside');
fs.mkdirSync(dir, 0755);
fs.mkdirSync(inside, 0755);
fs.writeFileSync(path.join(dir, 'outside.txt'), 'outside');

var code = [
  'var fs = require("fs"), dir = process.argv[1], inside = dir + "/inside";',
  'function attempt(what, f) { try { f(); console.log(what + " ok"); } catch (e) { console.log(what + " " + e.code + " " + e.permission); } }',
  'attempt("write-inside", function() { fs.writeFileSync(inside + "/new.txt", "x"); });',
  'attempt("write-outside", function() { fs.writeFileSync(dir + "/new.txt", "x"); });',
  'attempt("append-outside", function() { fs.openSync(dir + "/outside.txt", "a"); });',
  'attempt("mkdir", function() { fs.mkdirSync(inside + "/sub", 0755); });',
  'attempt("mkdir-outside", function() { fs.mkdirSync(dir + "/sub", 0755); });',
  'attempt("rename-in", function() { fs.renameSync(dir + "/outside.txt", inside + "/stolen.txt"); });',
  'attempt("hardlink-in", function() { fs.linkSync(dir + "/outside.txt", inside + "/hard.txt"); });',
  'attempt("symlink-in", function() { fs.symlinkSync(dir + "/outside.txt", inside + "/soft.txt"); });',
  'attempt("write-through-symlink", function() { fs.writeFileSync(inside + "/soft.txt", "y"); });',
  'attempt("unlink-outside", function() { fs.unlinkSync(dir + "/outside.txt"); });',
  'attempt("chmod-outside", function() { fs.chmodSync(dir + "/outside.txt", 0600); });',
  'attempt("utimes-outside", function() { fs.utimesSync(dir + "/outside.txt", 1, 1); });',
  'attempt("unlink-inside", function() { fs.unlinkSync(inside + "/new.txt"); });',
  'fs.writeFile(dir + "/async.txt", "x", function(e) { console.log("async " + e.code);',
  '  var ws = fs.createWriteStream(dir + "/stream.txt");',
  '  ws.on("error", function(e) { console.log("stream " + e.code); });',
  '});'
].join('\n');

run(['--sandbox', '--allow-fs-write=' + inside, '--allow-fs-read=' + inside], code, [dir],
    common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.deepEqual(run.lines(out), [
    'write-inside ok',
    'write-outside ERR_ACCESS_DENIED FileSystemWrite',
    'append-outside ERR_ACCESS_DENIED FileSystemWrite',
    'mkdir ok',
    'mkdir-outside ERR_ACCESS_DENIED FileSystemWrite',
    'rename-in ERR_ACCESS_DENIED FileSystemWrite',
    'hardlink-in ERR_ACCESS_DENIED FileSystemRead',
    'symlink-in ok',
    'write-through-symlink ERR_ACCESS_DENIED FileSystemWrite',
    'unlink-outside ERR_ACCESS_DENIED FileSystemWrite',
    'chmod-outside ERR_ACCESS_DENIED FileSystemWrite',
    'utimes-outside ERR_ACCESS_DENIED FileSystemWrite',
    'unlink-inside ok',
    'async ERR_ACCESS_DENIED',
    'stream ERR_ACCESS_DENIED'
  ]);
  // Nothing outside changed.
  assert.equal(fs.readFileSync(path.join(dir, 'outside.txt'), 'utf8'), 'outside');
  assert.ok(!path.existsSync(path.join(dir, 'new.txt')));
  assert.ok(!path.existsSync(path.join(dir, 'sub')));
}));
