// lookup(domain, [family], callback) → (err, address, family), needing no
// DNS server for these: an IP literal comes back as it is with its own
// family (not necessarily the one asked for), always asynchronously;
// 'localhost' comes from the hosts file, even with the servers pointed at
// a closed port; an empty name gives null; a family other than 4 or 6
// throws. (Names from a DNS server: test-dns-lookup-server.js.)
var common = require('../common');
var assert = require('assert');
var dns = require('dns');

var returned = false;
function literal(ip, family, wantFamily) {
  var args = [ip];
  if (family !== undefined) args.push(family);
  args.push(common.mustCall(function(err, address, family) {
    assert.ok(returned, 'lookup(' + ip + ') called back synchronously');
    assert.strictEqual(err, null);
    assert.strictEqual(address, ip);
    assert.strictEqual(family, wantFamily);
  }));
  dns.lookup.apply(dns, args);
}

literal('127.0.0.1', undefined, 4);
literal('10.1.2.3', 4, 4);
literal('192.0.2.1', 6, 4);
literal('::1', undefined, 6);
literal('2001:db8::5', 6, 6);
literal('fe80::1', 4, 6);
literal('::ffff:127.0.0.1', undefined, 6);

dns.lookup('', common.mustCall(function(err, address, family) {
  assert.ok(returned);
  assert.strictEqual(err, null);
  assert.ok(!address, address);
  assert.strictEqual(family, 4);
}));

[3, 5, 'x', 100].forEach(function(family) {
  assert.throws(function() { dns.lookup('localhost', family, function() {}); },
                'lookup with family ' + family);
});

assert.throws(function() { dns.lookup('localhost'); });  // no callback

returned = true;

// No server to ask: a closed port.
dns.setServers(['127.0.0.1:1']);

function localhost(args, wantFamily) {
  dns.lookup.apply(dns, args.concat(common.mustCall(function(err, address, family) {
    assert.ifError(err);
    if (family === 4) assert.strictEqual(address, '127.0.0.1');
    else assert.strictEqual(address, '::1');  // where the hosts file says so
    assert.strictEqual(family, wantFamily || family);
    assert.ok(family === 4 || family === 6, String(family));
  })));
}
localhost(['localhost']);
localhost(['localhost', null]);
localhost(['localhost', 4], 4);
localhost(['LOCALHOST', 4], 4);
