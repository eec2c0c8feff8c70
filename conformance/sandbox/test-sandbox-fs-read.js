// rnode-only: --sandbox and --allow-fs-read are rnode's flags
// Reads are denied by default and allowed under --allow-fs-read paths,
// after resolving '..' and symlinks; refusals reach JS as thrown errors,
// callback errors and stream 'error' events, with code, permission and
// resource.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var run = require('../fixtures/sandbox/run');

var dir = path.join(common.tmpDir, 'sandbox-read-' + process.pid);
var inside = path.join(dir, 'inside');
fs.mkdirSync(dir, 0755);
fs.mkdirSync(inside, 0755);
fs.writeFileSync(path.join(inside, 'ok.txt'), 'allowed');
fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(inside, 'link'));

var code = [
  'var fs = require("fs"), dir = process.argv[1];',
  'function show(what, e) { console.log(what + " " + (e ? [e.code, e.permission, e.resource === undefined ? "" : "r"].join(" ") : "ok")); }',
  'try { console.log("read " + fs.readFileSync(dir + "/inside/ok.txt")); } catch (e) { show("read", e); }',
  'try { fs.readFileSync(dir + "/secret.txt"); show("secret"); } catch (e) { show("secret", e); }',
  'try { fs.readFileSync(dir + "/inside/../secret.txt"); show("dotdot"); } catch (e) { show("dotdot", e); }',
  'try { fs.readFileSync(dir + "/inside/link"); show("symlink"); } catch (e) { show("symlink", e); }',
  'try { fs.lstatSync(dir + "/inside/link"); show("lstat-link"); } catch (e) { show("lstat-link", e); }',
  'try { fs.readdirSync(dir); show("readdir"); } catch (e) { show("readdir", e); }',
  'try { fs.statSync("/etc/passwd"); show("stat"); } catch (e) { show("stat", e); }',
  'fs.readFile(dir + "/secret.txt", function(e) { show("async", e);',
  '  fs.createReadStream(dir + "/secret.txt").on("error", function(e) { show("stream", e); });',
  '});'
].join('\n');

var expectDenied = [
  'read allowed',
  'secret ERR_ACCESS_DENIED FileSystemRead r',
  'dotdot ERR_ACCESS_DENIED FileSystemRead r',
  'symlink ERR_ACCESS_DENIED FileSystemRead r',
  'lstat-link ok',
  'readdir ERR_ACCESS_DENIED FileSystemRead r',
  'stat ERR_ACCESS_DENIED FileSystemRead r',
  'async ERR_ACCESS_DENIED FileSystemRead r',
  'stream ERR_ACCESS_DENIED FileSystemRead r'
];

run(['--sandbox', '--allow-fs-read=' + inside], code, [dir], common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.deepEqual(run.lines(out), expectDenied);
  // With everything allowed, the same script reads all of it.
  run(['--sandbox', '--allow-fs-read'], code, [dir], common.mustCall(function(status, out, err) {
    assert.equal(status, 0, err);
    assert.deepEqual(run.lines(out), [
      'read allowed', 'secret ok', 'dotdot ok', 'symlink ok', 'lstat-link ok',
      'readdir ok', 'stat ok', 'async ok'
    ]);
  }));
}));

// The error message says what was refused and which flag allows it.
run(['--sandbox'], 'require("fs").readFileSync("/etc/passwd")', common.mustCall(function(status, out, err) {
  assert.equal(status, 1);
  assert.ok(/ERR_ACCESS_DENIED|restricted/.test(err), err);
  assert.ok(/--allow-fs-read/.test(err), err);
}));
