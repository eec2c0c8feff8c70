// V8's stack trace API, which programs of the time used for their own
// traces and line numbers: Error.prepareStackTrace(err, callSites) makes
// err.stack (once: the value is kept), CallSites tell each frame's file,
// line, column and function, Error.stackTraceLimit bounds the frames, and
// Error.captureStackTrace(obj, fn) starts below fn. A call's frame points
// at the called name, as V8's.
var assert = require('assert');
var path = require('path');

function outer() { return inner(); }
function inner() { return new Error('deep'); }

// The default text: frames at the called names.
var lines = outer().stack.split('\n');
assert.strictEqual(lines[0], 'Error: deep');
assert.ok(/at inner \(.*test-error-prepare-stack-trace\.js:11:27\)$/.test(lines[1]), lines[1]);
assert.ok(/at outer \(.*test-error-prepare-stack-trace\.js:10:27\)$/.test(lines[2]), lines[2]);

// prepareStackTrace and CallSites.
var calls = 0, seen;
Error.prepareStackTrace = function(err, callSites) {
  calls++;
  seen = callSites;
  return 'prepared: ' + err.message;
};
var e = outer();
assert.strictEqual(e.stack, 'prepared: deep');
assert.strictEqual(e.stack, 'prepared: deep');
assert.strictEqual(calls, 1);
assert.ok(e.hasOwnProperty('stack'));
var site = seen[0];
['getThis', 'getTypeName', 'getFunction', 'getFunctionName', 'getMethodName',
 'getFileName', 'getLineNumber', 'getColumnNumber', 'getEvalOrigin', 'isToplevel',
 'isEval', 'isNative', 'isConstructor'].forEach(function(name) {
  assert.strictEqual(typeof site[name], 'function', name);
});
assert.strictEqual(site.getFunctionName(), 'inner');
assert.strictEqual(path.basename(site.getFileName()), 'test-error-prepare-stack-trace.js');
assert.strictEqual(site.getLineNumber(), 11);
assert.strictEqual(site.getColumnNumber(), 27);
assert.strictEqual(site.isNative(), false);
assert.strictEqual(site.isEval(), false);
assert.strictEqual(seen[1].getFunctionName(), 'outer');
assert.strictEqual(seen[1].getLineNumber(), 10);
// Stacks read inside prepareStackTrace get V8's text: it is not re-entered.
Error.prepareStackTrace = function(err) {
  return 'outer[' + String(err.stack).split('\n')[0] + '|' +
         new Error('inner').stack.split('\n')[0] + ']';
};
assert.strictEqual(new Error('x').stack, 'outer[Error: x|Error: inner]');
delete Error.prepareStackTrace;

// stackTraceLimit.
Error.stackTraceLimit = 1;
assert.strictEqual(outer().stack.split('\n').length, 2);
Error.stackTraceLimit = 0;
assert.strictEqual(outer().stack, 'Error: deep');
Error.stackTraceLimit = 10;
assert.ok(outer().stack.split('\n').length <= 11);

// captureStackTrace, with and without a start function.
function start() {
  var o = { name: 'Custom', message: 'made' };
  Error.captureStackTrace(o, start);
  return o;
}
function caller() { return start(); }
var captured = caller().stack.split('\n');
assert.ok(/at caller \(/.test(captured[1]), captured[1]);
var plain = {};
Error.captureStackTrace(plain);
assert.strictEqual(typeof plain.stack, 'string');
