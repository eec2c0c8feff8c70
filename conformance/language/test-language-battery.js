// A differential battery of the JavaScript programs of Node 0.4's time
// lean on, each check as V8 computes it (and node 20 still does): regular
// expressions, functions and arguments, numbers, sorting, JSON, legacy
// accessors, octal escapes, enumeration order, dates, eval scoping.
var assert = require('assert');
var eq = assert.strictEqual;
var checks = 0;
function check(actual, expected) { eq(actual, expected); checks++; }
function same(actual, expected) { assert.deepEqual(actual, expected); checks++; }

// ---- regular expressions
check(/a(?=b)/.exec('ab')[0], 'a');
check(/a(?!b)/.test('ab'), false);
check(/(a)\1/.test('aa'), true);
check(/(\w+)\s\1/.exec('hey hey you')[1], 'hey');
var g = /o/g;
check(g.test('foo'), true); check(g.lastIndex, 2);
check(g.test('foo'), true); check(g.lastIndex, 3);
check(g.test('foo'), false); check(g.lastIndex, 0);
check('aaa'.replace(/a/g, 'b'), 'bbb');
check('aaa'.replace(/a/, 'b'), 'baa');
check('john smith'.replace(/(\w+)\s(\w+)/, '$2, $1'), 'smith, john');
check('abc'.replace(/b/, '[$&]'), 'a[b]c');
check('abc'.replace(/b/, "[$`|$']"), 'a[a|c]c');
check('abc'.replace(/b/, '$$'), 'a$c');
check('abc'.replace(/(b)/, '$2'), 'a$2c');
check('a1b2'.replace(/\d/g, function(d) { return d * 2; }), 'a2b4');
check('x-y'.replace(/(\w)-(\w)/, function(m, a, b, i, s) { return [b, a, i, s].join(','); }), 'y,x,0,x-y');
check('a,b;c'.split(/[,;]/).join('|'), 'a|b|c');
check('a1b2c'.split(/(\d)/).join('|'), 'a|1|b|2|c');
check('abc'.split('').length, 3);
check('a,b,c'.split(',', 2).join('|'), 'a|b');
check(''.split(',').length, 1);
check(''.split('').length, 0);
check(/a\/b/.source, 'a\\/b');
check(new RegExp('a/b').source, 'a\\/b');
check(String(/x/gi), '/x/gi');
check(new RegExp(/ab+c/i.source, 'i').test('ABBC'), true);
check(/^\s+$/.test('\t\n \u00a0'), true);
check(/[\u0400-\u04FF]+/.exec('hello мир')[0], 'мир');
check('Hello'.match(/l/g).length, 2);
check('Hello'.match(/z/g), null);
check('2011-04-23'.match(/(\d+)-(\d+)/)[2], '04');
check('aBc'.search(/[A-Z]/), 1);
check(/a.c/.test('a\nc'), false);
check(/a[^]c/.test('a\nc'), true);
check(/^b/m.test('a\nb'), true);
check('x'.replace(/x/, '$0'), '$0');
check(/(?:a|b)+/.exec('abab')[0], 'abab');
check(/a{2,3}/.exec('aaaa')[0], 'aaa');
check(/a+?/.exec('aaa')[0], 'a');
check(/\bfoo\b/.test('a foo b'), true);
check(/[\b]/.test('\b'), true);

// ---- functions, arguments
function named(a, b) { return a + b; }
check(named.toString(), 'function named(a, b) { return a + b; }');
check(named.length, 2);
check(named.name, 'named');
check((function() {}).name, '');
check(new Function('a', 'b', 'return a * b')(3, 4), 12);
check(new Function('return this')(), global);
check(new Function('a, b', 'return b')(1, 2), 2);
var withFn = new Function('o', 'with (o) { return x + y; }');
check(withFn({ x: 1, y: 2 }), 3);
function alias(a) { arguments[0] = 'changed'; return a; }
check(alias('orig'), 'changed');
function alias2(a) { a = 'changed'; return arguments[0]; }
check(alias2('orig'), 'changed');
function strictAlias(a) { 'use strict'; arguments[0] = 'changed'; return a; }
check(strictAlias('orig'), 'orig');
function argLen() { return arguments.length; }
check(argLen(1, 2, 3), 3);
check(argLen.apply(null, [1, 2]), 2);
check(Object.prototype.toString.call((function() { return arguments; })()), '[object Arguments]');
check(Array.prototype.slice.call((function() { return arguments; })(1, 2)).join(), '1,2');
function callee() { return arguments.callee; }
check(callee(), callee);
check(typeof function() {}.call, 'function');
var bound = named.bind(null, 10);
check(bound(5), 15);
check(bound.length, 1);
check((function() { return typeof this; }).call(5), 'object');
check((function() { 'use strict'; return typeof this; }).call(5), 'number');
check((function() { return this; })(), global);
var hoisted = typeof later;
function later() {}
check(hoisted, 'function');
check((function() { if (true) { function inner() { return 1; } } return inner(); })(), 1);

