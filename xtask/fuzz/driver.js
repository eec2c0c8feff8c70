// The JS-API fuzzer's driver: `rnode driver.js SEED COUNT` calls COUNT
// randomly chosen documented functions and process.binding natives with
// hostile arguments, chosen by a PRNG seeded with SEED (the same seed
// replays the same calls). JS exceptions are expected and ignored; what
// the fuzzer looks for is the process dying (a Rust panic, an abort, a
// signal) or hanging. `cargo xtask fuzz` runs it (xtask/src/fuzz.rs).
var seed = +process.argv[2] || 1, count = +process.argv[3] || 200;
var trace = process.argv[4] === 'trace';

// xorshift32: small, deterministic, good enough to pick arguments.
function rand() {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
function pick(list) { return list[Math.floor(rand() * list.length)]; }

var dir = process.cwd();
var modules = ['fs', 'path', 'util', 'events', 'buffer', 'url', 'querystring',
               'string_decoder', 'assert', 'os', 'vm', 'net', 'http', 'crypto',
               'dgram', 'dns', 'tty', 'timers', 'stream', 'child_process', 'tls', 'https',
               'readline', 'module'];
var bindings = ['fs', 'buffer', 'net', 'http', 'http_parser', 'os', 'stdio', 'timers',
                'crypto', 'dgram', 'dns', 'tty', 'vm', 'events', 'constants', 'signals',
                'child_process', 'natives', 'tls'];
// Calls that end or stall the process by design, or act outside it.
var skip = /^(exit|reallyExit|abort|kill|_kill|chdir|setuid|setgid|openStdin|readStart|setRawMode|spawn|exec|execFile|fork|open\(tty\)|createServer\(repl\)|ref|_setTitle|sleep)$/;

function targets() {
  var out = [];
  function collect(name, obj, depth) {
    if (!obj || depth > 1) return;
    Object.getOwnPropertyNames(obj).forEach(function(key) {
      if (skip.test(key)) return;
      var value;
      try { value = obj[key]; } catch (e) { return; }
      if (typeof value === 'function') {
        out.push({ name: name + '.' + key, fn: value, self: obj });
        if (value.prototype && depth === 0) {
          Object.getOwnPropertyNames(value.prototype).forEach(function(m) {
            if (m === 'constructor' || skip.test(m)) return;
            out.push({ name: name + '.' + key + '#' + m, proto: value, method: m });
          });
        }
      }
    });
  }
  modules.forEach(function(m) {
    try { collect(m, require(m), 0); } catch (e) {}
  });
  bindings.forEach(function(b) {
    try { collect('binding:' + b, process.binding(b), 1); } catch (e) {}
  });
  return out;
}

function hostileString() {
  return pick(['', 'a', '\u0000', '\ud800', '../../..', dir + '/f' + Math.floor(rand() * 4),
               new Array(1 + Math.floor(rand() * 70000)).join('x'), 'utf8', 'base64', 'hex',
               'ucs2', 'binary', 'ascii', '127.0.0.1', 'localhost', '::1', 'udp4', 'tcp4',
               '%', '\r\n\r\n', 'GET / HTTP/1.1\r\n\r\n']);
}

function hostileNumber() {
  return pick([0, -0, 1, -1, 0.5, -0.5, NaN, Infinity, -Infinity, 2147483647, 2147483648,
               -2147483649, 4294967295, 4294967296, 9007199254740992, 1e300, -1e300, 65536,
               3, 1024, 1e9]);
}

function resizable() {
  if (typeof ArrayBuffer !== 'function') return null;
  try {
    var ab = new ArrayBuffer(64, { maxByteLength: 1024 });
    var view = new Uint8Array(ab);
    // Shrinks when a callee converts the next argument.
    return { view: view, shrink: { valueOf: function() { try { ab.resize(0); } catch (e) {} return 8; } } };
  } catch (e) {
    return null;
  }
}

function hostile(depth) {
  var r = rand();
  if (r < 0.2) return hostileNumber();
  if (r < 0.35) return hostileString();
  if (r < 0.4) return pick([undefined, null, true, false]);
  if (r < 0.5) {
    var size = pick([0, 1, 16, 65536]);
    try { return new Buffer(size); } catch (e) { return null; }
  }
  if (r < 0.55) return { valueOf: function() { throw new Error('valueOf'); }, toString: function() { throw new Error('toString'); } };
  if (r < 0.6) {
    var getter = {};
    Object.defineProperty(getter, 'length', { get: function() { throw new Error('getter'); } });
    return getter;
  }
  if (r < 0.65) {
    var cyclic = { a: 1 };
    cyclic.self = cyclic;
    cyclic.list = [cyclic];
    return cyclic;
  }
  if (r < 0.7) {
    try {
      return new Proxy({}, { get: function() { throw new Error('proxy'); }, ownKeys: function() { throw new Error('proxy'); } });
    } catch (e) { return {}; }
  }
  if (r < 0.75) {
    var shrinking = resizable();
    return shrinking ? (rand() < 0.5 ? shrinking.view : shrinking.shrink) : null;
  }
  if (r < 0.85) {
    // A callback that calls back in (re-entrancy) or throws.
    return function() {
      if (depth < 1 && rand() < 0.3) callOne(depth + 1);
      if (rand() < 0.2) throw new Error('callback');
    };
  }
  if (r < 0.92) return depth < 2 ? [hostile(depth + 1), hostile(depth + 1)] : [];
  var obj = {};
  obj[hostileString().slice(0, 10) || 'k'] = depth < 2 ? hostile(depth + 1) : 1;
  return obj;
}

var all = targets();

function callOne(depth) {
  var t = pick(all);
  var argc = Math.floor(rand() * 7);
  var args = [];
  for (var i = 0; i < argc; i++) args.push(hostile(depth));
  if (trace) require('fs').writeSync(2, t.name + '\n');
  try {
    if (t.proto) {
      var self;
      try { self = Object.create(t.proto.prototype); } catch (e) { return; }
      if (rand() < 0.5) { try { self = new t.proto(hostile(depth), hostile(depth)); } catch (e) {} }
      self[t.method].apply(self, args);
    } else if (rand() < 0.2) {
      new t.fn(args[0], args[1], args[2]);
    } else {
      t.fn.apply(t.self, args);
    }
  } catch (e) {}
}

process.on('uncaughtException', function() {});
for (var n = 0; n < count; n++) callOne(0);
// Let the callbacks and events the calls started run, then stop.
setTimeout(function() { process.exit(0); }, 300);
