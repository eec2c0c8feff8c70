// rnode-only: 0.4's tty functions on non-terminals fail cleanly (node 20
// removed tty.setRawMode/getWindowSize/setWindowSize), and the
// WriteStream cursor methods write 0.4's escape sequences.
var common = require('../common');
var assert = require('assert');
var tty = require('tty');

// Not a terminal: an Error with the OS code, never a crash.
assert.throws(function() { tty.getWindowSize(0); }, function(e) { return e.code === 'ENOTTY'; });
assert.throws(function() { tty.setWindowSize(0, 24, 80); }, function(e) { return e.code === 'ENOTTY'; });
assert.throws(function() { tty.setRawMode(true); }, function(e) { return e.code === 'ENOTTY'; });
assert.throws(function() { tty.setWindowSize(1, -1, 80); }, RangeError);

var written = [];
var ws = Object.create(tty.WriteStream.prototype);
ws.write = function(s) { written.push(s); return true; };
ws.cursorTo(0);
ws.cursorTo(4, 2);
ws.moveCursor(-3, 0);
ws.moveCursor(2, -1);
ws.moveCursor(0, 5);
ws.clearLine(-1);
ws.clearLine(1);
ws.clearLine(0);
assert.deepEqual(written, ['\x1b[1G', '\x1b[3;5H', '\x1b[3D', '\x1b[2C', '\x1b[1A',
                           '\x1b[5B', '\x1b[1K', '\x1b[0K', '\x1b[2K']);
assert.throws(function() { ws.cursorTo(undefined, 3); }, /column/);

// Key parsing, as 0.4's ReadStream did it.
var keys = [];
var rs = Object.create(tty.ReadStream.prototype);
rs.emit = function(event, char, key) { keys.push([char, key && key.name, key && key.ctrl, key && key.shift]); };
['a', 'B', '\r', '\t', '\x7f', '\x1b[A', '\x1bOP', '\x1b[3~', '\x01', ' '].forEach(function(s) {
  rs._emitKey(s);
});
assert.deepEqual(keys, [
  ['a', 'a', false, false], ['B', 'b', false, true], ['\r', 'enter', false, false],
  ['\t', 'tab', false, false], ['\x7f', 'backspace', false, false],
  [undefined, 'up', false, false], [undefined, 'f1', false, false],
  [undefined, 'delete', false, false], ['\x01', 'a', true, false], [' ', 'space', false, false]
]);
