// util.inspect(): formats that Node 0.4 and modern Node share are checked
// everywhere; Node 0.4's own formats (dates, errors, long lines, ...) only
// on rnode.
var common = require('../common');
var assert = require('assert');
var util = require('util');

// Primitives.
assert.equal(util.inspect(1), '1');
assert.equal(util.inspect(-0.5), '-0.5');
assert.equal(util.inspect(NaN), 'NaN');
assert.equal(util.inspect(true), 'true');
assert.equal(util.inspect(false), 'false');
assert.equal(util.inspect(null), 'null');
assert.equal(util.inspect(undefined), 'undefined');
assert.equal(util.inspect('hello'), "'hello'");
assert.equal(util.inspect(''), "''");
assert.equal(util.inspect('a\nb\t"c"'), "'a\\nb\\t\"c\"'");

// Objects and arrays.
assert.equal(util.inspect({}), '{}');
assert.equal(util.inspect([]), '[]');
assert.equal(util.inspect({ a: 1, b: 'x' }), "{ a: 1, b: 'x' }");
assert.equal(util.inspect([1, 2, 3]), '[ 1, 2, 3 ]');
assert.equal(util.inspect([1, [2, [3]]]), '[ 1, [ 2, [ 3 ] ] ]');
assert.equal(util.inspect({ a: [1, { b: null }] }), '{ a: [ 1, { b: null } ] }');
assert.equal(util.inspect({ a: undefined }), '{ a: undefined }');
// Keys are quoted only when they are not identifiers.
assert.equal(util.inspect({ 'a-b': 1, _c$: 2, '1x': 3 }),
             "{ 'a-b': 1, '_c$': 2, '1x': 3 }");
assert.equal(util.inspect({ 'a-b': 1, c_1: 2 }), "{ 'a-b': 1, c_1: 2 }");
// Array index keys are not shown; other keys on arrays are.
var arr = [1, 2];
arr.extra = 'x';
assert.equal(util.inspect(arr), "[ 1, 2, extra: 'x' ]");

// Functions.
assert.equal(util.inspect(function foo() {}), '[Function: foo]');
assert.equal(util.inspect([function named() {}]), '[ [Function: named] ]');
var withProps = function withProps() {};
withProps.x = 1;
assert.equal(util.inspect(withProps),
             common.isRnode ? '{ [Function: withProps] x: 1 }' :
                              '[Function: withProps] { x: 1 }');
if (common.isRnode) {
  assert.equal(util.inspect([function() {}]), '[ [Function] ]');
}

// RegExps.
assert.equal(util.inspect(/abc/gi), '/abc/gi');
assert.equal(util.inspect({ r: /x/ }), '{ r: /x/ }');

// Depth: 2 by default; null means unlimited.
var nested = { a: { b: { c: { d: { e: 1 } } } } };
assert.equal(util.inspect(nested), '{ a: { b: { c: [Object] } } }');
assert.equal(util.inspect(nested, false, 0), '{ a: [Object] }');
assert.equal(util.inspect(nested, false, 1), '{ a: { b: [Object] } }');
// (Modern Node breaks deep nesting over lines; compare ignoring that.)
assert.equal(util.inspect(nested, false, null).replace(/\s+/g, ' '),
             '{ a: { b: { c: { d: { e: 1 } } } } }');
assert.equal(util.inspect(nested, { depth: 0 }), '{ a: [Object] }');
assert.equal(util.inspect([[[[1]]]]),
             common.isRnode ? '[ [ [ [Object] ] ] ]' : '[ [ [ [Array] ] ] ]');

// Getters and setters.
var accessors = {};
Object.defineProperty(accessors, 'g', { get: function() { return 1; },
                                        enumerable: true });
Object.defineProperty(accessors, 's', { set: function(v) {},
                                        enumerable: true });
Object.defineProperty(accessors, 'gs', { get: function() { return 1; },
                                         set: function(v) {},
                                         enumerable: true });
assert.equal(util.inspect(accessors),
             '{ g: [Getter], s: [Setter], gs: [Getter/Setter] }');

// showHidden shows non-enumerable properties in brackets.
var hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
assert.equal(util.inspect(hidden), '{ visible: 1 }');
assert.equal(util.inspect(hidden, true), '{ visible: 1, [secret]: 2 }');
assert.equal(util.inspect(hidden, { showHidden: true }),
             '{ visible: 1, [secret]: 2 }');
assert.equal(util.inspect([1], true), '[ 1, [length]: 1 ]');

