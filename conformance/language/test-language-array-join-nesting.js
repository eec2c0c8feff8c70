// Array.prototype.join (and toString, String(array)) as V8: an array
// already being joined further up (a cycle) joins as the empty string, and
// nesting too deep for the stack is a RangeError, not a crash.
var assert = require('assert');

var a = [1, 2];
var b = [a, 3];
a.push(b);
assert.equal(String(a), '1,2,,3');
assert.equal(b.join('-'), '1,2,-3');

var self = [1];
self.push(self);
assert.equal(self.join(), '1,');

var deep = [];
for (var i = 0; i < 1000000; i++) deep = [deep];
assert.throws(function() { String(deep); }, RangeError);

// Joining is not poisoned afterwards.
assert.equal([1, [2, [3]]].join(';'), '1;2,3');
var shallow = [];
for (var j = 0; j < 100; j++) shallow = [shallow, j];
assert.ok(String(shallow).length > 100);

// A huge length with holes does not reserve memory for each.
var sparse = [];
sparse.length = 1e6;
assert.equal(sparse.join('').length, 0);
