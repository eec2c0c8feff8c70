// Query errors: an Error with `code` — 'ENOTFOUND' for a name that does
// not exist (NXDOMAIN), 'ENODATA' for a name without records of the type
// asked; reverse of an address with no PTR is ENOTFOUND, of something
// that is no address an error (thrown or called back). An unknown rrtype
// throws, as does a missing callback. Many queries at once all get their
// own answers. (test-dns-refused.js and test-dns-bad-name.js have the
// REFUSED and malformed-name cases.)
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var server = require('../fixtures/dns/dnsmasq');

function fails(code, next) {
  return common.mustCall(function(err, result) {
    assert.ok(err instanceof Error, 'no error (got ' + JSON.stringify(result) + ')');
    assert.strictEqual(err.code, code, err.message);
    assert.strictEqual(typeof err.message, 'string');
    next();
  });
}

assert.throws(function() { dns.resolve('www.rnode.test', 'BOGUS', function() {}); });
assert.throws(function() { dns.resolve('www.rnode.test', 'a', function() {}); });
assert.throws(function() { dns.resolve('www.rnode.test', 'SOA-ish', function() {}); });
// No callback.
assert.throws(function() { dns.resolve4('www.rnode.test'); });
assert.throws(function() { dns.resolve('www.rnode.test', 'MX'); });

server.start(function() {
  server.series([
    function(next) { dns.resolve4('nope.rnode.test', fails('ENOTFOUND', next)); },
    function(next) { dns.resolve6('nope.rnode.test', fails('ENOTFOUND', next)); },
    function(next) { dns.resolveMx('nope.rnode.test', fails('ENOTFOUND', next)); },
    function(next) { dns.resolveTxt('deeper.nope.rnode.test', fails('ENOTFOUND', next)); },
    function(next) { dns.resolve('nope.rnode.test', 'SRV', fails('ENOTFOUND', next)); },
    function(next) { dns.resolve('nope.rnode.test', fails('ENOTFOUND', next)); },
    function(next) { dns.resolveMx('www.rnode.test', fails('ENODATA', next)); },
    function(next) { dns.resolve6('multi.rnode.test', fails('ENODATA', next)); },
    function(next) { dns.resolve4('v6only.rnode.test', fails('ENODATA', next)); },
    function(next) { dns.resolveCname('www.rnode.test', fails('ENODATA', next)); },
    function(next) { dns.reverse('10.9.9.9', fails('ENOTFOUND', next)); },
    function(next) {
      var threw = false;
      try {
        dns.reverse('not an address', function(err) {
          assert.ok(!threw, 'reverse threw and called back');
          assert.ok(err instanceof Error, 'reverse of no address: no error');
          next();
        });
      } catch (err) {
        threw = true;
        assert.ok(err instanceof Error);
        next();
      }
    },
    function(next) {
      var names = [], left = 20;
      for (var i = 0; i < 20; i++) {
        (function(i) {
          var name = i % 2 ? 'www.rnode.test' : 'nope' + i + '.rnode.test';
          dns.resolve4(name, function(err, addresses) {
            if (i % 2) {
              assert.ifError(err);
              assert.deepEqual(addresses, ['10.0.0.1']);
            } else {
              assert.strictEqual(err && err.code, 'ENOTFOUND');
            }
            names.push(i);
            if (--left === 0) {
              assert.strictEqual(names.length, 20);
              next();
            }
          });
        })(i);
      }
    }
  ]);
});
