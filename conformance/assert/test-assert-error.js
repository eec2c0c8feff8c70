// AssertionError and ifError.
var common = require('../common');
var assert = require('assert');

var a = assert;

// AssertionError built by hand.
var err = new a.AssertionError({ actual: 1, expected: 2, operator: '==',
                                 message: 'custom' });
assert.ok(err instanceof Error);
assert.ok(err instanceof a.AssertionError);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.message, 'custom');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, '==');
assert.ok(/^AssertionError/.test(String(err)));
assert.ok(/custom/.test(String(err)));
if (common.isRnode) {
  assert.strictEqual(String(err), 'AssertionError: custom');
}

// The stack trace starts at the assertion.
try {
  assert.equal(1, 2);
} catch (e) {
  if (e.stack !== undefined) assert.ok(/AssertionError/.test(e.stack));
}

// Without a message, one is made of actual, operator and expected.
function messageOf(block) {
  try {
    block();
  } catch (e) {
    return e.message;
  }
  return null;
}
assert.strictEqual(messageOf(function() { a.equal(1, 2); }), '1 == 2');
assert.strictEqual(messageOf(function() { a.notEqual(1, 1); }), '1 != 1');
assert.strictEqual(messageOf(function() { a.equal('a', 'b'); }),
                   "'a' == 'b'".replace(/'/g, common.isRnode ? '"' : "'"));
if (common.isRnode) {
  assert.strictEqual(messageOf(function() { a.ok(false); }), 'false == true');
  assert.strictEqual(messageOf(function() { a.strictEqual(1, '1'); }),
                     '1 === "1"');
  assert.strictEqual(messageOf(function() { a.notStrictEqual(1, 1); }),
                     '1 !== 1');
  assert.strictEqual(messageOf(function() { a.deepEqual({ a: [1] }, {}); }),
                     '{"a":[1]} deepEqual {}');
  // Values JSON cannot show are shown anyway.
  assert.strictEqual(messageOf(function() { a.equal(undefined, NaN); }),
                     '"undefined" == "NaN"');
  assert.strictEqual(messageOf(function() { a.equal(/x/, 1); }),
                     '"/x/" == 1');
  // Long values are cut to 128 characters.
  var long = new Array(200).join('x');
  var msg = messageOf(function() { a.equal(long, 'y'); });
  assert.strictEqual(msg, ('"' + long).slice(0, 128) + ' == "y"');
  // Circular structures do not break the message.
  var circular = {};
  circular.self = circular;
  assert.ok(/Circular/.test(messageOf(function() {
    a.deepEqual(circular, {});
  })));
  var made = new a.AssertionError({ actual: 1, expected: 2, operator: '<' });
  assert.strictEqual(made.message, '1 < 2');
  // toString prints as 0.4's did: expected first (test-assert-error-tostring-v04.js).
  assert.strictEqual(String(made), 'AssertionError: 2 < 1');
}

// ifError throws its argument when it is truthy.
a.ifError(null);
a.ifError(undefined);
var boom = new Error('boom');
try {
  a.ifError(boom);
  a.ok(false, 'not reached');
} catch (e) {
  if (common.isRnode) a.strictEqual(e, boom);
  a.ok(/boom/.test(e.message));
}
a.throws(function() { a.ifError(new Error('test error')); });
if (common.isRnode) {
  // Node 0.4 only threw truthy values.
  a.ifError(false);
  a.ifError(0);
  a.ifError('');
  a.throws(function() { a.ifError('error'); }, function(e) {
    return e === 'error';
  });
}
