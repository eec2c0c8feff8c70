// More than setMaxListeners(n) (default 10) listeners prints a leak warning
// once per event; 0 means unlimited.
var common = require('../common');
var assert = require('assert');
var events = require('events');
var util = require('util');

// Record what console.error/console.trace print, without printing it.
var warnings = [];
var traces = 0;
var realError = console.error;
var realTrace = console.trace;
function capture() {
  console.error = function() { warnings.push(util.format.apply(util, arguments)); };
  console.trace = function() { traces++; };
}
function restore() {
  console.error = realError;
  console.trace = realTrace;
}
function noop() {}

var e = new events.EventEmitter();
var i;
capture();
for (i = 0; i < 10; i++) e.on('default', noop);
var warnedAtTen = warnings.length;
e.on('default', noop);  // the 11th
var warnedAtEleven = warnings.length;
e.on('default', noop);  // no second warning for the same event
e.on('other', noop);
restore();

// Whatever the warning mechanism, all listeners are kept and called.
assert.strictEqual(e.listeners('default').length, 12);
var calls = 0;
e.on('count', function() { calls++; });
for (i = 0; i < 14; i++) e.on('count', function() { calls++; });
e.emit('count');
assert.strictEqual(calls, 15);

if (common.isRnode) {
  assert.strictEqual(warnedAtTen, 0);
  assert.strictEqual(warnedAtEleven, 1);
  assert.deepEqual(warnings, [
    '(node) warning: possible EventEmitter memory leak detected. ' +
    '11 listeners added. Use emitter.setMaxListeners() to increase limit.'
  ]);
  assert.strictEqual(traces, 1);
}

// setMaxListeners(n) lowers or raises the limit for one emitter.
warnings = [];
traces = 0;
capture();
var low = new events.EventEmitter();
low.setMaxListeners(2);
low.on('x', noop);
low.on('x', noop);
var lowAtTwo = warnings.length;
low.on('x', noop);
var lowAtThree = warnings.length;

var high = new events.EventEmitter();
high.setMaxListeners(20);
for (i = 0; i < 20; i++) high.on('x', noop);
var highAtTwenty = warnings.length;

// Zero means unlimited.
var unlimited = new events.EventEmitter();
unlimited.setMaxListeners(0);
for (i = 0; i < 100; i++) unlimited.on('x', noop);
var afterUnlimited = warnings.length;
restore();

assert.strictEqual(lowAtTwo, 0);
assert.strictEqual(unlimited.listeners('x').length, 100);
if (common.isRnode) {
  assert.strictEqual(lowAtThree, 1);
  assert.ok(/ 3 listeners added/.test(warnings[0]));
  assert.strictEqual(highAtTwenty, 1);
  assert.strictEqual(afterUnlimited, 1);
}

// The default limit.
assert.strictEqual(events.EventEmitter.defaultMaxListeners, 10);
