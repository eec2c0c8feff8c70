// Two sources piped into one destination both reach it. In 0.4 the
// destination counts its pipes (dest._pipeCount) and is ended only when
// the last source ends; later Nodes end it when the first one does.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var Stream = require('stream');

// Emits its chunks on timers `delay` ms apart, then 'end'.
function Source(chunks, delay) {
  Stream.call(this);
  this.readable = true;
  this.chunks = chunks.slice();
  this.delay = delay;
  this._schedule();
}
util.inherits(Source, Stream);
Source.prototype._schedule = function() {
  var self = this;
  setTimeout(function() { self._tick(); }, this.delay);
};
Source.prototype._tick = function() {
  if (this.chunks.length === 0) {
    this.readable = false;
    this.emit('end');
    return;
  }
  this.emit('data', this.chunks.shift());
  this._schedule();
};
Source.prototype.pause = function() {};
Source.prototype.resume = function() {};

function Sink() {
  Stream.call(this);
  this.writable = true;
  this.written = [];
  this.endCalls = 0;
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
Sink.prototype.destroy = function() { this.writable = false; };

var fast = new Source(['f1', 'f2'], 1);
var slow = new Source(['s1', 's2', 's3', 's4'], 15);
var dest = new Sink();
fast.pipe(dest);
slow.pipe(dest);
if (common.isRnode) assert.strictEqual(dest._pipeCount, 2);

fast.on('end', common.mustCall(function() {
  if (common.isRnode) {
    assert.strictEqual(dest._pipeCount, 1);
    assert.strictEqual(dest.endCalls, 0);
    assert.strictEqual(dest.writable, true);
  } else {
    assert.strictEqual(dest.endCalls, 1);
  }
}));

slow.on('end', common.mustCall(function() {
  if (common.isRnode) assert.strictEqual(dest._pipeCount, 0);
}));

// A third source with { end: false } is not counted and never ends dest.
var extra = new Source([], 1);
var dest2 = new Sink();
var a = new Source(['a'], 5);
a.pipe(dest2);
extra.pipe(dest2, { end: false });
if (common.isRnode) assert.strictEqual(dest2._pipeCount, 1);

process.on('exit', function() {
  var fromFast = dest.written.filter(function(c) { return c[0] === 'f'; });
  assert.deepEqual(fromFast, ['f1', 'f2']);
  assert.strictEqual(dest2.endCalls, 1);
  assert.deepEqual(dest2.written, ['a']);
  if (common.isRnode) {
    // Every chunk of both sources, each source in its own order.
    var fromSlow = dest.written.filter(function(c) { return c[0] === 's'; });
    assert.deepEqual(fromSlow, ['s1', 's2', 's3', 's4']);
    assert.strictEqual(dest.written.length, 6);
    assert.strictEqual(dest.endCalls, 1);
  }
});
