// assert, ported from Node v0.4's lib/assert.js (MIT, Joyent, Inc. and other
// Node contributors), which follows the CommonJS Unit Testing 1.0 spec
// (http://wiki.commonjs.org/wiki/Unit_Testing/1.0). Generated messages are
// made eagerly, as in Node 0.6, so that `err.message` is always useful.

var util = require('util');
var pSlice = Array.prototype.slice;

// 1. The assert module provides functions that throw AssertionErrors when
// particular conditions are not met. `assert(x)` is `assert.ok(x)`.
var assert = module.exports = ok;

// 2. The AssertionError is defined in assert.
// new assert.AssertionError({ message: message,
//                             actual: actual,
//                             expected: expected,
//                             operator: operator })
assert.AssertionError = function AssertionError(options) {
  this.name = 'AssertionError';
  this.actual = options.actual;
  this.expected = options.expected;
  this.operator = options.operator;
  if (options.message) {
    this.message = options.message;
    this.generatedMessage = false;
  } else {
    this.message = getMessage(this);
    this.generatedMessage = true;
  }
  var stackStartFunction = options.stackStartFunction || fail;
  if (Error.captureStackTrace) {
    Error.captureStackTrace(this, stackStartFunction);
  } else {
    // Engines without captureStackTrace: borrow a real Error's stack and
    // give it our own first line.
    var stack = new Error().stack;
    if (typeof stack === 'string') {
      this.stack = this.toString() + stack.replace(/^[^\n]*/, '');
    }
  }
};
util.inherits(assert.AssertionError, Error);

// With a message of its own: "AssertionError: <message>". Without one, 0.4
// printed expected first and actual last, as JSON (its test-assert.js,
// #217: equal(undefined, '') is 'AssertionError: "" == "undefined"');
// `message` keeps the order later Node made (actual first).
assert.AssertionError.prototype.toString = function() {
  if (!this.generatedMessage) return this.name + ': ' + this.message;
  return [this.name + ':', stringify(this.expected), this.operator,
          stringify(this.actual)].join(' ');
};

// JSON.stringify, but showing what JSON cannot (undefined, NaN, functions,
// RegExps) and falling back to inspect() for circular structures.
function replacer(key, value) {
  if (value === undefined) return '' + value;
  if (typeof value === 'number' && (isNaN(value) || !isFinite(value))) {
    return value.toString();
  }
  if (typeof value === 'function' || value instanceof RegExp) {
    return value.toString();
  }
  return value;
}

function stringify(value) {
  var s;
  try {
    s = JSON.stringify(value, replacer);
  } catch (e) {
    s = util.inspect(value);
  }
  return typeof s === 'string' && s.length > 128 ? s.slice(0, 128) : s;
}

function getMessage(self) {
  return stringify(self.actual) + ' ' + self.operator + ' ' +
         stringify(self.expected);
}

// 3. All of the following functions must throw an AssertionError when a
// corresponding condition is not met, with a message that may be undefined
// if not provided. All assertion methods provide both the actual and
// expected values to the assertion error for display purposes.

function fail(actual, expected, message, operator, stackStartFunction) {
  throw new assert.AssertionError({
    message: message,
    actual: actual,
    expected: expected,
    operator: operator,
    stackStartFunction: stackStartFunction
  });
}

// EXTENSION! allows for well behaved errors defined elsewhere.
assert.fail = fail;

// 4. Pure assertion tests whether a value is truthy, as determined by
// !!guard. assert.ok(guard, message_opt);
function ok(value, message) {
  if (!value) fail(value, true, message, '==', assert.ok);
}
assert.ok = ok;

// 5. The equality assertion tests shallow, coercive equality with ==.
assert.equal = function equal(actual, expected, message) {
  if (actual != expected) fail(actual, expected, message, '==', assert.equal);
};

// 6. The non-equality assertion tests for whether two objects are not
// equal with !=.
assert.notEqual = function notEqual(actual, expected, message) {
  if (actual == expected) {
    fail(actual, expected, message, '!=', assert.notEqual);
  }
};

// 7. The equivalence assertion tests a deep equality relation.
assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!_deepEqual(actual, expected)) {
    fail(actual, expected, message, 'deepEqual', assert.deepEqual);
  }
};

