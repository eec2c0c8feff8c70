// rnode-only
// util.pump(readableStream, writableStream, [callback]): removed from
// modern Node. Uses stand-in streams to check the flow control.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var events = require('events');

function ReadStream() {
  events.EventEmitter.call(this);
  this.paused = 0;
  this.resumed = 0;
  this.destroyed = 0;
}
util.inherits(ReadStream, events.EventEmitter);
ReadStream.prototype.pause = function() { this.paused++; };
ReadStream.prototype.resume = function() { this.resumed++; };
ReadStream.prototype.destroy = function() { this.destroyed++; };

function WriteStream(full) {
  events.EventEmitter.call(this);
  this.chunks = [];
  this.ended = 0;
  this.full = full;
}
util.inherits(WriteStream, events.EventEmitter);
WriteStream.prototype.write = function(chunk) {
  this.chunks.push(chunk);
  return !this.full;
};
WriteStream.prototype.end = function() { this.ended++; };

// Data is copied; a full writer pauses the reader until 'drain'; 'end'
// ends the writer and 'close' calls back once, without an error.
var r = new ReadStream();
var w = new WriteStream(false);
util.pump(r, w, common.mustCall(function(err) {
  assert.strictEqual(err, undefined);
}));
r.emit('data', 'a');
assert.strictEqual(r.paused, 0);
w.full = true;
r.emit('data', 'b');
assert.strictEqual(r.paused, 1);
w.emit('drain');
assert.strictEqual(r.resumed, 1);
r.emit('end');
assert.strictEqual(w.ended, 1);
r.emit('close');
r.emit('close');
assert.deepEqual(w.chunks, ['a', 'b']);

// A read error ends the writer and calls back with the error.
var r2 = new ReadStream();
var w2 = new WriteStream(false);
var readErr = new Error('read failed');
util.pump(r2, w2, common.mustCall(function(err) {
  assert.strictEqual(err, readErr);
}));
r2.emit('error', readErr);
assert.strictEqual(w2.ended, 1);
r2.emit('close');  // the callback has already run

// A write error destroys the reader and calls back with the error.
var r3 = new ReadStream();
var w3 = new WriteStream(false);
var writeErr = new Error('write failed');
util.pump(r3, w3, common.mustCall(function(err) {
  assert.strictEqual(err, writeErr);
}));
w3.emit('error', writeErr);
assert.strictEqual(r3.destroyed, 1);

// The callback is optional.
var r4 = new ReadStream();
var w4 = new WriteStream(false);
util.pump(r4, w4);
r4.emit('data', 'x');
r4.emit('end');
r4.emit('close');
assert.deepEqual(w4.chunks, ['x']);
assert.strictEqual(w4.ended, 1);
