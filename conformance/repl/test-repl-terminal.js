// rnode-only: drives rnode's own REPL on a pseudo-terminal (`script`).
// On a terminal: the banner, line editing (a typo erased with backspace),
// tab completion of a property, colored results, history written to
// NODE_REPL_HISTORY and read back by a second session (Ctrl+P), Ctrl+D.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var spawn = require('child_process').spawn;

var history = path.join(common.tmpDir, 'repl_history_' + process.pid);
try { fs.unlinkSync(history); } catch (e) {}

function session(keys, cb) {
  var env = {};
  for (var k in process.env) env[k] = process.env[k];
  env.NODE_REPL_HISTORY = history;
  env.TERM = 'xterm';
  var child = spawn('script', ['-qfec', process.execPath, '/dev/null'], { env: env });
  var out = '';
  child.stdout.on('data', function(d) {
    out += d;
    // Answer the line editor's cursor-position query, as a terminal does.
    if (String(d).indexOf('\x1b[6n') !== -1) child.stdin.write('\x1b[1;1R');
  });
  var i = 0;
  (function next() {
    if (i === keys.length) return;
    child.stdin.write(keys[i++]);
    setTimeout(next, 150);
  })();
  child.on('exit', function(code) {
    cb(code, out.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, ''));
  });
}

session(['', 'var obj = { answer: 4 }\r', '6 * 7x\x7f\r', 'obj.ans\t\r', '\x04'],
        common.mustCall(function(code, out) {
  assert.equal(code, 0);
  assert.ok(/Type '\.help' for options\./.test(out), out);
  assert.ok(/\r\n42\r\n/.test(out), out);
  assert.ok(/obj\.answer\r*\n4\r\n/.test(out), out);
  assert.deepEqual(fs.readFileSync(history, 'utf8').split('\n'),
                   ['var obj = { answer: 4 }', '6 * 7', 'obj.answer', '']);
  // A second session finds the last line with Ctrl+P.
  session(['', '\x10\r', '\x04'], common.mustCall(function(code, out) {
    assert.equal(code, 0);
    assert.ok(/ReferenceError: obj is not defined/.test(out), out);
  }));
}));
