// rnode-only: drives rnode's own REPL on a pseudo-terminal (`script`).
// On a terminal: the banner, line editing (a typo erased with backspace),
// tab completion of a property, colored results, history written to
// NODE_REPL_HISTORY and read back by a second session (Ctrl+P), Ctrl+D.
var common = require('../common');
var assert = require('assert');
var replOnTerminal = require('./terminal-session');
var fs = require('fs');
var path = require('path');

var history = path.join(common.tmpDir, 'repl_history_' + process.pid);
try { fs.unlinkSync(history); } catch (e) {}

function session(keys, cb) {
  replOnTerminal({ NODE_REPL_HISTORY: history }, keys, 150, cb);
}

session(['', 'var obj = { answer: 4 }\r', '6 * 7x\x7f\r', 'obj.ans\t\r', '\x04'],
        common.mustCall(function(code, out) {
  assert.equal(code, 0);
  assert.ok(/Type '\.help' for options\./.test(out), out);
  assert.ok(/\n42\n/.test(out), out);
  assert.ok(/obj\.answer\n4\n/.test(out), out);
  assert.deepEqual(fs.readFileSync(history, 'utf8').split('\n'),
                   ['var obj = { answer: 4 }', '6 * 7', 'obj.answer', '']);
  // A second session finds the last line with Ctrl+P.
  session(['', '\x10\r', '\x04'], common.mustCall(function(code, out) {
    assert.equal(code, 0);
    assert.ok(/ReferenceError: obj is not defined/.test(out), out);
  }));
}));