function _deepEqual(actual, expected) {
  // 7.1. All identical values are equivalent, as determined by ===.
  if (actual === expected) {
    return true;

  } else if (typeof Buffer !== 'undefined' &&
             Buffer.isBuffer(actual) && Buffer.isBuffer(expected)) {
    if (actual.length != expected.length) return false;
    for (var i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) return false;
    }
    return true;

  // 7.2. If the expected value is a Date object, the actual value is
  // equivalent if it is also a Date object that refers to the same time.
  } else if (actual instanceof Date && expected instanceof Date) {
    return actual.getTime() === expected.getTime();

  // 7.3. Other pairs that do not both pass typeof value == 'object',
  // equivalence is determined by ==.
  } else if (typeof actual != 'object' && typeof expected != 'object') {
    return actual == expected;

  // 7.4. For all other Object pairs, including Array objects, equivalence
  // is determined by having the same number of owned properties (as
  // verified with Object.prototype.hasOwnProperty.call), the same set of
  // keys (although not necessarily the same order), equivalent values for
  // every corresponding key, and an identical 'prototype' property. Note:
  // this accounts for both named and indexed properties on Arrays.
  } else {
    return objEquiv(actual, expected);
  }
}

function isPrimitive(value) {
  return value === null ||
         (typeof value !== 'object' && typeof value !== 'function');
}

function isArguments(object) {
  return Object.prototype.toString.call(object) == '[object Arguments]';
}

function objEquiv(a, b) {
  // An object never equals a primitive. (Node 0.4 relied on ES5's
  // Object.keys throwing for primitives; ES2015 no longer throws.)
  if (isPrimitive(a) || isPrimitive(b)) return false;
  // an identical 'prototype' property.
  if (a.prototype !== b.prototype) return false;
  // Arguments objects only equal other arguments objects, compared as
  // arrays.
  if (isArguments(a) || isArguments(b)) {
    if (!isArguments(a) || !isArguments(b)) return false;
    return _deepEqual(pSlice.call(a), pSlice.call(b));
  }
  var ka = Object.keys(a), kb = Object.keys(b), key, i;
  // the same number of owned properties (keys incorporates hasOwnProperty)
  if (ka.length != kb.length) return false;
  // the same set of keys (although not necessarily the same order),
  ka.sort();
  kb.sort();
  // ~~~cheap key test
  for (i = ka.length - 1; i >= 0; i--) {
    if (ka[i] != kb[i]) return false;
  }
  // equivalent values for every corresponding key, and
  // ~~~possibly expensive deep test
  for (i = ka.length - 1; i >= 0; i--) {
    key = ka[i];
    if (!_deepEqual(a[key], b[key])) return false;
  }
  return true;
}

// 8. The non-equivalence assertion tests for any deep inequality.
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (_deepEqual(actual, expected)) {
    fail(actual, expected, message, 'notDeepEqual', assert.notDeepEqual);
  }
};

// 9. The strict equality assertion tests strict equality, as determined
// by ===.
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (actual !== expected) {
    fail(actual, expected, message, '===', assert.strictEqual);
  }
};

// 10. The strict non-equality assertion tests for strict inequality, as
// determined by !==.
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (actual === expected) {
    fail(actual, expected, message, '!==', assert.notStrictEqual);
  }
};

// Does the thrown `actual` match `expected`: a RegExp tested against it, a
// constructor it is an instance of, or a validation function returning true.
function expectedException(actual, expected) {
  if (!actual || !expected) return false;

  if (expected instanceof RegExp) return expected.test(actual);
  if (expected.prototype !== undefined && actual instanceof expected) {
    return true;
  }
  // An Error subclass that did not match is not a validation function (and
  // an ES2015 class could not be called without `new`).
  if (Error === expected || Error.isPrototypeOf(expected)) return false;
  return expected.call({}, actual) === true;
}

function _throws(shouldThrow, block, expected, message) {
  var actual, threw = false;

  if (typeof expected === 'string') {
    message = expected;
    expected = null;
  }

  try {
    block();
  } catch (e) {
    threw = true;
    actual = e;
  }

  message = (expected && expected.name ? ' (' + expected.name + ').' : '.') +
            (message ? ' ' + message : '.');

  if (shouldThrow && !threw) {
    fail(actual, expected, 'Missing expected exception' + message,
         undefined, assert.throws);
  }

  if (!shouldThrow && expectedException(actual, expected)) {
    fail(actual, expected, 'Got unwanted exception' + message,
         undefined, assert.doesNotThrow);
  }

  // A non-matching exception, or any exception doesNotThrow did not
  // expect, propagates unchanged.
  if ((shouldThrow && expected && !expectedException(actual, expected)) ||
      (!shouldThrow && threw)) {
    throw actual;
  }
}

// 11. Expected to throw an error:
// assert.throws(block, Error_opt, message_opt);
assert.throws = function(block, /*optional*/error, /*optional*/message) {
  _throws(true, block, error, message);
};

// EXTENSION! This is annoying to write outside this module.
assert.doesNotThrow = function(block, /*optional*/error, /*optional*/message) {
  _throws(false, block, error, message);
};

// Throws `err` if it is truthy: for the first argument of callbacks.
assert.ifError = function(err) { if (err) throw err; };