// ---- numbers
check((1.005).toFixed(2), '1.00');
check((1234.5678).toFixed(2), '1234.57');
check((0.000001).toFixed(7), '0.0000010');
check((1e21).toFixed(2), '1e+21');
check((123.456).toPrecision(4), '123.5');
check((0.00001).toPrecision(1), '0.00001');
check((1e-7).toPrecision(1), '1e-7');
check((123456).toPrecision(2), '1.2e+5');
check((255).toString(16), 'ff');
check((255).toString(2), '11111111');
check((-255).toString(36), '-73');
check((0.5).toString(2), '0.1');
check((3.14159).toExponential(2), '3.14e+0');
check(String(1e21), '1e+21');
check(String(1e-7), '1e-7');
check(String(123e-20), '1.23e-18');
check(String(0.1 + 0.2), '0.30000000000000004');
check(String(-0), '0');
check(1 / -0, -Infinity);
check(parseInt('08'), 8);
check(parseInt('0x1f'), 31);
check(parseInt('12px'), 12);
check(parseFloat('3.14abc'), 3.14);
check(isNaN(parseInt('abc')), true);
check(Number(''), 0);
check(Number(' 12 '), 12);
check(Number('0x10'), 16);
check(isNaN(Number('1,2')), true);
check(Math.round(-0.5), -0);
check(Math.round(2.5), 3);
check(Math.max(), -Infinity);
check(~~3.7, 3);
check(5 % -3, 2);
check(-5 % 3, -2);
check(0.1 * 3, 0.30000000000000004);
check(Number.MAX_VALUE > 1e308, true);
check(9007199254740993, 9007199254740992);
check((25).toString(36), 'p');

// ---- sorting
same([3, 1, 2].sort(), [1, 2, 3]);
same([10, 9, 1].sort(), [1, 10, 9]);
same([10, 9, 1].sort(function(a, b) { return a - b; }), [1, 9, 10]);
same(['b', 'a', 'C'].sort(), ['C', 'a', 'b']);
same([undefined, 3, undefined, 1].sort(), [1, 3, undefined, undefined]);
var stable = [{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }];
check(stable.sort(function(a, b) { return a.k - b.k; }).map(function(o) { return o.v; }).join(''), 'bdac');
same([1, 2, 3].reverse(), [3, 2, 1]);
same(['a', 'b'].concat(['c'], 'd'), ['a', 'b', 'c', 'd']);
check([1, [2, [3]]].join(), '1,2,3');
check([null, undefined, 1].join('-'), '--1');
same([1, 2, 3, 4].splice(1, 2), [2, 3]);
check([1, 2, 3].indexOf(2), 1);
check([1, 2, 3].lastIndexOf(4), -1);
same([1, 2, 3].filter(function(x) { return x > 1; }), [2, 3]);
check([1, 2, 3].reduce(function(a, b) { return a + b; }), 6);
check([].reduce(function(a, b) { return a + b; }, 'init'), 'init');
check(Array.isArray([]), true);
var holes = [1, , 3];
check(holes.length, 3);
check(1 in holes, false);
check(holes.map(function(x) { return x * 2; })[2], 6);

// ---- JSON
check(JSON.stringify({ a: [1, 'x', null, true] }), '{"a":[1,"x",null,true]}');
check(JSON.stringify({ a: undefined, b: function() {} }), '{}');
check(JSON.stringify([undefined, function() {}]), '[null,null]');
check(JSON.stringify(new Date(0)), '"1970-01-01T00:00:00.000Z"');
check(JSON.stringify({ toJSON: function() { return 'custom'; } }), '"custom"');
check(JSON.stringify('\u2028'), '"\u2028"');
check(JSON.stringify('\x07'), '"\\u0007"');
check(JSON.stringify(NaN), 'null');
check(JSON.stringify({ a: 1 }, null, '--'), '{\n--"a": 1\n}');
check(JSON.parse('[1, "2", {"a": null}]')[2].a, null);
check(JSON.parse('"\\u0041"'), 'A');
check(JSON.parse('1e3'), 1000);
check(JSON.parse(' true '), true);
check(JSON.parse('{"a":{"b":[1,2]}}', function(k, v) { return typeof v === 'number' ? v * 10 : v; }).a.b[1], 20);
assert.throws(function() { JSON.parse("{'a': 1}"); }, SyntaxError); checks++;
assert.throws(function() { JSON.parse('[1,]'); }, SyntaxError); checks++;
assert.throws(function() { JSON.parse(''); }, SyntaxError); checks++;
check(JSON.parse('{"__proto__": 1}').__proto__, 1);

