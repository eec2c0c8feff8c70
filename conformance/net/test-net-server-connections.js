// server.connections counts the open connections: up on 'connection', down when a server-side socket closes.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer();

// Node 0.4's server.connections is a plain number; modern Node replaced
// it with the asynchronous server.getConnections(cb).
function count(cb) {
  if (common.isRnode) {
    assert.strictEqual(typeof server.connections, 'number');
    cb(server.connections);
  } else {
    server.getConnections(function(err, n) {
      assert.ifError(err);
      cb(n);
    });
  }
}

if (common.isRnode) assert.strictEqual(server.connections, 0);

var N = 3;
var serverSockets = [];
var clients = [];

server.on('connection', function(socket) {
  serverSockets.push(socket);
  var n = serverSockets.length;
  count(function(c) {
    assert.strictEqual(c, n);
    if (n === N) closeOne();
  });
});

function closeOne() {
  // The server side of the first connection closes after its client ends.
  serverSockets[0].on('close', common.mustCall(function() {
    count(function(c) {
      assert.strictEqual(c, N - 1);
      // Now end the rest.
      var left = N - 1;
      for (var i = 1; i < N; i++) {
        serverSockets[i].on('close', function() {
          if (--left > 0) return;
          count(function(c) {
            assert.strictEqual(c, 0);
            server.close();
          });
        });
        clients[i].end();
      }
    });
  }));
  clients[0].end();
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  count(function(c) { assert.strictEqual(c, 0); });
  for (var i = 0; i < N; i++) {
    clients.push(net.createConnection(common.PORT, '127.0.0.1'));
  }
}));

server.on('close', common.mustCall(function() {}));
