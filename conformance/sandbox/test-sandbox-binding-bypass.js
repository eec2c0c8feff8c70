// rnode-only: --sandbox is rnode's flag; process.binding's natives are rnode's
// The permission layer sits in the Rust bindings, so calling them through
// process.binding is refused as well; the module loader's own file access
// is not reachable from user code, while require() still loads modules.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var run = require('../fixtures/sandbox/run');

var dir = path.join(common.tmpDir, 'sandbox-bypass-' + process.pid);
fs.mkdirSync(dir, 0755);
fs.writeFileSync(path.join(dir, 'mod.js'), 'exports.answer = 42;');

var code = [
  'function attempt(what, f) { try { var r = f(); console.log(what + " ok " + typeof r); } catch (e) { console.log(what + " " + (e.code || e.name)); } }',
  'var fsb = process.binding("fs");',
  'attempt("open", function() { return fsb.open("/etc/passwd", 0, 0); });',
  'attempt("readFile", function() { return fsb.readFile("/etc/passwd", 0); });',
  'attempt("stat", function() { return fsb.stat("/etc/passwd"); });',
  'attempt("writeFile", function() { return fsb.writeFile("/tmp/rnode-bypass", new Buffer("x"), 577, 438); });',
  'attempt("loader", function() { return fsb.readFileUtf8("/etc/passwd"); });',
  'attempt("listen", function() { return process.binding("net").listen({}, "127.0.0.1", 0, 5); });',
  'attempt("spawn", function() { return process.binding("child_process").spawn("true", ["true"], "/", [], [], false, -1, -1, false, function() {}); });',
  'attempt("require", function() { return require(process.argv[1] + "/mod.js").answer; });',
  'process.binding("net").connect({ _onerror: function(e) { console.log("connect " + e.code); } }, "127.0.0.1", 9);'
].join('\n');

run(['--sandbox'], code, [dir], common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.deepEqual(run.lines(out), [
    'open ERR_ACCESS_DENIED',
    'readFile ERR_ACCESS_DENIED',
    'stat ERR_ACCESS_DENIED',
    'writeFile ERR_ACCESS_DENIED',
    'loader TypeError',
    'listen ERR_ACCESS_DENIED',
    'spawn ERR_ACCESS_DENIED',
    'require ok number',
    'connect ERR_ACCESS_DENIED'
  ]);
  assert.ok(!path.existsSync('/tmp/rnode-bypass'));
}));
