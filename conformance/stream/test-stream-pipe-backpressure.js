// When dest.write() returns false the source is paused at once, and it is
// resumed only when the destination emits 'drain'.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var Stream = require('stream');

// Emits as many chunks as it can, synchronously, whenever it flows; stops
// as soon as it is paused.
function Source(chunks) {
  Stream.call(this);
  this.readable = true;
  this.chunks = chunks.slice();
  this.paused = false;
  this.pauses = 0;
  this.resumes = 0;
  var self = this;
  process.nextTick(function() { self._flow(); });
}
util.inherits(Source, Stream);
Source.prototype._flow = function() {
  while (!this.paused && this.chunks.length > 0) {
    this.emit('data', this.chunks.shift());
  }
  if (!this.paused && this.readable && this.chunks.length === 0) {
    this.readable = false;
    this.emit('end');
  }
};
Source.prototype.pause = function() {
  this.pauses++;
  this.paused = true;
};
Source.prototype.resume = function() {
  this.resumes++;
  this.paused = false;
  var self = this;
  process.nextTick(function() { self._flow(); });
};

// Holds `size` chunks; write() returns false once it is full, and the
// buffer "drains" on a later timer tick.
function Sink(size) {
  Stream.call(this);
  this.writable = true;
  this.size = size;
  this.buffered = 0;
  this.needDrain = false;
  this.written = [];
  this.drains = 0;
  this.ended = false;
}
util.inherits(Sink, Stream);
Sink.prototype.write = function(chunk) {
  assert.ok(!this.needDrain, 'written to while the source should be paused');
  this.written.push(chunk);
  if (++this.buffered < this.size) return true;
  this.needDrain = true;
  var self = this;
  setTimeout(function() {
    self.buffered = 0;
    self.needDrain = false;
    self.drains++;
    self.emit('drain');
  }, 1);
  return false;
};
Sink.prototype.end = function() {
  assert.ok(!this.ended);
  this.ended = true;
  this.writable = false;
};
Sink.prototype.destroy = function() { this.writable = false; };

var chunks = [];
for (var i = 0; i < 10; i++) chunks.push('chunk' + i);

var source = new Source(chunks);
var dest = new Sink(3);

// Added before pipe(), so it runs before pipe()'s own 'drain' listener:
// the source is still paused from the write that returned false.
dest.on('drain', function() {
  assert.strictEqual(source.paused, true);
});

source.pipe(dest);

dest.on('drain', function() {
  // pipe()'s 'drain' listener ran and resumed the source.
  assert.strictEqual(source.paused, false);
});

process.on('exit', function() {
  assert.deepEqual(dest.written, chunks);
  // Writes 3, 6 and 9 filled the sink; each paused the source.
  assert.strictEqual(source.pauses, 3);
  assert.strictEqual(dest.drains, 3);
  assert.strictEqual(source.resumes, 3);
  assert.strictEqual(dest.ended, true);
});

// 'drain' does not resume a source that is no longer readable.
var done = new Source([]);
var dest2 = new Sink(1);
done.readable = false;
done.pipe(dest2);
dest2.emit('drain');
assert.strictEqual(done.resumes, 0);
