// require('stream') is the Stream constructor, an EventEmitter subclass
// with pipe(); `.Stream` is the same function, as 0.4 code spells it.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var EventEmitter = require('events').EventEmitter;
var Stream = require('stream');

assert.strictEqual(typeof Stream, 'function');
assert.strictEqual(Stream.Stream, Stream);
assert.strictEqual(require('stream').Stream, Stream);
assert.strictEqual(typeof Stream.prototype.pipe, 'function');

var s = new Stream();
assert.ok(s instanceof Stream);
assert.ok(s instanceof EventEmitter);
assert.strictEqual(typeof s.on, 'function');
assert.strictEqual(typeof s.emit, 'function');
if (common.isRnode) {
  // 0.4 built Stream with util.inherits; Node 20 sets the prototype directly.
  assert.strictEqual(Stream.super_, EventEmitter);
}

// The 0.4 way to write a stream: inherit and call the constructor.
function MyStream() {
  Stream.call(this);
  this.readable = true;
}
util.inherits(MyStream, Stream);
var m = new MyStream();
assert.ok(m instanceof Stream);
assert.ok(m instanceof EventEmitter);
assert.strictEqual(m.pipe, Stream.prototype.pipe);
assert.strictEqual(m.readable, true);

// A Stream is an ordinary emitter.
var got = null;
m.on('data', function(d) { got = d; });
m.emit('data', 'x');
assert.strictEqual(got, 'x');
