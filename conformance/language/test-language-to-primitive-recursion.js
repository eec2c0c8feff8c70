// A conversion that recurses into itself (a toString calling String(this),
// a valueOf calling +this, an Error whose name is itself) ends in
// RangeError "Maximum call stack size exceeded" as in V8, not in a silent
// "" or 0 and not in a crash; arrays containing themselves still join.
var assert = require('assert');

var o = {};
o.toString = function() { return String(o); };
assert.throws(function() { String(o); }, RangeError);

var v = {};
v.valueOf = function() { return +v; };
assert.throws(function() { return +v; }, RangeError);

var e = new Error('x');
e.name = e;
assert.throws(function() { String(e); }, RangeError);

var a = [1];
a[1] = a;
assert.equal(a.toString(), '1,');
assert.equal(String([a, [a]]), '1,,1,');
assert.equal(String({ toString: function() { return 'fine'; } }), 'fine');
