// Source nested deeper than the parser's stack allows is a RangeError (as
// V8's "Maximum call stack size exceeded"), from eval, new Function and vm,
// not a crash; ordinary nesting still parses, and brackets inside strings
// and comments do not count.
var assert = require('assert');
var vm = require('vm');

function nest(open, close, n, middle) {
  return new Array(n + 1).join(open) + (middle || '') + new Array(n + 1).join(close);
}

assert.throws(function() { eval(nest('(', ')', 100000, '1')); }, RangeError);
assert.throws(function() { eval(nest('[', ']', 100000)); }, RangeError);
assert.throws(function() { new Function(nest('{', '}', 100000)); }, RangeError);
assert.throws(function() { vm.runInNewContext(nest('(', ')', 100000, '1')); },
              function(e) { return e.name === 'RangeError'; });

assert.equal(eval(nest('(', ')', 1000, '7')), 7);
assert.equal(eval('"' + nest('(', ')', 100000) + '".length'), 200000);
assert.equal(eval('/* ' + nest('[', ']', 100000) + ' */ 5'), 5);
assert.equal(new Function('return ' + nest('[', ']', 500, '3'))().length, 1);
