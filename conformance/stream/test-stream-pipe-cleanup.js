// Once the pipe is finished (the source's 'end' or 'close', the
// destination's 'close', or, in 0.4, its 'end'), every listener pipe()
// added to either stream is removed again.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var Stream = require('stream');

var EVENTS = ['data', 'end', 'close', 'error', 'drain', 'pause', 'resume',
              'pipe'];

function counts(emitter) {
  var c = {};
  EVENTS.forEach(function(e) { c[e] = emitter.listeners(e).length; });
  return c;
}

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
}
util.inherits(Sink, Stream);
Sink.prototype.write = function(chunk) {
  this.written.push(chunk);
  return true;
};
Sink.prototype.end = function() { this.writable = false; };
Sink.prototype.destroy = function() { this.writable = false; };

function noop() {}

// Runs one pipe, breaks it with `finish`, and checks that both streams are
// back to the listeners they had before (including the user's own).
function check(name, options, finish) {
  var source = new Source();
  var dest = new Sink();
  source.on('end', noop);
  source.on('data', noop);
  dest.on('error', noop);
  dest.on('close', noop);
  var srcBefore = counts(source);
  var destBefore = counts(dest);

  source.pipe(dest, options);
  var srcDuring = counts(source);
  var destDuring = counts(dest);
  assert.strictEqual(srcDuring.data, srcBefore.data + 1, name);
  assert.strictEqual(srcDuring.error, srcBefore.error + 1, name);
  assert.strictEqual(destDuring.drain, destBefore.drain + 1, name);
  assert.strictEqual(destDuring.error, destBefore.error + 1, name);
  if (common.isRnode) {
    // 0.4 also watches the destination's 'end', 'pause' and 'resume'.
    assert.strictEqual(destDuring.end, destBefore.end + 1, name);
    assert.strictEqual(destDuring.pause, destBefore.pause + 1, name);
    assert.strictEqual(destDuring.resume, destBefore.resume + 1, name);
  }

  finish(source, dest);
  assert.deepEqual(counts(source), srcBefore, name + ': source listeners');
  assert.deepEqual(counts(dest), destBefore, name + ': dest listeners');

  // And the broken pipe no longer carries data.
  source.emit('data', 'late');
  assert.deepEqual(dest.written, [], name);
}

check('source end', undefined, function(s) { s.emit('end'); });
check('source end, end: false', { end: false },
      function(s) { s.emit('end'); });
check('source close', undefined, function(s) { s.emit('close'); });
check('source close, end: false', { end: false },
      function(s) { s.emit('close'); });
check('dest close', undefined, function(s, d) { d.emit('close'); });
check('source error', undefined,
      function(s) { s.on('error', noop); s.emit('error', new Error('x'));
                    s.removeListener('error', noop); });
check('dest error', undefined,
      function(s, d) { d.emit('error', new Error('x')); });
if (common.isRnode) {
  check('dest end', undefined, function(s, d) { d.emit('end'); });
}

// Many pipes over time leave nothing behind (no leak warning either).
var source = new Source();
for (var i = 0; i < 20; i++) {
  var dest = new Sink();
  source.pipe(dest, { end: false });
  dest.emit('close');
}
assert.strictEqual(source.listeners('data').length, 0);
assert.strictEqual(source.listeners('end').length, 0);