// Circular references.
var circular = { name: 'c' };
circular.self = circular;
assert.ok(/\[Circular/.test(util.inspect(circular)));
if (common.isRnode) {
  assert.equal(util.inspect(circular), "{ name: 'c', self: [Circular] }");
  var list = [1];
  list.push(list);
  assert.equal(util.inspect(list), '[ 1, [Circular] ]');
}

// A value's own inspect() function is used (Buffers rely on this), except
// util.inspect itself and on prototype objects.
if (common.isRnode) {
  assert.equal(util.inspect({ inspect: function() { return 'custom'; } }),
               'custom');
  assert.equal(util.inspect({ a: { inspect: function(depth) {
    return 'depth ' + depth;
  } } }), '{ a: depth 1 }');
  function Thing() {}
  Thing.prototype.inspect = function() { return '<Thing>'; };
  assert.equal(util.inspect(new Thing()), '<Thing>');
  assert.equal(util.inspect([new Thing()]), '[ <Thing> ]');
  assert.equal(util.inspect(Thing.prototype), '{ inspect: [Function] }');
  if (typeof Buffer !== 'undefined') {
    assert.equal(util.inspect(new Buffer('he')), '<Buffer 68 65>');
  }
}
assert.ok(/inspect: \[Function: inspect\]/.test(util.inspect(util)));
// The manual's example: inspecting all of util, unlimited depth.
assert.ok(util.inspect(util, true, null).length > 0);

// Dates, errors and long output use Node 0.4's formats.
var date = new Date(0);
var err = new Error('boom');
if (common.isRnode) {
  assert.equal(util.inspect(date), 'Thu, 01 Jan 1970 00:00:00 GMT');
  assert.equal(util.inspect({ d: date }),
               '{ d: Thu, 01 Jan 1970 00:00:00 GMT }');
  date.x = 1;
  assert.equal(util.inspect(date), '{ Thu, 01 Jan 1970 00:00:00 GMT x: 1 }');
  assert.equal(util.inspect(err), '[Error: boom]');
  assert.equal(util.inspect(new TypeError('bad')), '[TypeError: bad]');
  err.code = 'E';
  assert.equal(util.inspect(err), "{ [Error: boom] code: 'E' }");
  var re = /r/;
  re.k = 1;
  assert.equal(util.inspect(re), '{ /r/ k: 1 }');
  // Output whose entries total over 50 characters is split over lines.
  assert.equal(util.inspect({ a: 'aaaaaaaaaa', b: 'bbbbbbbbbb',
                              c: 'cccccccccc' }),
               "{ a: 'aaaaaaaaaa', b: 'bbbbbbbbbb', c: 'cccccccccc' }");
  assert.equal(util.inspect({ a: 'aaaaaaaaaaaa', b: 'bbbbbbbbbbbb',
                              c: 'cccccccccccc' }),
               "{ a: 'aaaaaaaaaaaa',\n" +
               "  b: 'bbbbbbbbbbbb',\n" +
               "  c: 'cccccccccccc' }");
  assert.equal(util.inspect({ o: { a: 'aaaaaaaaaaaa', b: 'bbbbbbbbbbbb',
                                   c: 'cccccccccccc' } }),
               '{ o: \n' +
               "   { a: 'aaaaaaaaaaaa',\n" +
               "     b: 'bbbbbbbbbbbb',\n" +
               "     c: 'cccccccccccc' } }");
  assert.equal(util.inspect([{ a: 'aaaaaaaaaaaa', b: 'bbbbbbbbbbbb',
                               c: 'cccccccccccc' }]),
               "[ { a: 'aaaaaaaaaaaa',\n" +
               "    b: 'bbbbbbbbbbbb',\n" +
               "    c: 'cccccccccccc' } ]");
  // Strings are single-quoted, escaping single quotes.
  assert.equal(util.inspect("it's"), "'it\\'s'");
  assert.equal(util.inspect({ "it's": 1 }), "{ 'it\\'s': 1 }");
  // Colors use ANSI escapes.
  assert.equal(util.inspect(1, false, 2, true), '\u001b[34m1\u001b[39m');
  assert.equal(util.inspect('s', { colors: true }), "\u001b[32m's'\u001b[39m");
  assert.equal(util.inspect({ a: null }, false, 2, true),
               '{ a: \u001b[1mnull\u001b[22m }');
} else {
  assert.ok(/boom/.test(util.inspect(err)));
}
