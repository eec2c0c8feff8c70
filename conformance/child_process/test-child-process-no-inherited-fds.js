// A child inherits stdio and what the parent itself inherited, nothing
// the parent opened: not the runtime's own descriptors (reactor, signal
// pipe), nor a listening socket, a dgram socket or an open file.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;
var net = require('net');
var dgram = require('dgram');
var fs = require('fs');

// What each open descriptor of this process points at (Linux's /proc).
function targets() {
  return fs.readdirSync('/proc/self/fd').map(function(fd) {
    try { return fs.readlinkSync('/proc/self/fd/' + fd); } catch (e) { return null; }
  }).filter(Boolean);
}

var before = targets();
process.on('SIGUSR2', function() {});  // the signal pipe exists now
var file = fs.openSync(__filename, 'r');
var udp = dgram.createSocket('udp4');
udp.bind(0, '127.0.0.1');
var server = net.createServer().listen(0, '127.0.0.1', function() {
  var opened = targets().filter(function(t) { return before.indexOf(t) === -1; });
  assert.ok(opened.length >= 3, 'the file and the two sockets: ' + opened);
  var ls = spawn('ls', ['-l', '/proc/self/fd']);
  var out = '';
  ls.stdout.setEncoding('utf8');
  ls.stdout.on('data', function(d) { out += d; });
  ls.on('exit', function(code) {
    assert.equal(code, 0);
    var inChild = out.split('\n').map(function(line) {
      return line.split(' -> ')[1];
    }).filter(Boolean);
    inChild.forEach(function(target) {
      assert.equal(opened.indexOf(target), -1, 'the child inherited ' + target);
      assert.ok(!/^anon_inode:/.test(target), 'the child inherited ' + target);
    });
    fs.closeSync(file);
    udp.close();
    server.close();
  });
});
