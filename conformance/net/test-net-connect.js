// Clients: new net.Socket() + connect(port, [host], [cb]) and net.createConnection(port, [host]); 'connect' event; address(), remoteAddress, remotePort on both ends.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var serverSockets = 0;
var server = net.createServer(function(socket) {
  serverSockets++;
  assert.ok(socket instanceof net.Socket);
  // The server side knows its peer.
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(typeof socket.remotePort, 'number');
  var local = socket.address();
  assert.strictEqual(local.address, '127.0.0.1');
  assert.strictEqual(local.port, common.PORT);
  socket.setEncoding('utf8');
  socket.on('data', function(d) {
    // Reply with the port the client reported and the one we see.
    socket.end(d + ' ' + socket.remotePort);
  });
});

function check(c, done) {
  c.setEncoding('utf8');
  var got = '';
  c.on('data', function(d) { got += d; });
  c.on('end', common.mustCall(function() {
    var parts = got.split(' ');
    assert.strictEqual(parts[0], parts[1], 'client port as both ends see it');
  }));
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    done();
  }));
}

function onConnect(c) {
  var addr = c.address();
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(typeof addr.port, 'number');
  assert.ok(addr.port > 0 && addr.port !== common.PORT);
  assert.strictEqual(c.remoteAddress, '127.0.0.1');
  assert.strictEqual(c.remotePort, common.PORT);
  c.write(String(addr.port));
}

var pending = 4;
function done() {
  if (--pending === 0) {
    assert.strictEqual(serverSockets, 4);
    server.close();
  }
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // new Socket() then connect(port, host, callback): the callback is a
  // 'connect' listener, called with the socket as `this`.
  var a = new net.Socket();
  assert.ok(a instanceof net.Socket);
  var order = [];
  a.on('connect', function() { order.push('event'); });
  a.connect(common.PORT, '127.0.0.1', common.mustCall(function() {
    order.push('callback');
    assert.strictEqual(this, a);
    assert.deepEqual(order, ['event', 'callback']);
    onConnect(a);
  }));
  check(a, done);

  // connect(port, host) and a 'connect' listener.
  var b = new net.Socket();
  b.connect(common.PORT, '127.0.0.1');
  b.on('connect', common.mustCall(function() { onConnect(b); }));
  check(b, done);

  // createConnection(port, host).
  var c = net.createConnection(common.PORT, '127.0.0.1');
  assert.ok(c instanceof net.Socket);
  c.on('connect', common.mustCall(function() { onConnect(c); }));
  check(c, done);

  // The host name form.
  var d = net.createConnection(common.PORT, 'localhost');
  d.on('connect', common.mustCall(function() { onConnect(d); }));
  check(d, done);
}));

// connect(port) with no host goes to localhost.
var anyServer = net.createServer(common.mustCall(function(socket) {
  socket.end('default host');
}, 2));
anyServer.listen(common.PORT + 1, common.mustCall(function() {
  var got = '';
  var e = new net.Socket();
  e.connect(common.PORT + 1, common.mustCall(function() {
    assert.strictEqual(e.remotePort, common.PORT + 1);
  }));
  e.setEncoding('utf8');
  e.on('data', function(d) { got += d; });
  var left = 2;
  e.on('close', common.mustCall(function() {
    assert.strictEqual(got, 'default host');
    if (--left === 0) anyServer.close();
  }));
  var got2 = '';
  var f = net.createConnection(common.PORT + 1);
  f.setEncoding('utf8');
  f.on('data', function(d) { got2 += d; });
  f.on('close', common.mustCall(function() {
    assert.strictEqual(got2, 'default host');
    if (--left === 0) anyServer.close();
  }));
}));
