// Shared helpers for the conformance tests, in the style of Node's
// test/common.js of the v0.4 era. Every test does `require('../common')`.
var path = require('path');
var assert = require('assert');

exports.testDir = __dirname;
exports.fixturesDir = path.join(exports.testDir, 'fixtures');
exports.libDir = path.join(exports.testDir, '../js');
// The runner gives each test its own scratch directory and port so that
// tests can run in parallel; run by hand, they fall back to fixed values.
exports.tmpDir = process.env.RNODE_TEST_TMPDIR || path.join(exports.testDir, 'tmp');
exports.PORT = +process.env.RNODE_TEST_PORT || 12346;
exports.isRnode = !!(process.versions && process.versions.rnode);

// How many descriptors this process has open (Linux's /proc/self/fd), or
// null where that cannot be read: tests of descriptor leaks skip there.
exports.openFds = function() {
  try {
    return require('fs').readdirSync('/proc/self/fd').length;
  } catch (e) {
    return null;
  }
};

exports.debug = function() {
  if (process.env.NODE_DEBUG) console.error.apply(console, arguments);
};

// Asserts at exit that `fn` was called exactly `expected` times (default 1).
var mustCallChecks = [];
exports.mustCall = function(fn, expected) {
  if (typeof expected !== 'number') expected = 1;
  var context = { expected: expected, actual: 0, stack: (new Error()).stack };
  mustCallChecks.push(context);
  return function() {
    context.actual++;
    return fn ? fn.apply(this, arguments) : undefined;
  };
};

// The enumerable globals Node v0.4 had; anything else is a leak.
var knownGlobals = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
                    'console', 'Buffer', 'process', 'global', 'GLOBAL', 'root'];
if (!exports.isRnode) {
  // Modern Node (used to prove the tests) has more enumerable globals.
  knownGlobals = knownGlobals.concat(['queueMicrotask', 'setImmediate',
    'clearImmediate', 'structuredClone', 'atob', 'btoa', 'performance',
    'fetch', 'crypto', 'navigator', 'AbortController', 'AbortSignal',
    'EventTarget', 'Event', 'MessageChannel', 'MessagePort', 'MessageEvent',
    'Blob', 'BroadcastChannel', 'DOMException', 'TextEncoder', 'TextDecoder',
    'URL', 'URLSearchParams', 'FormData', 'Headers', 'Request', 'Response',
    'WebAssembly']);
}
exports.globalCheck = true;
exports.knownGlobals = knownGlobals;

function leakedGlobals() {
  var leaked = [];
  for (var key in global) {
    if (knownGlobals.indexOf(key) === -1 && knownGlobals.indexOf(global[key]) === -1) {
      leaked.push(key);
    }
  }
  return leaked;
}

process.on('exit', function() {
  if (exports.globalCheck) {
    var leaked = leakedGlobals();
    if (leaked.length > 0) {
      console.error('Unknown globals: %s', leaked);
      assert.ok(false, 'Unknown global found');
    }
  }
  mustCallChecks.forEach(function(context) {
    assert.strictEqual(context.actual, context.expected,
        'mustCall: expected ' + context.expected + ' calls, got ' +
        context.actual + '\n' + context.stack);
  });
});

