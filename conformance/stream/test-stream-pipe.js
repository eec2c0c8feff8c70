// pipe() writes every 'data' chunk to the destination in order, emits
// 'pipe' on the destination at once, ends it after the source's 'end',
// and returns the destination.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var Stream = require('stream');

// Emits its chunks one per timer tick, then 'end'.
function Source(chunks) {
  Stream.call(this);
  this.readable = true;
  this.chunks = chunks.slice();
  this.paused = false;
  this._schedule();
}
util.inherits(Source, Stream);
Source.prototype._schedule = function() {
  var self = this;
  setTimeout(function() { self._tick(); }, 1);
};
Source.prototype._tick = function() {
  if (this.paused || !this.readable) return;
  if (this.chunks.length === 0) {
    this.readable = false;
    this.emit('end');
    return;
  }
  this.emit('data', this.chunks.shift());
  this._schedule();
};
Source.prototype.pause = function() { this.paused = true; };
Source.prototype.resume = function() { this.paused = false; this._schedule(); };

function Sink() {
  Stream.call(this);
  this.writable = true;
  this.written = [];
  this.endCalls = 0;
}
util.inherits(Sink, Stream);
Sink.prototype.write = function(chunk) {
  assert.ok(this.writable, 'write after end');
  this.written.push(chunk);
  return true;
};
Sink.prototype.end = function() {
  this.endCalls++;
  this.writable = false;
};
Sink.prototype.destroy = function() { this.writable = false; };

var chunks = ['a', 'bb', 'ccc', 'dddd', 'e'];
var source = new Source(chunks);
var dest = new Sink();

var pipeSrc = null;
dest.on('pipe', common.mustCall(function(src) {
  pipeSrc = src;
  assert.strictEqual(dest.written.length, 0);
}));

var ret = source.pipe(dest);
assert.strictEqual(ret, dest);
// 'pipe' is emitted synchronously, inside pipe().
assert.strictEqual(pipeSrc, source);

source.on('end', common.mustCall(function() {
  // pipe()'s own 'end' listener was added first, so dest is ended already.
  assert.strictEqual(dest.endCalls, 1);
}));

// Chaining: pipe() returns its argument, so a.pipe(b).pipe(c) works.
var s2 = new Source(['x', 'y']);
var mid = new Sink();
mid.readable = true;
var last = new Sink();
assert.strictEqual(s2.pipe(mid).pipe(last), last);
mid.emit('data', 'direct');
assert.deepEqual(last.written, ['direct']);

// Data for a destination that is no longer writable is dropped, not written.
var s3 = new Source([]);
var closed = new Sink();
closed.writable = false;
closed.write = common.mustCall(function() { return true; }, 0);
s3.pipe(closed, { end: false });
s3.emit('data', 'dropped');

process.on('exit', function() {
  assert.deepEqual(dest.written, chunks);
  assert.strictEqual(dest.endCalls, 1);
  assert.strictEqual(dest.writable, false);
  assert.deepEqual(mid.written, ['x', 'y']);
});
