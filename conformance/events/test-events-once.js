// once(): the listener runs for the first emit only.
var common = require('../common');
var assert = require('assert');
var events = require('events');

var e = new events.EventEmitter();
var times_hello_emited = 0;

assert.strictEqual(e.once('hello', function(a, b) {
  times_hello_emited++;
  assert.strictEqual(this, e);
  assert.strictEqual(a, 'a');
  assert.strictEqual(b, 'b');
}), e);

e.emit('hello', 'a', 'b');
e.emit('hello', 'a', 'b');
e.emit('hello', 'a', 'b');
e.emit('hello', 'a', 'b');
assert.strictEqual(e.listeners('hello').length, 0);

// A once listener can be removed with the function originally passed in.
var remove = function() {
  assert.fail(1, 0, 'once->foo should not be emitted', '!');
};
e.once('foo', remove);
e.removeListener('foo', remove);
e.emit('foo');
assert.strictEqual(e.listeners('foo').length, 0);

// Several once listeners on one event all run, once each.
var count = 0;
e.once('multi', function() { count++; });
e.once('multi', function() { count++; });
e.on('multi', function() { count += 10; });
e.emit('multi');
e.emit('multi');
assert.strictEqual(count, 22);

// Emitting the same event again from inside a once listener does not rerun it.
var reentrant = 0;
e.once('re', function() {
  reentrant++;
  e.emit('re');
});
e.emit('re');
assert.strictEqual(reentrant, 1);

// Arguments of any number reach a once listener.
e.once('args', common.mustCall(function() {
  assert.deepEqual(Array.prototype.slice.call(arguments), [1, 2, 3, 4]);
}));
e.emit('args', 1, 2, 3, 4);
e.emit('args', 1, 2, 3, 4);

process.on('exit', function() {
  assert.equal(1, times_hello_emited);
});
