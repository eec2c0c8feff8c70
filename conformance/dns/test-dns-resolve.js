// resolve4/resolve6/resolveMx/resolveTxt/resolveSrv/resolveNs/
// resolveCname/reverse against a private dnsmasq (fixtures/dns/dnsmasq.js
// has its records), the shapes the manual gives — MX {priority,
// exchange}, SRV {priority, weight, port, name}, names without the
// trailing dot — and resolve(name, rrtype) for each type, resolve(name)
// being A.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var server = require('../fixtures/dns/dnsmasq');

function sorted(list) {
  return list.slice().sort();
}
function byPriority(a, b) {
  return a.priority - b.priority;
}
// node 20 gives each TXT record as an array of its strings, 0.4 as one
// string (test-dns-v04.js has that).
function txtText(record) {
  return Array.isArray(record) ? record.join('') : record;
}

function checkA(name, want, next) {
  return common.mustCall(function(err, addresses) {
    assert.ifError(err);
    assert.ok(Array.isArray(addresses), name);
    assert.deepEqual(sorted(addresses), want);
    next();
  });
}

server.start(function() {
  server.series([
    function(next) {
      dns.resolve4('www.rnode.test', checkA('resolve4', ['10.0.0.1'], next));
    },
    function(next) {
      dns.resolve4('multi.rnode.test', checkA('resolve4 multi', ['10.0.0.2', '10.0.0.3'], next));
    },
    function(next) {
      // Fully qualified, and in capitals: the same name.
      dns.resolve4('www.rnode.test.', checkA('resolve4 fqdn', ['10.0.0.1'], next));
    },
    function(next) {
      dns.resolve4('WWW.Rnode.TEST', checkA('resolve4 capitals', ['10.0.0.1'], next));
    },
    function(next) {
      // Through the CNAME.
      dns.resolve4('alias.rnode.test', checkA('resolve4 alias', ['10.0.0.1'], next));
    },
    function(next) {
      dns.resolve6('www.rnode.test', checkA('resolve6', ['2001:db8::1'], next));
    },
    function(next) {
      dns.resolve6('v6only.rnode.test', checkA('resolve6 v6only', ['2001:db8::6'], next));
    },
    function(next) {
      dns.resolveMx('rnode.test', common.mustCall(function(err, mx) {
        assert.ifError(err);
        assert.strictEqual(mx.length, 2);
        mx.sort(byPriority);
        assert.deepEqual(mx, [{ priority: 10, exchange: 'mail.rnode.test' },
                              { priority: 20, exchange: 'mail2.rnode.test' }]);
        next();
      }));
    },
    function(next) {
      dns.resolveTxt('rnode.test', common.mustCall(function(err, txt) {
        assert.ifError(err);
        assert.ok(Array.isArray(txt));
        assert.deepEqual(txt.map(txtText), ['hello world']);
        next();
      }));
    },
    function(next) {
      dns.resolveSrv('_http._tcp.rnode.test', common.mustCall(function(err, srv) {
        assert.ifError(err);
        assert.deepEqual(srv, [{ priority: 1, weight: 5, port: 80, name: 'www.rnode.test' }]);
        next();
      }));
    },
    function(next) {
      dns.resolveNs('rnode.test', common.mustCall(function(err, ns) {
        assert.ifError(err);
        assert.deepEqual(sorted(ns), ['ns1.rnode.test', 'ns2.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.resolveCname('alias.rnode.test', common.mustCall(function(err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['www.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.reverse('10.0.0.1', common.mustCall(function(err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['www.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.reverse('10.0.0.2', common.mustCall(function(err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['ptr.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.reverse('2001:db8::1', common.mustCall(function(err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['www.rnode.test']);
        next();
      }));
    },
    // resolve(name, rrtype) gives the same as the named functions.
    function(next) {
      dns.resolve('www.rnode.test', checkA('resolve', ['10.0.0.1'], next));
    },
    function(next) {
      dns.resolve('multi.rnode.test', 'A', checkA('resolve A', ['10.0.0.2', '10.0.0.3'], next));
    },
    function(next) {
      dns.resolve('www.rnode.test', 'AAAA', checkA('resolve AAAA', ['2001:db8::1'], next));
    },
    function(next) {
      dns.resolve('rnode.test', 'MX', common.mustCall(function(err, mx) {
        assert.ifError(err);
        assert.deepEqual(mx.sort(byPriority).map(function(r) { return r.priority + ' ' + r.exchange; }),
                         ['10 mail.rnode.test', '20 mail2.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.resolve('rnode.test', 'TXT', common.mustCall(function(err, txt) {
        assert.ifError(err);
        assert.deepEqual(txt.map(txtText), ['hello world']);
        next();
      }));
    },
    function(next) {
      dns.resolve('_http._tcp.rnode.test', 'SRV', common.mustCall(function(err, srv) {
        assert.ifError(err);
        assert.deepEqual(srv, [{ priority: 1, weight: 5, port: 80, name: 'www.rnode.test' }]);
        next();
      }));
    },
    function(next) {
      dns.resolve('rnode.test', 'NS', common.mustCall(function(err, ns) {
        assert.ifError(err);
        assert.deepEqual(sorted(ns), ['ns1.rnode.test', 'ns2.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.resolve('alias.rnode.test', 'CNAME', common.mustCall(function(err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['www.rnode.test']);
        next();
      }));
    },
    function(next) {
      dns.resolve('1.0.0.10.in-addr.arpa', 'PTR', common.mustCall(function(err, names) {
        assert.ifError(err);
        assert.deepEqual(names, ['www.rnode.test']);
        next();
      }));
    },
    // The manual's example: resolve4, then reverse each address.
    function(next) {
      var log = [];
      dns.resolve4('multi.rnode.test', common.mustCall(function(err, addresses) {
        if (err) throw err;
        log.push('addresses: ' + JSON.stringify(addresses.sort()));
        var left = addresses.length;
        addresses.forEach(function(a) {
          dns.reverse(a, function(err, domains) {
            if (err) {
              log.push('reverse for ' + a + ' failed: ' + err.message);
            } else {
              log.push('reverse for ' + a + ': ' + JSON.stringify(domains));
            }
            if (--left) return;
            assert.deepEqual(log.sort(), [
              'addresses: ["10.0.0.2","10.0.0.3"]',
              'reverse for 10.0.0.2: ["ptr.rnode.test"]',
              'reverse for 10.0.0.3: ["multi.rnode.test"]'
            ]);
            next();
          });
        });
      }));
    }
  ]);
});
