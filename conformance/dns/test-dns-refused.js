// A server that answers REFUSED (dnsmasq does for names outside its own
// domains, having no upstream to forward them to): the callback gets an
// Error with code 'EREFUSED' (c-ares's ARES_EREFUSED, as in 0.4 and
// node 20), for every query type.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var server = require('../fixtures/dns/dnsmasq');

function refused(next) {
  return common.mustCall(function(err, result) {
    assert.ok(err instanceof Error, 'no error (got ' + JSON.stringify(result) + ')');
    assert.strictEqual(err.code, 'EREFUSED', err.message);
    next();
  });
}

server.start(function() {
  server.series([
    function(next) { dns.resolve4('www.elsewhere.example', refused(next)); },
    function(next) { dns.resolve6('www.elsewhere.example', refused(next)); },
    function(next) { dns.resolveMx('elsewhere.example', refused(next)); },
    function(next) { dns.resolve('elsewhere.example', 'TXT', refused(next)); }
  ]);
});
