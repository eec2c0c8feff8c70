// listen(callback) and listen(0, host) get an OS-assigned port that server.address() reports (the manual's server.address() example).
var common = require('../common');
var assert = require('assert');
var net = require('net');

// The manual's example: socket.end("goodbye\n") on a random port.
(function() {
  var server = net.createServer(common.mustCall(function(socket) {
    socket.end('goodbye\n');
  }));
  // grab a random port.
  server.listen(common.mustCall(function() {
    var address = server.address();
    assert.strictEqual(typeof address, 'object');
    assert.strictEqual(typeof address.port, 'number');
    assert.ok(address.port > 0 && address.port < 65536, 'port ' + address.port);
    assert.strictEqual(typeof address.address, 'string');
    if (common.isRnode) {
      assert.strictEqual(address.address, '0.0.0.0');
      // "an object with two properties" (node 20 adds family).
      assert.deepEqual(Object.keys(address).sort(), ['address', 'port']);
    }
    // JSON like the manual's "opened server on %j".
    var json = JSON.parse(JSON.stringify(address));
    assert.strictEqual(json.port, address.port);
    var got = '';
    var c = net.createConnection(address.port, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', function(d) { got += d; });
    c.on('end', common.mustCall(function() {
      assert.strictEqual(got, 'goodbye\n');
    }));
    c.on('close', common.mustCall(function() {
      server.close();
    }));
  }));
})();

// listen(0, '127.0.0.1', cb): port 0 also asks the OS for a port.
(function() {
  var server = net.createServer(common.mustCall(function(socket) {
    assert.strictEqual(socket.address().port, server.address().port);
    assert.strictEqual(socket.address().address, '127.0.0.1');
    if (common.isRnode) {
      assert.deepEqual(Object.keys(socket.address()).sort(), ['address', 'port']);
    }
    socket.end();
  }));
  server.listen(0, '127.0.0.1', common.mustCall(function() {
    var address = server.address();
    assert.strictEqual(address.address, '127.0.0.1');
    assert.ok(address.port > 0 && address.port < 65536);
    var c = net.createConnection(address.port, '127.0.0.1');
    c.on('connect', common.mustCall(function() {
      assert.strictEqual(c.remotePort, address.port);
    }));
    c.on('close', common.mustCall(function() { server.close(); }));
  }));
})();

// Two servers on port 0 get different ports.
(function() {
  var a = net.createServer(), b = net.createServer();
  a.listen(0, '127.0.0.1', common.mustCall(function() {
    b.listen(0, '127.0.0.1', common.mustCall(function() {
      assert.notStrictEqual(a.address().port, b.address().port);
      a.close();
      b.close();
    }));
  }));
})();
