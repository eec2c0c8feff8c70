// Under a 1,024-descriptor limit a server holds about a thousand idle
// connections (one descriptor each), does not crash when more arrive
// (they wait in the backlog while accept backs off), and serves normal
// requests again once connections close.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var spawn = require('child_process').spawn;

var N = 1500;
var server = [
  'var net = require("net"), held = 0;',
  'net.createServer(function(c) {',
  '  held++;',
  '  c.on("data", function(d) { if (String(d) === "ping") c.write("pong"); });',
  '  c.on("error", function() {});',
  '  c.on("close", function() { held--; });',
  '}).listen(' + common.PORT + ', "127.0.0.1", function() { console.log("listening"); });',
  'setInterval(function() { console.log("held " + held); }, 200);'
].join('\n');

var child = spawn('/bin/sh', ['-c', 'ulimit -n 1024 && exec "$0" -e "$1"', process.execPath, server]);
var out = '', maxHeld = 0, started = false;
child.stdout.setEncoding('utf8');
child.stderr.pipe(process.stderr);
child.stdout.on('data', function(d) {
  out += d;
  var m, re = /held (\d+)/g;
  while ((m = re.exec(d))) maxHeld = Math.max(maxHeld, +m[1]);
  if (!started && /listening/.test(out)) { started = true; flood(); }
});

var sockets = [];
function flood() {
  for (var i = 0; i < N; i++) {
    var s = net.createConnection(common.PORT, '127.0.0.1');
    s.on('error', function() {});
    sockets.push(s);
  }
  setTimeout(function() {
    assert.ok(maxHeld > 900 && maxHeld < 1024, 'held ' + maxHeld);
    assert.equal(child.exitCode, null, 'the server is still running');
    sockets.forEach(function(s) { s.destroy(); });
    setTimeout(check, 500);
  }, 2000);
}

function check() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('connect', function() { c.write('ping'); });
  c.on('data', common.mustCall(function(d) {
    assert.equal(String(d), 'pong');
    c.destroy();
    child.kill();
  }));
}
