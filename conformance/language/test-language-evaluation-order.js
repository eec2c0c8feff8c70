// Operands are evaluated left to right: the left operand's value is taken
// before the right operand runs, even when the right operand assigns to the
// same variable (ECMA-262 12.15.4 EvaluateStringOrNumericBinaryExpression).
// Boa 0.22 forwarded a local variable's register as the left operand and
// read it after the right operand had run (vendor/PATCHES.md, boa#5456).
// Every case is in its own function with the variable kept local (no
// closure captures it, no eval), which is the shape that went wrong.
var common = require('../common');
var assert = require('assert');

function id(x) { return x; }

// Arithmetic.
(function() {
  var a = 1;
  assert.strictEqual(a + (a = 5), 6);
  assert.strictEqual(a, 5);
  a = 10; assert.strictEqual(a - (a = 3), 7);
  a = 2; assert.strictEqual(a * (a = 3), 6);
  a = 12; assert.strictEqual(a / (a = 4), 3);
  a = 7; assert.strictEqual(a % (a = 4), 3);
  a = 2; assert.strictEqual(Math.pow(a, (a = 3)), 8);
  var s = 'x';
  assert.strictEqual(s + (s = 'y'), 'xy');
})();

// Bitwise and shifts.
(function() {
  var a = 1;
  assert.strictEqual(a | (a = 4), 5);
  a = 6; assert.strictEqual(a & (a = 3), 2);
  a = 6; assert.strictEqual(a ^ (a = 3), 5);
  a = 1; assert.strictEqual(a << (a = 3), 8);
  a = 64; assert.strictEqual(a >> (a = 2), 16);
  a = -1; assert.strictEqual(a >>> (a = 28), 15);
})();

// Equality and relational operators.
(function() {
  var n = 1;
  assert.strictEqual(n !== (n = 2), true);
  n = 1; assert.strictEqual(n === (n = 2), false);
  n = 1; assert.strictEqual(n != (n = 2), true);
  n = 1; assert.strictEqual(n == (n = 2), false);
  n = 1; assert.strictEqual(n < (n = 0), false);
  n = 1; assert.strictEqual(n > (n = 0), true);
  n = 1; assert.strictEqual(n <= (n = 0), false);
  n = 0; assert.strictEqual(n >= (n = 1), false);
  var k = 'a';
  assert.strictEqual(k in (k = 'b', { a: 1 }), true);
  var o = [];
  assert.strictEqual(o instanceof (o = {}, Array), true);
})();

// The right operand changes the variable through ++, --, compound
// assignment, a call's argument or a nested expression.
(function() {
  var i = 1;
  assert.strictEqual(i + i++, 2);
  i = 1; assert.strictEqual(i + ++i, 3);
  i = 1; assert.strictEqual(i - --i, 1);
  i = 1; assert.strictEqual(i + (i += 10), 12);
  i = 1; assert.strictEqual(i + id(i = 5), 6);
  i = 1; assert.strictEqual(i + [i = 5][0], 6);
  i = 1; assert.strictEqual(i + (2 * (i = 5)), 11);
  i = 1; assert.strictEqual(i + (i + (i = 10)), 12);
  i = 1; assert.strictEqual((i + (i = 2)) + (i + (i = 3)), 8);
  i = 1; assert.strictEqual(i === 1 ? i + (i = 9) : 0, 10);
})();

// Compound assignment reads the variable before the right-hand side.
(function() {
  var a = 1;
  a += (a = 5);
  assert.strictEqual(a, 6);
  a = 2; a *= (a = 3); assert.strictEqual(a, 6);
  a = 1; a |= (a = 4); assert.strictEqual(a, 5);
  a = 'p'; a += (a = 'q'); assert.strictEqual(a, 'pq');
})();

// Parameters, let and const bindings, strict code.
(function() {
  function param(p) { return p + (p = 10); }
  assert.strictEqual(param(1), 11);
  function strict(p) { 'use strict'; return p * (p = 10); }
  assert.strictEqual(strict(3), 30);
  function block() {
    let b = 1;
    { let c = 2; b = c + (c = 40); }
    return b + (b = 0);
  }
  assert.strictEqual(block(), 42);
  function aliased(p) { return p + (arguments[0] = 10); }
  assert.strictEqual(aliased(1), 11);
  function constant() { const c = 4; var v = 1; return c + v + (v = 100); }
  assert.strictEqual(constant(), 105);
})();

// Conditions of if, while, do-while and for.
(function() {
  var x = 1;
  var taken = false;
  if (x > (x = 0)) taken = true;
  assert.strictEqual(taken, true);
  x = 1;
  assert.strictEqual(x < (x = 0) ? 'yes' : 'no', 'no');

  var count = 0;
  var i = 0;
  while (i < (i = i + 1)) {
    if (++count === 5) break;
  }
  assert.strictEqual(count, 5);

  count = 0; i = 0;
  do { count++; } while (count < 3 && i !== (i = i + 1));
  assert.strictEqual(count, 3);

  count = 0;
  for (var j = 0; j < (j = j + 1) && count < 4; ) count++;
  assert.strictEqual(count, 4);
})();

// The loop that exposed it: walk a chain until unwrap() returns its own
// node.
(function() {
  function Node(next) { this.next = next; }
  Node.prototype.unwrap = function() { return this.next || this; };
  var last = new Node(null);
  var node = new Node(new Node(new Node(last)));
  var steps = 0;
  while (node !== (node = node.unwrap())) steps++;
  assert.strictEqual(steps, 3);
  assert.strictEqual(node, last);
})();

// Operands that are copied at once were already right; keep them so.
(function() {
  var a = 1;
  assert.deepEqual([a, (a = 5), a], [1, 5, 5]);
  a = 1;
  assert.deepEqual({ x: a, y: (a = 5) }, { x: 1, y: 5 });
  a = 1;
  assert.strictEqual('' + a + (a = 2) + a, '122');
  a = 1;
  assert.strictEqual(`${a}${a = 5}`, '15');
  a = 1;
  assert.deepEqual(Array.prototype.slice.call((function() {
    return arguments;
  })(a, (a = 7))), [1, 7]);
  a = 1;
  assert.strictEqual(a && (a = 0), 0);
  a = 0;
  assert.strictEqual(a || (a = 3), 3);
  a = 1;
  var b = 2;
  assert.strictEqual(a + (b = 5) + b, 11);
  var arr = [1, 2];
  assert.strictEqual(a + ([a] = arr, a), 2);
})();
