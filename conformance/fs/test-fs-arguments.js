// Wrong argument types throw TypeError at once (where modern Node agrees); Node 0.4's optional callbacks.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-arguments-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

function typeError(fn) {
  assert.throws(fn, TypeError);
}

// A path that is not a string.
typeError(function() { fs.openSync(123, 'r'); });
typeError(function() { fs.openSync(); });
typeError(function() { fs.statSync(); });
typeError(function() { fs.lstatSync({}); });
typeError(function() { fs.readdirSync(123); });
typeError(function() { fs.unlinkSync(); });
typeError(function() { fs.mkdirSync(); });
typeError(function() { fs.renameSync(1, 2); });
typeError(function() { fs.readFileSync(); });
typeError(function() { fs.readFile(); });
typeError(function() { fs.writeFileSync(); });
// A descriptor that is not a number.
typeError(function() { fs.closeSync('x'); });
typeError(function() { fs.fstatSync('x'); });
typeError(function() { fs.readSync('x', new Buffer(1), 0, 1, 0); });
// A missing mode.
typeError(function() { fs.chmodSync(__filename); });

// Nothing was created along the way.
assert.deepEqual(fs.readdirSync(dir), []);

// Node 0.4's callbacks were optional: the operation still happens.
// (Modern Node throws a TypeError instead.)
if (common.isRnode) {
  var file = path.join(dir, 'no-callback');
  fs.writeFile(file, 'written without a callback');
  var poll = setInterval(function() {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === 'written without a callback') {
      clearInterval(poll);
      fs.unlink(file);
      fs.stat(path.join(dir, 'missing'));  // an error with nowhere to go is dropped
    }
  }, 10);
  process.on('exit', function() {
    assert.strictEqual(fs.existsSync(file), false);  // the unlink ran too
  });
}
