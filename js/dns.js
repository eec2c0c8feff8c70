// dns: the manual's "DNS" section. Node 0.4 used c-ares; rnode uses
// hickory-resolver on the runtime's reactor (process.binding('dns')):
// lookup() reads the hosts file, then asks the servers of resolv.conf (or
// those given to setServers, a later Node API), A before AAAA, and calls
// back asynchronously even for an IP literal; resolve*() query the
// servers only. Errors carry c-ares's `errno` and a `code`.
var binding = process.binding('dns');
var isIP = require('net').isIP;

// 0.4.12's c-ares error numbers, and the manual's names for them.
var codes = {
  NODATA: 1, FORMERR: 2, SERVFAIL: 3, NOTFOUND: 4, NOTIMP: 5, EREFUSED: 6,
  BADQUERY: 7, BADNAME: 8, BADRESP: 10, CONNREFUSED: 11, TIMEOUT: 12,
  NOMEM: 15, DESTRUCTION: 16
};
for (var name in codes) exports[name] = codes[name];
exports.NXDOMAIN = codes.NOTFOUND;
exports.TEMPFAIL = codes.TIMEOUT;
exports.PROTOCOL = codes.BADRESP;
exports.AF_INET = 2;
exports.AF_INET6 = 10;

function later(callback) {
  var args = Array.prototype.slice.call(arguments, 1);
  process.nextTick(function() { callback.apply(null, args); });
}

function checkCallback(callback) {
  if (typeof callback !== 'function') throw new TypeError('callback must be a function');
}

// lookup(domain, [family], callback) → callback(err, address, family)
exports.lookup = function(domain, family, callback) {
  if (arguments.length === 2) {
    callback = family;
    family = 0;
  } else if (!family) {
    family = 0;
  } else {
    family = parseInt(family, 10);
    if (family === exports.AF_INET) family = 4;
    else if (family === exports.AF_INET6) family = 6;
    if (family !== 4 && family !== 6) {
      throw new Error('invalid argument: "family" must be 4 or 6');
    }
  }
  checkCallback(callback);
  if (!domain) return later(callback, null, null, family === 6 ? 6 : 4);
  var literal = isIP(domain);
  if (literal) return later(callback, null, domain, literal);
  binding.lookup(String(domain), family, callback);
};

// 0.4's getHostByName(domain, [family = 4], callback) → (err, [address…])
exports.getHostByName = function(domain, family, callback) {
  if (typeof family === 'function') { callback = family; family = 4; }
  checkCallback(callback);
  family = family === 6 || family === exports.AF_INET6 ? 6 : 4;
  if (isIP(domain)) return later(callback, null, [String(domain)]);
  binding.lookup(String(domain), family, callback, true);
};

// 0.4's getHostByAddr(address, [family], callback) → (err, [name…])
exports.getHostByAddr = function(address, family, callback) {
  if (typeof family === 'function') callback = family;
  exports.reverse(address, callback);
};

function query(rrtype) {
  return function(domain, callback) {
    checkCallback(callback);
    binding.query(String(domain), rrtype, callback);
  };
}

var resolveMap = {
  A: exports.resolve4 = query('A'),
  AAAA: exports.resolve6 = query('AAAA'),
  MX: exports.resolveMx = query('MX'),
  TXT: exports.resolveTxt = query('TXT'),
  SRV: exports.resolveSrv = query('SRV'),
  NS: exports.resolveNs = query('NS'),
  CNAME: exports.resolveCname = query('CNAME'),
  PTR: query('PTR')
};

// resolve(domain, [rrtype = 'A'], callback)
exports.resolve = function(domain, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  }
  var resolver = resolveMap[rrtype];
  if (typeof resolver !== 'function') throw new Error('Unknown type "' + rrtype + '"');
  resolver(domain, callback);
};

// reverse(ip, callback) → callback(err, names)
exports.reverse = function(ip, callback) {
  checkCallback(callback);
  if (!isIP(ip)) {
    var err = new Error('reverse ENOTIMP ' + ip);
    err.code = 'ENOTIMP';
    err.errno = codes.NOTIMP;
    return later(callback, err);
  }
  binding.query(String(ip), 'PTR', callback);
};

exports.setServers = function(servers) {
  if (!Array.isArray(servers)) throw new TypeError('servers must be an array');
  binding.setServers(servers.map(String));
};

exports.getServers = function() {
  return binding.getServers();
};
