// The manual's util.inherits example: a stream class built on EventEmitter.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var events = require('events');

var received = [];

function MyStream() {
  events.EventEmitter.call(this);
}

util.inherits(MyStream, events.EventEmitter);

MyStream.prototype.write = function(data) {
  this.emit('data', data);
};

var stream = new MyStream();

assert.strictEqual(stream instanceof events.EventEmitter, true);
assert.strictEqual(MyStream.super_ === events.EventEmitter, true);

stream.on('data', function(data) {
  received.push('Received data: "' + data + '"');
});
stream.write('It works!');
assert.deepEqual(received, ['Received data: "It works!"']);

// Subclasses that never call the EventEmitter constructor work as well,
// as many 0.4-era modules relied on.
function Lazy() {}
util.inherits(Lazy, events.EventEmitter);
var lazy = new Lazy();
assert.strictEqual(lazy.emit('x'), false);
lazy.on('x', common.mustCall(function(v) { assert.strictEqual(v, 42); }));
assert.strictEqual(lazy.emit('x', 42), true);

// Each instance has its own listeners.
var other = new Lazy();
assert.strictEqual(other.emit('x', 1), false);

// require('events') exposes the constructor as `.EventEmitter`.
assert.strictEqual(typeof require('events').EventEmitter, 'function');
