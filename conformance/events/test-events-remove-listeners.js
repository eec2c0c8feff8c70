// removeListener() and removeAllListeners().
var common = require('../common');
var assert = require('assert');
var events = require('events');

var count = 0;

function listener1() {
  console.log('listener1');
  count++;
}

function listener2() {
  console.log('listener2');
  count++;
}

function listener3() {
  console.log('listener3');
  count++;
}

var e1 = new events.EventEmitter();
e1.addListener('hello', listener1);
assert.strictEqual(e1.removeListener('hello', listener1), e1);
assert.deepEqual([], e1.listeners('hello'));

var e2 = new events.EventEmitter();
e2.addListener('hello', listener1);
e2.removeListener('hello', listener2);  // not added: no-op
assert.deepEqual([listener1], e2.listeners('hello'));
e2.removeListener('nothing', listener2);  // unknown event: no-op

var e3 = new events.EventEmitter();
e3.addListener('hello', listener1);
e3.addListener('hello', listener2);
e3.removeListener('hello', listener1);
assert.deepEqual([listener2], e3.listeners('hello'));

// Only one of duplicate listeners is removed: the first in Node 0.4
// (modern Node removes the last).
var e4 = new events.EventEmitter();
e4.on('hello', listener1);
e4.on('hello', listener2);
e4.on('hello', listener1);
e4.removeListener('hello', listener1);
assert.strictEqual(e4.listeners('hello').length, 2);
if (common.isRnode) {
  assert.deepEqual([listener2, listener1], e4.listeners('hello'));
}
e4.removeListener('hello', listener1);
e4.removeListener('hello', listener2);
assert.deepEqual([], e4.listeners('hello'));
assert.strictEqual(e4.emit('hello'), false);

// Removing a listener while emitting does not skip the others.
var e5 = new events.EventEmitter();
var calls = [];
function remover() {
  calls.push('remover');
  e5.removeListener('hello', remover);
  e5.removeListener('hello', b);  // takes effect from the next emit
}
function a() { calls.push('a'); }
function b() { calls.push('b'); }
e5.on('hello', a);
e5.on('hello', remover);
e5.on('hello', b);
e5.emit('hello');
e5.emit('hello');
assert.deepEqual(calls, ['a', 'remover', 'b', 'a']);

// A listener added while emitting runs from the next emit on.
var e6 = new events.EventEmitter();
var added = 0;
e6.on('x', function() { e6.on('x', function() { added++; }); });
e6.on('x', function() {});
e6.emit('x');
assert.strictEqual(added, 0);
e6.emit('x');
assert.strictEqual(added, 1);

// removeAllListeners(event) clears only that event.
var e7 = new events.EventEmitter();
e7.on('foo', listener1);
e7.on('foo', listener2);
e7.on('bar', listener3);
assert.strictEqual(e7.removeAllListeners('foo'), e7);
assert.deepEqual([], e7.listeners('foo'));
assert.deepEqual([listener3], e7.listeners('bar'));
assert.strictEqual(e7.emit('foo'), false);
e7.emit('bar');
assert.strictEqual(count, 1);

// removeAllListeners() with no argument clears every event.
e7.on('baz', listener1);
e7.removeAllListeners();
assert.deepEqual([], e7.listeners('bar'));
assert.deepEqual([], e7.listeners('baz'));
assert.strictEqual(e7.emit('bar'), false);

// On an emitter that never had listeners, these are harmless.
var e8 = new events.EventEmitter();
e8.removeAllListeners('foo');
e8.removeAllListeners();
e8.removeListener('foo', listener1);
assert.strictEqual(e8.emit('foo'), false);

// The manual's example.
var server = new events.EventEmitter();
var callback = function(stream) {
  console.log('someone connected!');
};
server.on('connection', callback);
server.removeListener('connection', callback);
assert.strictEqual(server.listeners('connection').length, 0);

process.on('exit', function() {
  assert.strictEqual(count, 1);
});
