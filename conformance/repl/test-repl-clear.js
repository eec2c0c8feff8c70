// rnode-only: node 20's command-line REPL has no .clear (it shares the global object for good); 0.4's cleared it.
// `.clear` (the manual's REPL section): "Resets the context object to an
// empty object and clears any multi-line expression": what the session
// defined is gone, the globals there were before stay, and an unfinished
// entry is dropped.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var child = spawn(process.execPath, ['-i']);
var out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', function(d) { out += d; });
child.stdin.end([
  'defined = 1',
  'function unfinished() {',
  '.clear',
  'typeof defined',
  'typeof unfinished',
  'typeof setTimeout + " " + typeof process',
  ''
].join('\n'));
child.on('exit', common.mustCall(function(code) {
  assert.equal(code, 0);
  var results = out.split(/(?:\.\.\. |> )/).map(function(s) { return s.trim(); }).filter(Boolean);
  assert.deepEqual(results, ['1', 'Clearing context...', "'undefined'", "'undefined'",
                             "'function object'"]);
}));
