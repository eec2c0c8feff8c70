// rnode-only
// server.listenFD(fd) (Node 0.4 only) accepts connections on an already bound and listening descriptor, here one received over a UNIX socket.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var sockPath = path.join(common.tmpDir, 'net-listenfd-' + process.pid + '.sock');

// Socket descriptors of this process, from /proc/self/fd.
function socketFds() {
  var fds = {};
  fs.readdirSync('/proc/self/fd').forEach(function(name) {
    try {
      if (/^socket:/.test(fs.readlinkSync('/proc/self/fd/' + name))) fds[name] = true;
    } catch (e) {}
  });
  return fds;
}

// 1. An ordinary server provides a bound, listening, non-blocking socket.
var before = socketFds();
var first = net.createServer(function() { assert.fail('the first server accepted'); });
first.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var listeningFd = first.fd;
  if (typeof listeningFd !== 'number') {
    var fresh = Object.keys(socketFds()).filter(function(n) { return !before[n]; });
    assert.strictEqual(fresh.length, 1, 'new socket fds: ' + fresh);
    listeningFd = +fresh[0];
  }

  // 2. Pass it over a UNIX socket to get a duplicate of our own.
  var passer = net.createServer(function(socket) {
    socket.on('fd', common.mustCall(function(fd) {
      socket.end();
      passer.close();
      first.close();
      serveOn(fd);
    }));
  });
  passer.listen(sockPath, common.mustCall(function() {
    var c = net.createConnection(sockPath);
    c.on('connect', function() { c.write('x', 'utf8', listeningFd); });
    c.on('end', function() { c.end(); });
  }));
}));

// 3. listenFD on the duplicate: the port answers through the new server.
function serveOn(fd) {
  var second = new net.Server(common.mustCall(function(socket) {
    assert.strictEqual(socket.remoteAddress, '127.0.0.1');
    socket.end('served by listenFD');
  }));
  second.on('listening', common.mustCall(function() {}));
  second.listenFD(fd);
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function(d) { got += d; });
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'served by listenFD');
    second.close();
  }));
}
