// An 'error' on either end breaks the pipe. If nobody else listens for
// 'error' on the stream that emitted it, the error is thrown, as for any
// unhandled 'error'; pipe()'s own listener does not swallow it.
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

// Handled source error: the user's listener gets it, nothing is thrown,
// and the pipe is broken (the destination is not ended either).
var s1 = new Source();
var d1 = new Sink();
var err1 = new Error('source failed');
s1.pipe(d1);
s1.on('error', common.mustCall(function(er) {
  assert.strictEqual(er, err1);
}));
s1.emit('data', 'a');
s1.emit('error', err1);
s1.emit('data', 'b');
s1.emit('end');
assert.deepEqual(d1.written, ['a']);
assert.strictEqual(d1.endCalls, 0);

// Handled destination error, listener added before pipe().
var s2 = new Source();
var d2 = new Sink();
var err2 = new Error('dest failed');
d2.on('error', common.mustCall(function(er) {
  assert.strictEqual(er, err2);
}));
s2.pipe(d2);
d2.emit('error', err2);
s2.emit('data', 'ignored');
assert.deepEqual(d2.written, []);

// Unhandled source error: emit() throws that very error...
var s3 = new Source();
var d3 = new Sink();
var err3 = new Error('nobody listens');
s3.pipe(d3);
assert.throws(function() {
  s3.emit('error', err3);
}, function(er) { return er === err3; });
// ...and the pipe was still cleaned up first.
assert.strictEqual(s3.listeners('data').length, 0);
assert.strictEqual(d3.listeners('drain').length, 0);
s3.emit('data', 'x');
assert.deepEqual(d3.written, []);

// Unhandled destination error.
var s4 = new Source();
var d4 = new Sink();
var err4 = new Error('dest unhandled');
s4.pipe(d4);
assert.throws(function() {
  d4.emit('error', err4);
}, function(er) { return er === err4; });
assert.strictEqual(s4.listeners('data').length, 0);

// A handler on the other stream does not count: the source's error is
// unhandled even though the destination listens for errors.
var s5 = new Source();
var d5 = new Sink();
d5.on('error', common.mustCall(function() {}, 0));
s5.pipe(d5);
assert.throws(function() {
  s5.emit('error', new Error('s5'));
}, /s5/);
