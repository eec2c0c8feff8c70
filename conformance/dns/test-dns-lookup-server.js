// rnode-only: node 20's lookup() asks the system's getaddrinfo, which
// never sees the servers given to setServers(); 0.4's (c-ares) and
// rnode's ask them. lookup of names from a private dnsmasq: with no
// family the A record is preferred, family 4 and 6 pick A or AAAA, a name
// with only AAAA gives it with family 6, a CNAME is followed, a name that
// does not exist is ENOTFOUND; 'localhost' still comes from the hosts file.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var server = require('../fixtures/dns/dnsmasq');

function gives(want, wantFamily, next) {
  return common.mustCall(function(err, address, family) {
    assert.ifError(err);
    if (Array.isArray(want)) assert.ok(want.indexOf(address) !== -1, address);
    else assert.strictEqual(address, want);
    assert.strictEqual(family, wantFamily);
    next();
  });
}

server.start(function() {
  server.series([
    function(next) { dns.lookup('www.rnode.test', gives('10.0.0.1', 4, next)); },
    function(next) { dns.lookup('www.rnode.test', null, gives('10.0.0.1', 4, next)); },
    function(next) { dns.lookup('www.rnode.test', 4, gives('10.0.0.1', 4, next)); },
    function(next) { dns.lookup('www.rnode.test', 6, gives('2001:db8::1', 6, next)); },
    function(next) { dns.lookup('v6only.rnode.test', gives('2001:db8::6', 6, next)); },
    function(next) { dns.lookup('v6only.rnode.test', 6, gives('2001:db8::6', 6, next)); },
    function(next) { dns.lookup('alias.rnode.test', gives('10.0.0.1', 4, next)); },
    function(next) { dns.lookup('multi.rnode.test', gives(['10.0.0.2', '10.0.0.3'], 4, next)); },
    function(next) { dns.lookup('WWW.RNODE.TEST', gives('10.0.0.1', 4, next)); },
    function(next) { dns.lookup('localhost', 4, gives('127.0.0.1', 4, next)); },
    function(next) {
      dns.lookup('nope.rnode.test', common.mustCall(function(err, address) {
        assert.ok(err instanceof Error, 'no error, got ' + address);
        assert.strictEqual(err.code, 'ENOTFOUND');
        next();
      }));
    },
    function(next) {
      // Only AAAA, and A asked for.
      dns.lookup('v6only.rnode.test', 4, common.mustCall(function(err, address) {
        assert.ok(err instanceof Error, 'no error, got ' + address);
        assert.strictEqual(typeof err.code, 'string');
        next();
      }));
    }
  ]);
});
