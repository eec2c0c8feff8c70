// readline over a stream that is no terminal: each line is a 'line' (\n,
// \r\n), the last one too when the stream ends, then 'close'; setPrompt and
// prompt write the prompt; question() writes its query and calls back with
// the answer instead of emitting 'line'.
var common = require('../common');
var assert = require('assert');
var readline = require('readline');
var Stream = require('stream').Stream;

function fakeInput() {
  var s = new Stream();
  s.readable = true;
  s.resume = s.pause = function() {};
  s.setEncoding = function() {};
  return s;
}
function fakeOutput() {
  var s = new Stream();
  s.writable = true;
  s.written = '';
  s.write = function(d) { s.written += d; return true; };
  return s;
}

var input = fakeInput(), output = fakeOutput();
var rl = readline.createInterface({ input: input, output: output, terminal: false });
var lines = [];
rl.on('line', function(line) { lines.push(line); });
rl.on('close', common.mustCall(function() {
  assert.deepEqual(lines, ['one', 'two', 'three', 'last']);
}));

rl.setPrompt('?> ');
rl.prompt();
assert.equal(output.written, '?> ');

rl.question('name? ', common.mustCall(function(answer) {
  assert.equal(answer, 'rnode');
  assert.equal(output.written, '?> name? ');
  assert.deepEqual(lines, []);
  input.emit('data', new Buffer('one\ntwo\r\nthr'));
  input.emit('data', 'ee\nlast');
  input.emit('end');
}));
input.emit('data', 'rnode\n');
