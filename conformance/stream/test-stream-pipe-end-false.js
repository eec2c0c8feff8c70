// pipe(dest, { end: false }) leaves the destination open after the
// source's 'end', so more can be written to it; by default it is ended.
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
Sink.prototype.end = function(chunk) {
  if (chunk) this.written.push(chunk);
  this.endCalls++;
  this.writable = false;
};
Sink.prototype.destroy = function() { this.writable = false; };

// { end: false }: dest stays writable; the user ends it.
var source = new Source();
var dest = new Sink();
source.pipe(dest, { end: false });
setTimeout(function() {
  source.emit('data', 'hello ');
  source.readable = false;
  source.emit('end');
  assert.strictEqual(dest.endCalls, 0);
  assert.strictEqual(dest.writable, true);
  // The pipe is finished: data after 'end' is not forwarded.
  source.emit('data', 'late');
  dest.write('world');
  dest.end('!');
}, 1);

// 'close' does not destroy it either.
var source2 = new Source();
var dest2 = new Sink();
dest2.destroy = common.mustCall(function() {}, 0);
source2.pipe(dest2, { end: false });
source2.emit('close');
assert.strictEqual(dest2.endCalls, 0);
assert.strictEqual(dest2.writable, true);

// Other options, or an explicit end: true, still end it.
var source3 = new Source();
var dest3 = new Sink();
source3.pipe(dest3, { end: true });
source3.emit('end');
assert.strictEqual(dest3.endCalls, 1);

var source4 = new Source();
var dest4 = new Sink();
source4.pipe(dest4, {});
source4.emit('end');
assert.strictEqual(dest4.endCalls, 1);

if (common.isRnode) {
  // 0.4 counts only the pipes that will end the destination.
  assert.strictEqual(dest._pipeCount, undefined);
}

process.on('exit', function() {
  assert.deepEqual(dest.written, ['hello ', 'world', '!']);
  assert.strictEqual(dest.endCalls, 1);
});
