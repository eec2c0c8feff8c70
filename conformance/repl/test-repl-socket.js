// A REPL over a TCP socket, as the manual's example starts one: results
// printed with util.inspect, `_` holding the last one, multi-line input
// under '... ', .break, the context object's properties as globals, and an
// error that prints and leaves the REPL running.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var repl = require('repl');

common.globalCheck = false;
var PROMPT = 'tcp> ';

var server = net.createServer(function(socket) {
  var r = repl.start({ prompt: PROMPT, input: socket, output: socket, terminal: false,
                       useColors: false, ignoreUndefined: true });
  r.context.message = 'Read, Eval, Print Loop';
  socket.on('end', function() { socket.end(); });
});

var steps = [
  ['[1, 2, 3]\n', '[ 1, 2, 3 ]\n' + PROMPT],
  ['_.length\n', '3\n' + PROMPT],
  ['message\n', "'Read, Eval, Print Loop'\n" + PROMPT],
  ['function twice(x) {\n', '... '],
  ['  return 2 * x;\n', '... '],
  ['}\n', PROMPT],
  ['twice(21)\n', '42\n' + PROMPT],
  ['var unfinished = [\n', '... '],
  ['.break\n', PROMPT],
  ['{ a: 1 }\n', '{ a: 1 }\n' + PROMPT],
  ['throw new Error("test error")\n', /Error: test error[\s\S]*tcp> $/],
  ['1 + 1\n', '2\n' + PROMPT]
];

server.listen(common.PORT, function() {
  var client = net.createConnection(common.PORT);
  var got = '', step = -1;
  client.setEncoding('utf8');
  client.on('data', function(d) {
    got += d;
    var expected = step < 0 ? PROMPT : steps[step][1];
    var done = expected instanceof RegExp ? expected.test(got) :
        got.length >= expected.length;
    if (!done) return;
    if (!(expected instanceof RegExp)) assert.equal(got, expected);
    got = '';
    step++;
    if (step < steps.length) {
      client.write(steps[step][0]);
    } else {
      client.end();
      server.close();
    }
  });
  process.on('exit', function() { assert.equal(step, steps.length); });
});
