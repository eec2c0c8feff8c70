// addListener/on, 'newListener', emit's arguments, `this` and return value.
var common = require('../common');
var assert = require('assert');
var events = require('events');

var e = new events.EventEmitter();

assert.strictEqual(events.EventEmitter.prototype.on,
                   events.EventEmitter.prototype.addListener);

var events_new_listener_emited = [];
var listeners_new_listener_emited = [];
var times_hello_emited = 0;

// 'newListener' fires before the listener is added.
e.addListener('newListener', function(event, listener) {
  if (event === 'newListener') return;  // not expected: added first
  events_new_listener_emited.push(event);
  listeners_new_listener_emited.push(listener);
  assert.strictEqual(e.listeners(event).indexOf(listener), -1);
});

function hello(a, b) {
  console.log('hello');
  times_hello_emited += 1;
  assert.strictEqual(this, e);
  assert.equal('a', a);
  assert.equal('b', b);
}
// addListener returns the emitter, so calls chain.
assert.strictEqual(e.on('hello', hello), e);

function foo() {}
e.once('foo', foo);

assert.strictEqual(e.emit('hello', 'a', 'b'), true);
// No listeners: emit returns false.
assert.strictEqual(e.emit('nothing'), false);
assert.strictEqual(new events.EventEmitter().emit('nothing', 1), false);

// An emitter whose _events has not been created yet works too.
var f = new events.EventEmitter();
f.on('x', common.mustCall(function() {}));
f.emit('x');

// Listeners run in the order they were added and receive any number of
// arguments, with `arguments.length` preserved.
var order = [];
var g = new events.EventEmitter();
g.on('ev', function() { order.push(['first', arguments.length]); });
g.on('ev', function() {
  order.push(['second', Array.prototype.slice.call(arguments)]);
});
g.emit('ev');
g.emit('ev', 1, 2, 3, 4, 5);
assert.deepEqual(order, [['first', 0], ['second', []],
                         ['first', 5], ['second', [1, 2, 3, 4, 5]]]);

var single = [];
var h = new events.EventEmitter();
h.on('ev', function() { single.push(Array.prototype.slice.call(arguments)); });
h.emit('ev');
h.emit('ev', 1);
h.emit('ev', 1, 2);
h.emit('ev', 1, 2, 3);
h.emit('ev', undefined);
assert.deepEqual(single, [[], [1], [1, 2], [1, 2, 3], [undefined]]);
assert.strictEqual(single[4].length, 1);

// Event names that are Object.prototype properties are ordinary events.
var proto = new events.EventEmitter();
assert.strictEqual(proto.emit('toString'), false);
assert.strictEqual(proto.emit('constructor'), false);
proto.on('hasOwnProperty', common.mustCall(function(x) {
  assert.strictEqual(x, 1);
}));
assert.strictEqual(proto.emit('hasOwnProperty', 1), true);

process.on('exit', function() {
  assert.deepEqual(['hello', 'foo'], events_new_listener_emited);
  assert.deepEqual([hello, foo], listeners_new_listener_emited);
  assert.equal(1, times_hello_emited);
});
