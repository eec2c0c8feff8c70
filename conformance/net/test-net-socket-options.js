// socket.setNoDelay([noDelay]) and socket.setKeepAlive([enable], [initialDelay]) accept every documented form on TCP sockets (both ends) and data still flows.
var common = require('../common');
var assert = require('assert');
var net = require('net');

function exercise(socket) {
  socket.setNoDelay();
  socket.setNoDelay(true);
  socket.setNoDelay(false);
  socket.setNoDelay(true);
  socket.setKeepAlive(true);
  socket.setKeepAlive(true, 1000);
  socket.setKeepAlive(true, 0);      // 0 leaves the delay unchanged
  socket.setKeepAlive(false);
  socket.setKeepAlive();
  socket.setKeepAlive(true, 60000);
}

var server = net.createServer(common.mustCall(function(socket) {
  exercise(socket);
  socket.setEncoding('utf8');
  var got = '';
  socket.on('data', function(d) {
    got += d;
    if (got === 'a;b;c;') socket.end('ok');
  });
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  // Before the connection is up they are accepted too.
  c.setNoDelay(true);
  c.setKeepAlive(true, 5000);
  c.on('connect', common.mustCall(function() {
    exercise(c);
    // With Nagle off, small writes go out one by one (the peer sees them
    // all whichever way they are grouped).
    c.write('a;');
    c.write('b;');
    c.write('c;');
  }));
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function(d) { got += d; });
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'ok');
    server.close();
  }));
}));
