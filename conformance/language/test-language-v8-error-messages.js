// rnode-only: node 20 words these messages as later V8 ("Cannot read properties of undefined (reading 'z')", "x is not a function").
// TypeErrors name what went wrong in V8 of 2011's words, which people
// debug from and some programs of the time match: reading or setting a
// property of undefined or null names the property, and calling a value
// that is not a function names its type (a method call: the method and
// the object).
var assert = require('assert');

function message(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof TypeError, String(e));
    return e.message;
  }
  throw new Error('no error');
}

var x = { y: undefined }, n = null, o = {};
assert.strictEqual(message(function() { return x.y.z; }),
                   "Cannot read property 'z' of undefined");
assert.strictEqual(message(function() { return n.z; }), "Cannot read property 'z' of null");
assert.strictEqual(message(function() { return x.y[0]; }), "Cannot read property '0' of undefined");
assert.strictEqual(message(function() { return x.y['k']; }), "Cannot read property 'k' of undefined");
assert.strictEqual(message(function() { x.y.z = 1; }), "Cannot set property 'z' of undefined");
assert.strictEqual(message(function() { n[2] = 1; }), "Cannot set property '2' of null");

// Calling a method of undefined or null names the method.
assert.strictEqual(message(function() { x.y.go(1); }), "Cannot call method 'go' of undefined");
assert.strictEqual(message(function() { n.go(); }), "Cannot call method 'go' of null");
assert.strictEqual(message(function() { return x.y.go; }), "Cannot read property 'go' of undefined");
assert.strictEqual(message(function() { x.y.z.go(); }), "Cannot read property 'z' of undefined");

assert.strictEqual(message(function() { var u; u(); }), 'undefined is not a function');
// A method call names the method and its receiver, as V8's ToDetailString
// did: #<Constructor> for plain objects, the string of anything else.
assert.strictEqual(message(function() { o.missing(); }), "Object #<Object> has no method 'missing'");
function Foo() {}
assert.strictEqual(message(function() { new Foo().bar(1); }), "Object #<Foo> has no method 'bar'");
assert.strictEqual(message(function() { 'abc'.nope(); }), "Object abc has no method 'nope'");
assert.strictEqual(message(function() { [1, 2].nope(); }), "Object 1,2 has no method 'nope'");
assert.strictEqual(message(function() { Object.create(null).go(); }), "Object #<Object> has no method 'go'");
assert.strictEqual(message(function() {
  ({ toString: function() { throw new Error('no'); } }).go();
}), "Object #<Object> has no method 'go'");
assert.strictEqual(message(function() { var s = 'str'; s(); }), 'string is not a function');
assert.strictEqual(message(function() { var k = 5; k(); }), 'number is not a function');
assert.strictEqual(message(function() { o(); }), 'object is not a function');
assert.strictEqual(message(function() { o.f = {}; o.f(1, 2); }),
                   "Property 'f' of object #<Object> is not a function");
assert.strictEqual(message(function() { o.n = 5; o.n(); }),
                   "Property 'n' of object #<Object> is not a function");
