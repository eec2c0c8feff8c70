// rnode-only: 0.4's `server.connections` count (node 20 removed it) and
// close() on a server that never listened throwing 'Not running' (node 20
// is quiet there).
var common = require('../common');
var assert = require('assert');
var net = require('net');

assert.throws(function() { net.createServer().close(); }, /^Error: Not running$/);

var LIMIT = 3, CLIENTS = 2 * LIMIT;
var open = 0, served = 0, ended = 0;
var server = net.createServer(function(socket) {
  open++;
  served++;
  // The count is the connections open now, never past the limit.
  assert.strictEqual(server.connections, open);
  assert.ok(server.connections <= LIMIT);
  socket.on('close', function() {
    open--;
    assert.strictEqual(server.connections, open);
  });
  socket.end('hi');
});
server.maxConnections = LIMIT;
server.listen(common.PORT, '127.0.0.1', function() {
  for (var i = 0; i < CLIENTS; i++) {
    var client = net.createConnection(common.PORT, '127.0.0.1');
    client.on('error', function() {});
    client.on('close', function() {
      if (++ended === CLIENTS) server.close();
    });
  }
});
process.on('exit', function() {
  assert.ok(served >= LIMIT);
  assert.strictEqual(server.connections, 0);
});
