// A server that is not there (a closed UDP port on loopback): every
// query fails, in bounded time (here: within 20 s), with an Error whose
// code says so — node 20 (c-ares) sees the ICMP port-unreachable and
// gives ECONNREFUSED at once; rnode may wait out its retries and give
// ETIMEOUT. (A server that takes the query and never answers is not
// tested: node 20 waits about 28 s for it.)
var common = require('../common');
var assert = require('assert');
var dns = require('dns');

dns.setServers(['127.0.0.1:1']);
assert.deepEqual(dns.getServers(), ['127.0.0.1:1']);

var started = Date.now();
var pending = 0;
var timer = setTimeout(function() {
  assert.fail(pending, 0, pending + ' queries unanswered after 20 s');
}, 20000);

function fails(what, codes) {
  codes = codes || ['ECONNREFUSED', 'ETIMEOUT'];
  pending++;
  return common.mustCall(function(err, result) {
    assert.ok(err instanceof Error, what + ': no error, got ' + JSON.stringify(result));
    assert.ok(codes.indexOf(err.code) !== -1, what + ': ' + err.code + ' ' + err.message);
    if (--pending === 0) {
      clearTimeout(timer);
      common.debug('failed after ' + (Date.now() - started) + ' ms: ' + err.code);
    }
  });
}

dns.resolve4('www.rnode.test', fails('resolve4'));
dns.resolveMx('rnode.test', fails('resolveMx'));
dns.resolve('rnode.test', 'TXT', fails('resolve TXT'));
// node 20's reverse (c-ares getHostByAddr) falls back to the hosts file
// and reports what that finds: nothing.
dns.reverse('10.0.0.1', fails('reverse', ['ECONNREFUSED', 'ETIMEOUT', 'ENOTFOUND']));
