// An 'error' event without a listener throws.
var common = require('../common');
var assert = require('assert');
var events = require('events');

var e = new events.EventEmitter();

var err = new Error('boom');
assert.throws(function() { e.emit('error', err); }, function(thrown) {
  return thrown === err;
});

// A non-Error argument is replaced by a generic Error.
assert.throws(function() { e.emit('error', 'not an error'); }, Error);
assert.throws(function() { e.emit('error'); }, Error);
if (common.isRnode) {
  assert.throws(function() { e.emit('error', 'not an error'); },
                /^Error: Uncaught, unspecified 'error' event\.$/);
}

// Subclasses of Error are thrown as they are.
var typeErr = new TypeError('bad type');
try {
  e.emit('error', typeErr);
  assert.ok(false, 'not reached');
} catch (thrown) {
  assert.strictEqual(thrown, typeErr);
}

// With a listener, nothing is thrown and the listener gets the error.
e.on('error', common.mustCall(function(got) {
  assert.strictEqual(got, err);
}));
assert.strictEqual(e.emit('error', err), true);

// Other events without listeners do not throw.
assert.strictEqual(e.emit('other', err), false);

// Once the error listener is removed, errors throw again.
var e2 = new events.EventEmitter();
function onError() {}
e2.on('error', onError);
e2.emit('error', err);
e2.removeListener('error', onError);
assert.throws(function() { e2.emit('error', err); }, /boom/);

// The listener methods take functions only.
assert.throws(function() { e.on('foo', null); });
assert.throws(function() { e.addListener('foo', 'string'); });
assert.throws(function() { e.once('foo', {}); });
assert.throws(function() { e.removeListener('foo', 1); });
if (common.isRnode) {
  assert.throws(function() { e.on('foo', null); },
                /addListener only takes instances of Function/);
  assert.throws(function() { e.once('foo', null); },
                /\.once only takes instances of Function/);
  assert.throws(function() { e.removeListener('foo', null); },
                /removeListener only takes instances of Function/);
}
