// rnode-only: 0.4's dns.getHostByName and getHostByAddr (node 20 removed
// them): every address of the family, as an array; an IP literal answers
// itself. Needs no DNS server (localhost and literals).
var common = require('../common');
var assert = require('assert');
var dns = require('dns');

dns.getHostByName('localhost', common.mustCall(function(err, addresses) {
  assert.ifError(err);
  assert.ok(Array.isArray(addresses));
  assert.ok(addresses.indexOf('127.0.0.1') !== -1, JSON.stringify(addresses));
  addresses.forEach(function(a) { assert.strictEqual(require('net').isIP(a), 4); });
}));

dns.getHostByName('127.0.0.1', common.mustCall(function(err, addresses) {
  assert.ifError(err);
  assert.deepEqual(addresses, ['127.0.0.1']);
}));

dns.getHostByName('localhost', 6, common.mustCall(function(err, addresses) {
  assert.ifError(err);
  addresses.forEach(function(a) { assert.strictEqual(require('net').isIP(a), 6); });
}));

// getHostByAddr is reverse(): a bad address is an error to the callback.
dns.getHostByAddr('not an address', common.mustCall(function(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOTIMP');
}));

assert.throws(function() { dns.getHostByName('localhost'); }, TypeError);
