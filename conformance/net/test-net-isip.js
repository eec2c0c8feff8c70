// net.isIP returns 4, 6 or 0, and net.isIPv4 / net.isIPv6 return booleans, for many textual address forms.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var v4 = [
  '0.0.0.0', '127.0.0.1', '1.2.3.4', '10.0.0.255', '192.168.1.1',
  '255.255.255.255', '8.8.8.8', '100.64.0.1'
];

var v6 = [
  '::', '::1', '1::', '1::8', '::ffff', 'fe80::1', 'FE80::1', 'fE80::AbCd',
  '2001:db8::1', '2001:db8:0:0:1:0:0:1', '2001:0db8:0000:0000:0000:ff00:0042:8329',
  '1:2:3:4:5:6:7:8', '0:0:0:0:0:0:0:0', '0000:0000:0000:0000:0000:0000:0000:0001',
  'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1::3:4:5:6:7:8', '1:2::8',
  '2001:4860:a005::68',
  // IPv4-mapped, IPv4-compatible and other embedded dotted quads.
  '::ffff:127.0.0.1', '::FFFF:192.168.1.1', '::ffff:0.0.0.0', '::1.2.3.4',
  '64:ff9b::192.0.2.33', '1:2:3:4:5:6:1.2.3.4', '1::1.2.3.4', '0:0:0:0:0:ffff:10.0.0.1'
];

var invalid = [
  '', ' ', 'localhost', 'example.com', 'abc', 'x.y.z.w', '1', '1.2', '1.2.3', '1.2.3.4.5',
  '256.1.1.1', '1.256.1.1', '1.1.1.256', '999.999.999.999', '-1.2.3.4', '1.2.3.-4',
  '1.2.3.4.', '.1.2.3.4', '1..2.3', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4/24', '1.2.3.4:80',
  '01.2.3.4', '1.2.3.04', '0x7f.0.0.1', '1.2.3.a', '1,2,3,4',
  ':', ':::', ':1', '1:', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '1::2::3', '::1::',
  '12345::1', '00000::1', 'g::1', '::g', '1:2:3:4:5:6:7:8:', ':1:2:3:4:5:6:7:8',
  '[::1]', '::1 ', ' ::1', '::ffff:1.2.3', '::ffff:256.0.0.1', '::ffff:1.2.3.4.5',
  '1:2:3:4:5:6:7:1.2.3.4', '1.2.3.4::', '::1.2.3.4:5', 'fe80:::1', '2001:db8::1::1',
  '[2001:db8::1]:80', 'http://127.0.0.1/'
];

v4.forEach(function(s) {
  assert.strictEqual(net.isIP(s), 4, 'isIP(' + JSON.stringify(s) + ')');
  assert.strictEqual(net.isIPv4(s), true, 'isIPv4(' + JSON.stringify(s) + ')');
  assert.strictEqual(net.isIPv6(s), false, 'isIPv6(' + JSON.stringify(s) + ')');
});

v6.forEach(function(s) {
  assert.strictEqual(net.isIP(s), 6, 'isIP(' + JSON.stringify(s) + ')');
  assert.strictEqual(net.isIPv4(s), false, 'isIPv4(' + JSON.stringify(s) + ')');
  assert.strictEqual(net.isIPv6(s), true, 'isIPv6(' + JSON.stringify(s) + ')');
});

invalid.forEach(function(s) {
  assert.strictEqual(net.isIP(s), 0, 'isIP(' + JSON.stringify(s) + ')');
  assert.strictEqual(net.isIPv4(s), false, 'isIPv4(' + JSON.stringify(s) + ')');
  assert.strictEqual(net.isIPv6(s), false, 'isIPv6(' + JSON.stringify(s) + ')');
});

// Non-strings are converted to strings first; none of these is an address.
[undefined, null, 123, 0, true, {}, []].forEach(function(v) {
  assert.strictEqual(net.isIP(v), 0, 'isIP(' + String(v) + ')');
  assert.strictEqual(net.isIPv4(v), false);
  assert.strictEqual(net.isIPv6(v), false);
});
