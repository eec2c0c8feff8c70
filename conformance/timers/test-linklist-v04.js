// rnode-only: require('_linklist') was 0.4's public timer list (removed from later Node)
// 0.4's _linklist: items append at one end and shift from the other,
// append moves an item already on the list, remove is idempotent.
var common = require('../common');
var assert = require('assert');
var L = require('_linklist');

var list = {}, a = { n: 'a' }, b = { n: 'b' }, c = { n: 'c' };
L.init(list);
assert.ok(L.isEmpty(list));
assert.strictEqual(L.peek(list), null);

L.append(list, a);
L.append(list, b);
L.append(list, c);
assert.strictEqual(L.peek(list), a);   // oldest first
L.append(list, a);                     // moves a to the newest end
assert.strictEqual(L.shift(list), b);
L.remove(b);                           // not on the list: no harm
assert.strictEqual(L.peek(list), c);
L.remove(c);
assert.strictEqual(L.shift(list), a);
assert.ok(L.isEmpty(list));
assert.strictEqual(a._idleNext, null);
assert.strictEqual(a._idlePrev, null);
