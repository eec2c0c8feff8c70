// RegExp's legacy static properties, as V8 has them: after a successful
// exec/test/replace/match, RegExp.$1-$9, input ($_), lastMatch ($&),
// lastParen ($+), leftContext ($`) and rightContext ($') describe it; a
// failed match leaves them alone; only input can be assigned. Programs of
// Node 0.4's time read RegExp.$1 after a test or replace.
var assert = require('assert');

/(a)(b)?(c)/.exec('xacy');
assert.strictEqual(RegExp.$1, 'a');
assert.strictEqual(RegExp.$2, '');        // a group that took no part
assert.strictEqual(RegExp.$3, 'c');
assert.strictEqual(RegExp.$4, '');        // no such group
assert.strictEqual(RegExp.$9, '');
assert.strictEqual(RegExp.lastMatch, 'ac');
assert.strictEqual(RegExp['$&'], 'ac');
assert.strictEqual(RegExp.input, 'xacy');
assert.strictEqual(RegExp.$_, 'xacy');
assert.strictEqual(RegExp.leftContext, 'x');
assert.strictEqual(RegExp['$`'], 'x');
assert.strictEqual(RegExp.rightContext, 'y');
assert.strictEqual(RegExp["$'"], 'y');
assert.strictEqual(RegExp.lastParen, 'c');
assert.strictEqual(RegExp['$+'], 'c');

// test, replace and match update them too; a failed match does not.
assert.ok(/(\w+)@(\w+)\.com/.test('mail ryan@example.com now'));
assert.strictEqual(RegExp.$1, 'ryan');
assert.strictEqual(RegExp.$2, 'example');
assert.strictEqual(RegExp.leftContext, 'mail ');
'2011-04-23'.replace(/(\d+)-(\d+)-(\d+)/, '$3');
assert.deepEqual([RegExp.$1, RegExp.$2, RegExp.$3], ['2011', '04', '23']);
'k=v'.match(/(\w)=(\w)/);
assert.strictEqual(RegExp.$2, 'v');
assert.ok(!/zzz/.test('abc'));
assert.strictEqual(RegExp.$2, 'v');

// Ten groups: $9 is the ninth, lastParen the tenth.
/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)/.exec('abcdefghij');
assert.strictEqual(RegExp.$9, 'i');
assert.strictEqual(RegExp.lastParen, 'j');
// No groups: lastParen is empty.
/b/.exec('abc');
assert.strictEqual(RegExp.lastParen, '');
assert.strictEqual(RegExp.$1, '');

// Non-ASCII subjects index by UTF-16 code unit.
/(\u00e9+)/.exec('caf\u00e9\u00e9!\u2603');
assert.strictEqual(RegExp.$1, '\u00e9\u00e9');
assert.strictEqual(RegExp.rightContext, '!\u2603');

// Accessors, not enumerable; assigning input changes input only.
var d = Object.getOwnPropertyDescriptor(RegExp, '$1');
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.configurable, true);
assert.ok(Object.keys(RegExp).indexOf('$1') === -1);
RegExp.input = 'assigned';
assert.strictEqual(RegExp.input, 'assigned');
assert.strictEqual(RegExp.$_, 'assigned');
assert.strictEqual(RegExp.lastMatch, '\u00e9\u00e9');
RegExp.$1 = 'ignored';
assert.strictEqual(RegExp.$1, '\u00e9\u00e9');
