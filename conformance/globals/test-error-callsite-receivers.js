// V8's frame names and the CallSite methods that need a frame's function
// and receiver: `Object.<anonymous>` for a module's top level, `new Foo`,
// `Foo.bar`, `Foo.baz [as named]`; getThis, getFunction, getTypeName,
// getMethodName, isConstructor, isToplevel. An error has its own `stack`
// from when it is made, and Error.captureStackTrace(obj, fn) finds `fn` by
// identity, so an anonymous one trims too.
var assert = require('assert');

function Foo() { this.err = new Error('in ctor'); }
Foo.prototype.bar = function() { return new Error('in method'); };
Foo.prototype.named = function baz() { return new Error('named'); };
function plain() { return new Error('plain'); }
var foo = new Foo();

function frame(err, n) { return err.stack.split('\n')[n + 1]; }

// Own from the start, before any read; stack first, then message (V8).
var fresh = new Error('x');
assert.ok(Object.prototype.hasOwnProperty.call(fresh, 'stack'));
assert.deepEqual(Object.getOwnPropertyNames(fresh), ['stack', 'message']);
assert.ok(!Object.prototype.propertyIsEnumerable.call(fresh, 'stack'));
var thrown;
try { null.x; } catch (e) { thrown = e; }
assert.ok(Object.prototype.hasOwnProperty.call(thrown, 'stack'));

// The names in err.stack.
assert.ok(/^    at new Foo \(.*:9:/.test(frame(foo.err, 0)), frame(foo.err, 0));
assert.ok(/^    at Object\.<anonymous> \(.*:13:11\)$/.test(frame(foo.err, 1)), frame(foo.err, 1));
assert.ok(/^    at Foo\.bar \(/.test(frame(foo.bar(), 0)), frame(foo.bar(), 0));
assert.ok(/^    at Foo\.baz \[as named\] \(/.test(frame(foo.named(), 0)), frame(foo.named(), 0));
assert.ok(/^    at plain \(/.test(frame(plain(), 0)), frame(plain(), 0));
assert.ok(/^    at Object\.<anonymous> \(/.test(frame(thrown, 0)), frame(thrown, 0));

// The CallSites behind them.
var sites;
Error.prepareStackTrace = function(err, callSites) { sites = callSites; return 'prepared'; };
assert.strictEqual(foo.bar().stack, 'prepared');
assert.strictEqual(sites[0].getThis(), foo);
assert.strictEqual(sites[0].getFunction(), Foo.prototype.bar);
assert.strictEqual(sites[0].getTypeName(), 'Foo');
assert.strictEqual(sites[0].getMethodName(), 'bar');
assert.strictEqual(sites[0].isConstructor(), false);
assert.strictEqual(sites[0].isToplevel(), false);
assert.strictEqual(sites[1].getThis(), module.exports);
assert.strictEqual(sites[1].getTypeName(), 'Object');
assert.strictEqual(sites[1].getFunctionName(), null);

assert.strictEqual(new Foo().err.stack, 'prepared');
assert.strictEqual(sites[0].isConstructor(), true);
assert.strictEqual(sites[0].getFunction(), Foo);

assert.strictEqual(plain().stack, 'prepared');
assert.strictEqual(sites[0].isToplevel(), true);
assert.strictEqual(sites[0].getFunction(), plain);
assert.strictEqual(sites[0].getMethodName(), null);
delete Error.prepareStackTrace;

// captureStackTrace with an anonymous start function.
var make = function() {
  var o = {};
  Error.captureStackTrace(o, make);
  return o;
};
var wrapper = { go: function() { return make(); } };
var captured = wrapper.go().stack.split('\n');
assert.strictEqual(captured[0], 'Error');
assert.ok(/^    at Object\.go \(/.test(captured[1]), captured[1]);
