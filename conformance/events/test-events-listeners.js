// listeners(event): the listener array, which Node 0.4 documents as live.
var common = require('../common');
var assert = require('assert');
var events = require('events');
var util = require('util');

function listener() {}
function listener2() {}

var e1 = new events.EventEmitter();
e1.on('foo', listener);
var fooListeners = e1.listeners('foo');
assert.deepEqual(e1.listeners('foo'), [listener]);
e1.removeAllListeners('foo');
assert.deepEqual(e1.listeners('foo'), []);
assert.deepEqual(fooListeners, [listener]);

var e2 = new events.EventEmitter();
assert.deepEqual(e2.listeners('nothing'), []);
e2.on('foo', listener);
e2.on('foo', listener2);
assert.deepEqual(e2.listeners('foo'), [listener, listener2]);
assert.ok(Array.isArray(e2.listeners('foo')));

// The manual's example.
var server = new events.EventEmitter();
server.on('connection', function(stream) {
  console.log('someone connected!');
});
var shown = util.inspect(server.listeners('connection'));
assert.ok(/^\[ \[Function.*\] \]$/.test(shown), shown);
if (common.isRnode) {
  assert.equal(shown, '[ [Function] ]');
}

if (common.isRnode) {
  // "This array can be manipulated, e.g. to remove listeners."
  var e3 = new events.EventEmitter();
  var called = [];
  e3.on('x', function() { called.push(1); });
  var list = e3.listeners('x');
  assert.strictEqual(e3.listeners('x'), list);
  list.push(function() { called.push(2); });
  e3.emit('x');
  assert.deepEqual(called, [1, 2]);
  list.splice(0, list.length);
  assert.strictEqual(e3.emit('x'), false);
  assert.deepEqual(called, [1, 2]);

  // Adding to an event whose array was fetched keeps that same array.
  var e4 = new events.EventEmitter();
  var live = e4.listeners('y');
  e4.on('y', listener);
  assert.deepEqual(live, [listener]);
}

// Later-Node extra: EventEmitter.listenerCount(emitter, event).
var e5 = new events.EventEmitter();
assert.strictEqual(events.EventEmitter.listenerCount(e5, 'foo'), 0);
e5.on('foo', listener);
assert.strictEqual(events.EventEmitter.listenerCount(e5, 'foo'), 1);
e5.on('foo', listener2);
assert.strictEqual(events.EventEmitter.listenerCount(e5, 'foo'), 2);
