// throws / doesNotThrow, with the manual's examples.
var common = require('../common');
var assert = require('assert');

var a = assert;

function makeBlock(f) {
  var args = Array.prototype.slice.call(arguments, 1);
  return function() {
    return f.apply(this, args);
  };
}

function thrower(errorConstructor) {
  throw errorConstructor === a.AssertionError ?
      new a.AssertionError({ message: 'test' }) : new errorConstructor('test');
}

// The manual's examples.
// Validate instanceof using constructor:
assert.throws(
  function() {
    throw new Error('Wrong value');
  },
  Error
);

// Validate error message using RegExp:
assert.throws(
  function() {
    throw new Error('Wrong value');
  },
  /value/
);

// Custom error validation:
var validated = 0;
assert.throws(
  function() {
    throw new Error('Wrong value');
  },
  function(err) {
    validated++;
    if ((err instanceof Error) && /value/.test(err)) {
      return true;
    }
  },
  'unexpected error'
);
assert.strictEqual(validated, 1);

// Without an expected error, anything thrown will do.
a.throws(makeBlock(thrower, a.AssertionError));
a.throws(makeBlock(thrower, TypeError));
a.throws(function() { throw 'a string'; });

// An instance of a subclass matches.
a.throws(makeBlock(thrower, TypeError), Error);
a.throws(makeBlock(thrower, a.AssertionError), a.AssertionError);
a.throws(makeBlock(thrower, a.AssertionError), Error);

// A message may be given instead of an expected error.
a.throws(makeBlock(thrower, TypeError), 'message');

// Nothing thrown: an AssertionError.
var threw = false;
try {
  a.throws(function() {}, Error);
} catch (e) {
  threw = true;
  assert.ok(e instanceof a.AssertionError);
  assert.ok(/^Missing expected exception/.test(e.message));
}
assert.ok(threw, 'a.throws with no exception');

threw = false;
try {
  a.throws(function() {});
} catch (e) {
  threw = true;
  assert.ok(e instanceof a.AssertionError);
}
assert.ok(threw);

if (common.isRnode) {
  var messages = [];
  [[Error, 'msg'], [Error, undefined], [undefined, 'msg'],
   [undefined, undefined]].forEach(function(args) {
    try {
      a.throws(function() {}, args[0], args[1]);
    } catch (e) {
      messages.push(e.message);
    }
  });
  assert.deepEqual(messages, [
    'Missing expected exception (Error). msg',
    'Missing expected exception (Error)..',
    'Missing expected exception. msg',
    'Missing expected exception..'
  ]);
}

// A thrown error that does not match is rethrown as it is (modern Node
// wraps it in an AssertionError).
threw = false;
try {
  a.throws(makeBlock(thrower, TypeError), RangeError);
} catch (e) {
  threw = true;
  if (common.isRnode) {
    assert.ok(e instanceof TypeError, 'the original error propagates');
  }
}
assert.ok(threw, 'a.throws with an unexpected error type');

threw = false;
try {
  a.throws(makeBlock(thrower, Error), /nomatch/);
} catch (e) {
  threw = true;
}
assert.ok(threw);

// A validation function that does not return true rejects the error.
threw = false;
try {
  a.throws(makeBlock(thrower, Error), function() { return false; });
} catch (e) {
  threw = true;
}
assert.ok(threw);

// doesNotThrow.
a.doesNotThrow(function() {});
a.doesNotThrow(function() {}, Error);
a.doesNotThrow(function() {}, 'message');

// An error that matches `error` becomes an AssertionError.
threw = false;
try {
  a.doesNotThrow(makeBlock(thrower, TypeError), TypeError);
} catch (e) {
  threw = true;
  assert.ok(e instanceof a.AssertionError);
  assert.ok(/^Got unwanted exception/.test(e.message));
}
assert.ok(threw, 'a.doesNotThrow with a matching error');

// Any other error propagates.
threw = false;
try {
  a.doesNotThrow(makeBlock(thrower, TypeError), RangeError);
} catch (e) {
  threw = true;
  assert.ok(e instanceof TypeError);
}
assert.ok(threw, 'a.doesNotThrow with a non-matching error');

threw = false;
try {
  a.doesNotThrow(makeBlock(thrower, TypeError));
} catch (e) {
  threw = true;
  // Node 0.4 rethrew the error itself; modern Node wraps it.
  if (common.isRnode) assert.ok(e instanceof TypeError);
}
assert.ok(threw, 'a.doesNotThrow without an expected error');

if (common.isRnode) {
  try {
    a.doesNotThrow(makeBlock(thrower, TypeError), TypeError, 'msg');
  } catch (e) {
    assert.strictEqual(e.message, 'Got unwanted exception (TypeError). msg');
  }
}
