// rnode-only: --sandbox and --allow-net are rnode's flags
// Listening, connecting, UDP and DNS need --allow-net for the host (and
// port, when the rule names one). An IP rule allows a name that resolves
// to it (from the hosts file: a denied name is never sent to DNS); a name
// rule allows that name, not the bare IP. Refusals are 'error' events and
// callback errors.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var run = require('../fixtures/sandbox/run');

var server = net.createServer(function(c) { c.on('error', function() {}); c.end('hello'); });
server.listen(common.PORT, '127.0.0.1', function() {
  var code = [
    'var net = require("net"), port = +process.argv[1], left = 6;',
    'function done(what, e) { console.log(what + " " + (e ? e.code : "ok")); }',
    'function connect(what, host, next) {',
    '  var c = net.createConnection(port, host);',
    '  c.on("connect", function() { done(what); c.destroy(); next(); });',
    '  c.on("error", function(e) { done(what, e); next(); });',
    '}',
    'connect("ip", "127.0.0.1", function() {',
    '  connect("name", "localhost", function() {',
    '    connect("other-port", "127.0.0.1:1", function() {});',
    '    var s = net.createServer().listen(0, "127.0.0.1");',
    '    s.on("error", function(e) { done("listen", e); });',
    '    s.on("listening", function() { done("listen"); s.close(); });',
    '    require("dns").lookup("rnode-test.invalid", function(e) { done("dns", e); });',
    '    var u = require("dgram").createSocket("udp4");',
    '    u.send(new Buffer("x"), 0, 1, 9, "10.255.255.1", function(e) { done("udp", e); u.close(); });',
    '  });',
    '});'
  ].join('\n');
  // The other-port case names no port rule, so it uses a bad host string
  // that never resolves; what matters is it is refused, not attempted.
  var rules = '--allow-net=127.0.0.1:' + common.PORT;
  run(['--sandbox', rules], code, [String(common.PORT)], common.mustCall(function(status, out, err) {
    var lines = run.lines(out).sort();
    assert.deepEqual(lines, [
      'dns ERR_ACCESS_DENIED',
      'ip ok',
      'listen ERR_ACCESS_DENIED',
      'name ok',
      'other-port ERR_ACCESS_DENIED',
      'udp ERR_ACCESS_DENIED'
    ], out + err);
    byName();
  }));
});

// A name rule allows the name, not its bare IP.
function byName() {
  var code = [
    'var net = require("net"), port = +process.argv[1];',
    'net.createConnection(port, "localhost").on("data", function(d) {',
    '  console.log("name " + d);',
    '  net.createConnection(port, "127.0.0.1").on("error", function(e) { console.log("ip " + e.code); });',
    '});'
  ].join('\n');
  run(['--sandbox', '--allow-net=localhost'], code, [String(common.PORT)],
      common.mustCall(function(status, out, err) {
    assert.equal(status, 0, err);
    assert.deepEqual(run.lines(out), ['name hello', 'ip ERR_ACCESS_DENIED']);
    server.close();
  }));
}
