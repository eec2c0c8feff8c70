// rnode-only: node 20 disables assignment to `_` and prints undefined; this is the manual's session as 0.4 ran it.
// The manual's REPL session, piped into `rnode -i`: `a = [ 1, 2, 3]`,
// the multi-line forEach, `_` arithmetic, a statement printing nothing,
// .exit.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var child = spawn(process.execPath, ['-i']);
var out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', function(d) { out += d; });
child.stdin.end([
  'a = [ 1, 2, 3];',
  'a.forEach(function (v) {',
  '  console.log(v);',
  '  });',
  '[ "a", "b", "c" ]',
  '_.length',
  '_ += 1',
  'var quiet = 1',
  '.exit',
  ''
].join('\n'));
child.on('exit', common.mustCall(function(code) {
  assert.equal(code, 0);
  assert.equal(out, [
    '> [ 1, 2, 3 ]',
    '> ... ... 1',
    '2',
    '3',
    "> [ 'a', 'b', 'c' ]",
    '> 3',
    '> 4',
    '> > '
  ].join('\n'));
}));
