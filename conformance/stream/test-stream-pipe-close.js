// A source's 'close' without an 'end' destroys the destination instead of
// ending it; a source that emits both ends the destination just once; and
// a destination's 'close' breaks the pipe.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var Stream = require('stream');

function Source() {
  Stream.call(this);
  this.readable = true;
}
util.inherits(Source, Stream);
Source.prototype.pause = function() {};
Source.prototype.resume = function() {};

function Sink() {
  Stream.call(this);
  this.writable = true;
  this.written = [];
  this.endCalls = 0;
  this.destroyCalls = 0;
}
util.inherits(Sink, Stream);
Sink.prototype.write = function(chunk) {
  this.written.push(chunk);
  return true;
};
Sink.prototype.end = function() {
  this.endCalls++;
  this.writable = false;
};
Sink.prototype.destroy = function() {
  this.destroyCalls++;
  this.writable = false;
};

// 'close' alone: destroy(), not end().
var s1 = new Source();
var d1 = new Sink();
s1.pipe(d1);
s1.emit('data', 'a');
s1.emit('close');
assert.strictEqual(d1.destroyCalls, 1);
assert.strictEqual(d1.endCalls, 0);
s1.emit('close');
assert.strictEqual(d1.destroyCalls, 1);

// 'end' then 'close': end() once, no destroy().
var s2 = new Source();
var d2 = new Sink();
s2.pipe(d2);
s2.emit('end');
s2.emit('close');
assert.strictEqual(d2.endCalls, 1);
assert.strictEqual(d2.destroyCalls, 0);
s2.emit('end');
assert.strictEqual(d2.endCalls, 1);

// The destination closing stops the flow: nothing more is written to it,
// and it is not ended when the source later ends.
var s3 = new Source();
var d3 = new Sink();
s3.pipe(d3);
s3.emit('data', 'before');
d3.emit('close');
s3.emit('data', 'after');
s3.emit('end');
assert.deepEqual(d3.written, ['before']);
assert.strictEqual(d3.endCalls, 0);
assert.strictEqual(d3.destroyCalls, 0);
assert.strictEqual(s3.listeners('data').length, 0);
