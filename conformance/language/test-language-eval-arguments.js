// A direct eval sees the function's arguments object even when the body
// never names `arguments` (the engine creates it only when something may
// read it): reading, mapped writes in sloppy code, strict functions.
var common = require('../common');
var assert = require('assert');

function read() { return eval('arguments'); }
var args = read(1, 'two', 3);
assert.equal(args.length, 3);
assert.equal(args[1], 'two');

function mapped(a) { eval('arguments[0] = 9'); return a; }
assert.equal(mapped(1), 9);

function strict() { 'use strict'; return eval('arguments.length'); }
assert.equal(strict(1, 2), 2);

function nested() { return (function() { return eval('arguments[0]'); })('inner'); }
assert.equal(nested('outer'), 'inner');

// Indirect eval runs in the global scope: no arguments there.
function indirect() { return (0, eval)('typeof arguments'); }
assert.equal(indirect(1), 'undefined');
