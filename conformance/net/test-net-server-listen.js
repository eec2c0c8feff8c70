// server.listen(port, [host], [callback]) with an IP and with the host name 'localhost': 'listening' event, callback, address(), and a client gets through.
var common = require('../common');
var assert = require('assert');
var net = require('net');

// listen(port, '127.0.0.1', cb): the callback is a 'listening' listener.
(function() {
  var server = net.createServer(common.mustCall(function(socket) {
    assert.ok(socket instanceof net.Socket);
    socket.end('ip');
  }));
  assert.ok(server instanceof net.Server);
  var events = [];
  server.on('listening', common.mustCall(function() { events.push('event'); }));
  server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
    events.push('callback');
    assert.strictEqual(this, server);
    var addr = server.address();
    assert.strictEqual(addr.address, '127.0.0.1');
    assert.strictEqual(addr.port, common.PORT);
    var got = '';
    var c = net.createConnection(common.PORT, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', function(d) { got += d; });
    c.on('close', common.mustCall(function() {
      assert.strictEqual(got, 'ip');
      server.close();
    }));
  }));
  server.on('close', common.mustCall(function() {
    // Both listeners ran, in the order they were added.
    assert.deepEqual(events, ['event', 'callback']);
  }));
})();

// listen(port, 'localhost', cb): host names are resolved.
(function() {
  var server = net.createServer(common.mustCall(function(socket) {
    socket.end('name');
  }));
  server.listen(common.PORT + 1, 'localhost', common.mustCall(function() {
    var addr = server.address();
    assert.strictEqual(addr.port, common.PORT + 1);
    assert.ok(addr.address === '127.0.0.1' || addr.address === '::1', addr.address);
    var got = '';
    var c = net.createConnection(common.PORT + 1, 'localhost');
    c.setEncoding('utf8');
    c.on('data', function(d) { got += d; });
    c.on('close', common.mustCall(function() {
      assert.strictEqual(got, 'name');
      server.close();
    }));
  }));
})();

// listen(port) with no host accepts connections to the IPv4 loopback too.
(function() {
  var server = net.createServer(common.mustCall(function(socket) {
    socket.end('any');
  }));
  server.listen(common.PORT + 2, common.mustCall(function() {
    var addr = server.address();
    assert.strictEqual(addr.port, common.PORT + 2);
    if (common.isRnode) {
      // INADDR_ANY, as the manual says.
      assert.strictEqual(addr.address, '0.0.0.0');
    } else {
      assert.ok(addr.address === '0.0.0.0' || addr.address === '::', addr.address);
    }
    var got = '';
    var c = net.createConnection(common.PORT + 2, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', function(d) { got += d; });
    c.on('close', common.mustCall(function() {
      assert.strictEqual(got, 'any');
      server.close();
    }));
  }));
})();
