// rnode-only: a descriptor the reactor cannot wait on (a regular file)
// given to net.Socket({ fd }) or server.listenFD is an Error, never a
// crash; so is a descriptor that is no listening socket (listenFD is
// 0.4's; node 20 has neither form).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var net = require('net');

var fd = fs.openSync(__filename, 'r');
assert.throws(function() { new net.Socket({ fd: fd }); }, function(e) { return e.code === 'EPERM'; });
assert.throws(function() { new net.Socket({ fd: -1 }); }, function(e) { return e.code === 'EBADF'; });
assert.throws(function() { net.createServer().listenFD(fd); }, function(e) { return e.code === 'ENOTSOCK'; });
fs.closeSync(fd);

// A connected socket's descriptor is not a listening one.
var server = net.createServer(function(socket) { socket.end(); });
server.listen(common.PORT, '127.0.0.1', function() {
  var client = net.createConnection(common.PORT, '127.0.0.1', function() {
    assert.throws(function() { net.createServer().listenFD(client.fd || 0); });
    client.destroy();
    server.close();
  });
});