// ---- legacy accessors and objects
var legacy = {};
legacy.__defineGetter__('g', function() { return 'got'; });
legacy.__defineSetter__('s', function(v) { this._s = v * 2; });
check(legacy.g, 'got');
legacy.s = 4;
check(legacy._s, 8);
check(typeof legacy.__lookupGetter__('g'), 'function');
check(typeof legacy.__lookupSetter__('s'), 'function');
check(legacy.__lookupGetter__('nope'), undefined);
var proto = { inherited: 1 };
var child = { own: 2 };
child.__proto__ = proto;
check(child.inherited, 1);
check(Object.getPrototypeOf(child), proto);
check(child.hasOwnProperty('inherited'), false);
check(Object.keys(child).join(), 'own');
var forIn = [];
for (var k in child) forIn.push(k);
check(forIn.join(), 'own,inherited');
check(Object.prototype.toString.call(null), '[object Null]');
check(Object.prototype.toString.call([]), '[object Array]');
check(typeof null, 'object');
check(typeof /x/, 'object');
check(String({}), '[object Object]');
check([] + {}, '[object Object]');
check([1] == 1, true);
check(null == undefined, true);
check(null == 0, false);
check('' == 0, true);
check(NaN === NaN, false);
var frozen = Object.freeze({ a: 1 });
frozen.a = 2;
check(frozen.a, 1);
var described = Object.defineProperty({}, 'x', { value: 1, enumerable: false });
check(Object.keys(described).length, 0);
check(Object.getOwnPropertyNames(described).join(), 'x');

// ---- octal escapes and string details (sloppy mode)
check('\101', 'A');
check('\0', '\u0000');
check('\x41\u0042', 'AB');
check(010, 8);
check('abc'.substr(-2, 1), 'b');
check('abc'.substring(2, 0), 'ab');
check('abc'.slice(-2), 'bc');
check('abc'.charAt(5), '');
check('abc'[1], 'b');
check(' trim '.trim(), 'trim');
check('a-b-c'.split('-', -1).length, 3);
check('%E4%B8%AD', encodeURIComponent('中'));
check(decodeURIComponent('%E4%B8%AD'), '中');
check(escape('a b+'), 'a%20b+');
check(unescape('%u4E2D'), '中');
check('abc'.localeCompare('abd') < 0, true);
check('ß'.toUpperCase(), 'SS');
check(String.fromCharCode(0xD83D, 0xDE00).length, 2);
check('x'.concat(1, null), 'x1null');
check('aXbX'.lastIndexOf('X'), 3);

// ---- property enumeration order
var order = { b: 1, a: 2, 2: 'two', 1: 'one', c: 3 };
check(Object.keys(order).join(), '1,2,b,a,c');
var grown = {};
grown.z = 1; grown.y = 2; delete grown.z; grown.z = 3;
check(Object.keys(grown).join(), 'y,z');
var arr = ['a', 'b'];
arr.extra = 'x';
var arrKeys = [];
for (var i in arr) arrKeys.push(i);
check(arrKeys.join(), '0,1,extra');

// ---- dates
var d = new Date(Date.UTC(2011, 0, 31, 12, 30, 15, 250));
check(d.getUTCDate(), 31);
check(d.toISOString(), '2011-01-31T12:30:15.250Z');
check(d.getTime(), 1296477015250);
check(Date.UTC(2011, 1, 29), Date.UTC(2011, 2, 1));
check(new Date('2011-01-31T12:30:15.250Z').getTime(), 1296477015250);
check(new Date('Mon, 31 Jan 2011 12:30:15 GMT').getTime(), 1296477015000);
check(Date.parse('2011/01/31') === new Date(2011, 0, 31).getTime(), true);
check(isNaN(new Date('not a date').getTime()), true);
check(String(new Date(NaN)), 'Invalid Date');
check(new Date(2011, 0, 1).getDay(), 6);
check(new Date(0).toUTCString(), 'Thu, 01 Jan 1970 00:00:00 GMT');
check(typeof Date.now(), 'number');
var setM = new Date(Date.UTC(2011, 0, 31));
setM.setUTCMonth(1);
check(setM.getUTCMonth(), 2);

// ---- evaluation order and eval scoping
var a = 1;
check(a + (a = 5), 6);
var log = [];
function t(x) { log.push(x); return x; }
t(1) + t(2) * t(3);
check(log.join(), '1,2,3');
var ev = 'outer';
function direct() { var ev = 'inner'; return eval('ev'); }
global.evGlobal = 'outer';
function indirect() { var evGlobal = 'inner'; return (0, eval)('evGlobal'); }
check(direct(), 'inner');
check(indirect(), 'outer');
function evalVar() { eval('var made = 1'); return typeof made; }
check(evalVar(), 'number');
check(typeof made, 'undefined');
check(eval('1; 2'), 2);
check(eval('({ a: 1 })').a, 1);
check((function() { try { return 'try'; } finally { log.push('finally'); } })(), 'try');
check(log[log.length - 1], 'finally');
var sw = 0;
switch (3) { case 1: sw = 1; case 3: sw += 3; case 4: sw += 4; break; default: sw = -1; }
check(sw, 7);
label: for (var p = 0; p < 3; p++) { for (;;) { continue label; } }
check(p, 3);
check(typeof undeclaredThing, 'undefined');
delete global.evGlobal;
check(void 0, undefined);
check((1, 2), 2);
var inc = 1;
check(inc++ + ++inc, 4);

assert.ok(checks >= 200, checks + ' checks');
