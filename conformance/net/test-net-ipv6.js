// IPv6 loopback: listen(port, '::1'), connect to '::1', address()/remoteAddress/remotePort in IPv6 form (skipped when ::1 is unavailable).
var common = require('../common');
var assert = require('assert');
var net = require('net');

var skipped = false;
var listened = false;
process.on('exit', function() {
  assert.ok(skipped || listened, 'neither listening nor an error');
});
var connections = 0;
var server = net.createServer(function(socket) {
  connections++;
  assert.strictEqual(socket.remoteAddress, '::1');
  assert.strictEqual(net.isIPv6(socket.remoteAddress), true);
  assert.strictEqual(socket.address().address, '::1');
  assert.strictEqual(socket.address().port, common.PORT);
  socket.setEncoding('utf8');
  socket.on('data', function(d) { socket.end('v6 ' + d); });
});

server.on('error', function(e) {
  // No IPv6 on this host: nothing to test.
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'EAFNOSUPPORT' || e.code === 'EINVAL') {
    console.error('skipped: cannot listen on ::1 (' + e.code + ')');
    skipped = true;
    return;
  }
  throw e;
});

server.listen(common.PORT, '::1', function() {
  assert.strictEqual(skipped, false);
  listened = true;
  var addr = server.address();
  assert.strictEqual(addr.address, '::1');
  assert.strictEqual(addr.port, common.PORT);

  var c = net.createConnection(common.PORT, '::1');
  c.setEncoding('utf8');
  var got = '';
  var closed = false;
  process.on('exit', function() {
    assert.strictEqual(connections, 1);
    assert.strictEqual(closed, true);
  });
  c.on('connect', common.mustCall(function() {
    assert.strictEqual(c.remoteAddress, '::1');
    assert.strictEqual(c.remotePort, common.PORT);
    assert.strictEqual(c.address().address, '::1');
    c.write('hello');
  }));
  c.on('data', function(d) { got += d; });
  c.on('close', common.mustCall(function(hadError) {
    closed = true;
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'v6 hello');
    server.close();
  }));
});
