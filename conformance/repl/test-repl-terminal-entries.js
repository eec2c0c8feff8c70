// rnode-only: drives rnode's own REPL (reedline) on a pseudo-terminal (`script`).
// Entries on a terminal: the manual's forEach spread over lines (the parser
// decides the entry goes on), `_` arithmetic, an error then a normal line,
// `.break` out of an unfinished entry, output of a timer while the prompt
// waits, and Ctrl+C twice on an empty line to leave.
var common = require('../common');
var assert = require('assert');
var replOnTerminal = require('./terminal-session');

var keys = [
  '',
  'a = [ 1, 2, 3];\r',
  'a.forEach(function (v) {\r', '  console.log("v" + v);\r', '  });\r',
  '[ "a", "b", "c" ]\r', '_.length + 10\r',
  'nope + 1\r', '"still " + "here"\r',
  'function unfinished() {\r', '.break\r', 'typeof unfinished\r',
  'setTimeout(function () { console.log("from a timer") }, 200), "set"\r',
  '', '',
  '1 + 1\r',
  '\x03', '\x03'
];
replOnTerminal({ NODE_REPL_HISTORY: '' }, keys, 200, common.mustCall(function(code, text) {
  assert.equal(code, 0);
  assert.ok(/v1\nv2\nv3\n/.test(text), text);
  assert.ok(/\n13\n/.test(text), text);
  assert.ok(/ReferenceError: nope is not defined/.test(text), text);
  assert.ok(/'still here'/.test(text), text);
  assert.ok(/'undefined'/.test(text), 'typeof after .break: ' + text);
  assert.ok(/from a timer/.test(text), text);
  assert.ok(text.indexOf('from a timer') < text.lastIndexOf('\n2\n'), text);
  assert.ok(/\(\^C again to quit\)/.test(text), text);
}));
