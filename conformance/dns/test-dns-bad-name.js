// A name that cannot be a domain name (an empty label) is an error given
// to the callback, code 'EBADNAME' (c-ares's ARES_EBADNAME, as in 0.4 and
// node 20) — not an exception from resolve().
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var server = require('../fixtures/dns/dnsmasq');

function badName(what, query, next) {
  var callback = common.mustCall(function(err, result) {
    assert.ok(err instanceof Error, what + ': no error (got ' + JSON.stringify(result) + ')');
    assert.strictEqual(err.code, 'EBADNAME', what + ': ' + err.message);
    next();
  });
  try {
    query(callback);
  } catch (err) {
    assert.fail(err, 'callback(EBADNAME)', what + ' threw: ' + err);
  }
}

server.start(function() {
  server.series([
    function(next) {
      badName('resolve4', function(cb) { dns.resolve4('bad..name.rnode.test', cb); }, next);
    },
    function(next) {
      badName('resolveMx', function(cb) { dns.resolveMx('..rnode.test', cb); }, next);
    },
    function(next) {
      badName("resolve 'TXT'", function(cb) { dns.resolve('bad..rnode.test', 'TXT', cb); }, next);
    }
  ]);
});
