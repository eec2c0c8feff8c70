// rnode-only: 0.4's numeric error codes (node 20 has string constants
// instead: dns.NOTFOUND === 'ENOTFOUND'), its AF_INET/AF_INET6 families
// for lookup, and its TXT answers as plain strings (node 20 gives each
// record as an array of its chunks).
//
// The constants are c-ares's numbers, as 0.4 exported them, plus the
// manual's names (NXDOMAIN, TEMPFAIL, PROTOCOL…); a query error's
// `errno` is the number for its `code`.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var server = require('../fixtures/dns/dnsmasq');

var cares = {
  NODATA: 1, FORMERR: 2, SERVFAIL: 3, NOTFOUND: 4, NOTIMP: 5, BADQUERY: 7,
  BADNAME: 8, BADRESP: 10, CONNREFUSED: 11, TIMEOUT: 12, NOMEM: 15,
  DESTRUCTION: 16
};
Object.keys(cares).forEach(function(name) {
  assert.strictEqual(dns[name], cares[name], 'dns.' + name);
});
['TEMPFAIL', 'PROTOCOL', 'NXDOMAIN', 'NODATA', 'NOMEM', 'BADQUERY'].forEach(function(name) {
  assert.strictEqual(typeof dns[name], 'number', 'dns.' + name);
});
assert.strictEqual(dns.NXDOMAIN, dns.NOTFOUND);
assert.strictEqual(dns.NOTFOUND, 4);

function fails(code, errno, next) {
  return common.mustCall(function(err) {
    assert.ok(err instanceof Error, 'no error');
    assert.strictEqual(err.code, code, err.message);
    assert.strictEqual(err.errno, errno, code + ' errno');
    next();
  });
}

server.start(function() {
  server.series([
    function(next) { dns.resolve4('nope.rnode.test', fails('ENOTFOUND', dns.NXDOMAIN, next)); },
    function(next) { dns.resolveMx('nope.rnode.test', fails('ENOTFOUND', 4, next)); },
    function(next) { dns.lookup('nope.rnode.test', fails('ENOTFOUND', 4, next)); },
    function(next) { dns.resolveMx('www.rnode.test', fails('ENODATA', dns.NODATA, next)); },
    function(next) { dns.resolve6('multi.rnode.test', fails('ENODATA', 1, next)); },
    function(next) {
      dns.resolveTxt('rnode.test', common.mustCall(function(err, txt) {
        assert.ifError(err);
        assert.deepEqual(txt, ['hello world']);
        next();
      }));
    },
    function(next) {
      dns.lookup('www.rnode.test', dns.AF_INET6, common.mustCall(function(err, address, family) {
        assert.ifError(err);
        assert.strictEqual(address, '2001:db8::1');
        assert.strictEqual(family, 6);
        next();
      }));
    },
    function(next) {
      dns.lookup('www.rnode.test', dns.AF_INET, common.mustCall(function(err, address, family) {
        assert.ifError(err);
        assert.strictEqual(address, '10.0.0.1');
        assert.strictEqual(family, 4);
        next();
      }));
    },
    function(next) {
      // A closed port: ETIMEOUT (12) or ECONNREFUSED (11), errno to match.
      var servers = dns.getServers();
      dns.setServers(['127.0.0.1:1']);
      dns.resolve4('www.rnode.test', common.mustCall(function(err) {
        assert.ok(err instanceof Error, 'no error');
        var errno = { ETIMEOUT: dns.TIMEOUT, ECONNREFUSED: dns.CONNREFUSED }[err.code];
        assert.ok(errno, err.code);
        assert.strictEqual(err.errno, errno);
        dns.setServers(servers);
        next();
      }));
    },
    function(next) {
      // REFUSED from the server: c-ares's EREFUSED, 6.
      dns.resolve4('www.elsewhere.example', fails('EREFUSED', 6, next));
    }
  ]);
});
