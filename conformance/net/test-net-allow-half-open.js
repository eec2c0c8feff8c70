// allowHalfOpen: true (createServer option and new net.Socket option): after the peer's FIN ('end') the socket stays writable until end() is called.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function(socket) {
  var got = '';
  socket.setEncoding('utf8');
  socket.on('data', function(d) { got += d; });
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(got, 'request');
    assert.strictEqual(socket.writable, true);
    // Keep writing for a while after the client's FIN.
    var n = 0;
    var timer = setInterval(function() {
      assert.strictEqual(socket.writable, true);
      socket.write('reply ' + n + ';');
      if (++n === 3) {
        clearInterval(timer);
        socket.end('done');
      }
    }, 20);
  }));
  socket.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var got = '';
  c.setEncoding('utf8');
  c.on('connect', function() {
    c.end('request');
  });
  c.on('data', function(d) { got += d; });
  c.on('end', common.mustCall(function() {
    assert.strictEqual(got, 'reply 0;reply 1;reply 2;done');
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
}));

// The client side too: new net.Socket({ allowHalfOpen: true }) keeps
// writing after the server ends first.
var server2 = net.createServer(common.mustCall(function(socket) {
  var got = '';
  socket.setEncoding('utf8');
  socket.on('data', function(d) { got += d; });
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(got, 'late 1;late 2');
  }));
  socket.on('close', common.mustCall(function() { server2.close(); }));
  // allowHalfOpen defaults to false here: our end() goes first, and the
  // client's FIN after it closes the socket.
  socket.end('first');
}));
server2.listen(common.PORT + 1, '127.0.0.1', common.mustCall(function() {
  var c = new net.Socket({ allowHalfOpen: true });
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function(d) { got += d; });
  c.on('end', common.mustCall(function() {
    assert.strictEqual(got, 'first');
    assert.strictEqual(c.writable, true);
    setTimeout(function() {
      c.write('late 1;');
      setTimeout(function() { c.end('late 2'); }, 20);
    }, 20);
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
  c.connect(common.PORT + 1, '127.0.0.1');
}));
