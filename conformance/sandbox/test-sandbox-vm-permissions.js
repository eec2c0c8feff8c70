// rnode-only: vm's permissions option is rnode's
// A vm context can be given less than its caller has; the limit belongs to
// the context's code, so callbacks it made and that run later are held to
// it, while the caller keeps its own rights.
var common = require('../common');
var assert = require('assert');
var vm = require('vm');
var fs = require('fs');
var path = require('path');

var allowedDir = path.join(common.tmpDir, 'vm-perm-' + process.pid);
fs.mkdirSync(allowedDir, 0755);
fs.writeFileSync(path.join(allowedDir, 'ok.txt'), 'ok');
var me = __filename;

var sandbox = { fs: fs, dir: allowedDir, me: me, setTimeout: setTimeout, results: [] };
var options = { permissions: { 'fs.read': [allowedDir] } };

vm.runInNewContext([
  'results.push(String(fs.readFileSync(dir + "/ok.txt")));',
  'try { fs.readFileSync(me); results.push("leak"); } catch (e) { results.push(e.code + " " + e.permission); }',
  'try { fs.writeFileSync(dir + "/w.txt", "x"); results.push("leak"); } catch (e) { results.push(e.code + " " + e.permission); }',
  'fs.readFile(me, function(e) { results.push("async " + (e && e.code)); });',
  'setTimeout(function() {',
  '  try { fs.readFileSync(me); results.push("leak"); } catch (e) { results.push("later " + e.code); }',
  '}, 10);'
].join('\n'), sandbox, options);

// The caller is not limited.
assert.ok(fs.readFileSync(me).length > 0);

// A context cannot grant itself more than its caller: asking for
// everything still leaves it inside the caller's rights (here: all).
assert.equal(vm.runInNewContext('typeof fs.readFileSync(me)', sandbox, { permissions: { 'fs.read': true } }),
             'object');
assert.throws(function() {
  vm.runInNewContext('fs.readFileSync(me)', sandbox, { permissions: {} });
}, function(e) { return e.code === 'ERR_ACCESS_DENIED'; });
assert.throws(function() {
  vm.runInNewContext('1', {}, { permissions: 5 });
}, TypeError);

process.on('exit', function() {
  assert.deepEqual(sandbox.results, [
    'ok',
    'ERR_ACCESS_DENIED FileSystemRead',
    'ERR_ACCESS_DENIED FileSystemWrite',
    'async ERR_ACCESS_DENIED',
    'later ERR_ACCESS_DENIED'
  ]);
});
