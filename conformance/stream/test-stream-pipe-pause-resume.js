// 0.4's pipe() gives a source without pause()/resume() versions that just
// emit 'pause'/'resume', and makes a source obey its destination's
// 'pause'/'resume' events, so backpressure passes along a chain of pipes.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var Stream = require('stream');

// A through stream with no pause()/resume() of its own.
function Through() {
  Stream.call(this);
  this.readable = true;
  this.writable = true;
}
util.inherits(Through, Stream);
Through.prototype.write = function(chunk) {
  this.emit('data', chunk);
  return true;
};
Through.prototype.end = function() {
  this.writable = false;
  this.readable = false;
  this.emit('end');
};
Through.prototype.destroy = function() {};

// A sink that is full after every write until its next 'drain'.
function Sink() {
  Stream.call(this);
  this.writable = true;
  this.written = [];
}
util.inherits(Sink, Stream);
Sink.prototype.write = function(chunk) {
  this.written.push(chunk);
  return false;
};
Sink.prototype.end = function() { this.writable = false; };
Sink.prototype.destroy = function() {};

// Plain source with real pause()/resume().
function Source() {
  Stream.call(this);
  this.readable = true;
  this.paused = false;
}
util.inherits(Source, Stream);
Source.prototype.pause = function() { this.paused = true; };
Source.prototype.resume = function() { this.paused = false; };

var source = new Source();
var through = new Through();
var sink = new Sink();
var ret = source.pipe(through);
through.pipe(sink);
assert.strictEqual(ret, through);

if (common.isRnode) {
  // The shims are own properties added by pipe().
  assert.strictEqual(typeof through.pause, 'function');
  assert.strictEqual(typeof through.resume, 'function');
  assert.ok(through.hasOwnProperty('pause'));
  // An existing pause() is left alone.
  assert.strictEqual(source.pause, Source.prototype.pause);

  var events = [];
  through.on('pause', function() { events.push('pause'); });
  through.on('resume', function() { events.push('resume'); });

  // sink.write() returns false: pipe() pauses `through`, whose shim emits
  // 'pause', which pipe() turns into source.pause() up the chain.
  source.emit('data', 'one');
  assert.deepEqual(sink.written, ['one']);
  assert.deepEqual(events, ['pause']);
  assert.strictEqual(source.paused, true);

  // 'drain' resumes `through`, and its 'resume' resumes the source.
  sink.emit('drain');
  assert.deepEqual(events, ['pause', 'resume']);
  assert.strictEqual(source.paused, false);

  // The shims work when called directly too.
  through.pause();
  assert.strictEqual(source.paused, true);
  through.resume();
  assert.strictEqual(source.paused, false);

  // A destination's 'resume' does not resume a source that has ended.
  source.pause();
  source.readable = false;
  through.emit('resume');
  assert.strictEqual(source.paused, true);

  // After the pipe ends the shims stay, but no longer reach the source.
  source.readable = true;
  source.resume();
  source.emit('end');
  through.emit('pause');
  assert.strictEqual(source.paused, false);
} else {
  // Later Nodes add no shims; the data still flows.
  source.emit('data', 'one');
  assert.deepEqual(sink.written, ['one']);
}
