// setServers([...]) and getServers(): addresses as given, "ip:port" for
// a port other than 53 ("[ip6]:port" for IPv6), plain "ip" for 53; an
// empty list; bad input throws and leaves the list alone. (Not in 0.4's
// manual; a later Node API rnode has so programs and tests can choose
// their DNS server.)
var common = require('../common');
var assert = require('assert');
var net = require('net');
var dns = require('dns');

var initial = dns.getServers();
assert.ok(Array.isArray(initial));
initial.forEach(function(s) {
  assert.strictEqual(typeof s, 'string');
});

dns.setServers(['127.0.0.1']);
assert.deepEqual(dns.getServers(), ['127.0.0.1']);

dns.setServers(['127.0.0.1:' + (common.PORT + 50), '10.0.0.53']);
assert.deepEqual(dns.getServers(), ['127.0.0.1:' + (common.PORT + 50), '10.0.0.53']);

dns.setServers(['127.0.0.1:53']);
assert.deepEqual(dns.getServers(), ['127.0.0.1']);

dns.setServers(['::1', '[::1]:5353', '2001:db8::53']);
assert.deepEqual(dns.getServers(), ['::1', '[::1]:5353', '2001:db8::53']);

dns.setServers([]);
assert.deepEqual(dns.getServers(), []);

dns.setServers(['192.0.2.53']);
assert.throws(function() { dns.setServers(['not an address']); });
assert.throws(function() { dns.setServers(['999.1.2.3']); });
assert.throws(function() { dns.setServers('127.0.0.1'); });
assert.throws(function() { dns.setServers(); });
assert.deepEqual(dns.getServers(), ['192.0.2.53']);
assert.ok(net.isIP(dns.getServers()[0]));
