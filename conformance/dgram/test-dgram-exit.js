// What keeps the process running: a socket that was never bound nor used
// does not; a bound one does, until close(). Each case runs as a child
// (this file again) that must exit by itself, soon.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 16;

if (process.argv[2] === 'unused') {
  dgram.createSocket('udp4');
  return;
}
if (process.argv[2] === 'bound-then-closed') {
  // Nothing but the bound socket until the parent's datagram comes.
  var s = dgram.createSocket('udp4');
  s.on('listening', function() {
    console.log('listening');
  });
  s.on('message', function(msg) {
    console.log('got ' + msg);
    s.close();
  });
  s.bind(PORT, '127.0.0.1');
  return;
}
if (process.argv[2] === 'sent-then-closed') {
  var c = dgram.createSocket('udp4');
  var buf = new Buffer('x');
  c.send(buf, 0, buf.length, PORT + 1, '127.0.0.1', function(err) {
    assert.ok(!err, err);
    c.close();
  });
  return;
}

var spawn = require('child_process').spawn;
var sender = null;

function run(which, wantOut) {
  var child = spawn(process.execPath, [__filename, which]);
  var out = '', err = '', code = null, events = 0;
  child.stdout.on('data', function(d) {
    out += d;
    if (which === 'bound-then-closed' && /listening/.test(out) && !sender) {
      sender = dgram.createSocket('udp4');
      var buf = new Buffer('hello');
      sender.send(buf, 0, buf.length, PORT, '127.0.0.1', function(err) {
        assert.ok(!err, err);
        sender.close();
      });
    }
  });
  child.stderr.on('data', function(d) { err += d; });
  var timer = setTimeout(function() {
    child.kill('SIGKILL');
    assert.fail('running', 'exited', which + ': the child did not exit within 10 s');
  }, 10000);
  // Exited, and all its output read.
  var done = common.mustCall(function() {
    clearTimeout(timer);
    assert.strictEqual(code, 0, which + ': ' + out + err);
    assert.strictEqual(out, wantOut, which + ': ' + err);
  });
  child.on('exit', function(c) { code = c; if (++events === 2) done(); });
  child.stdout.on('end', function() { if (++events === 2) done(); });
}

run('unused', '');
run('bound-then-closed', 'listening\ngot hello\n');
run('sent-then-closed', '');
