// server.maxConnections: connections past the limit are closed at once with
// no data; those under it are served; once they close, room again.
// (The count itself, 0.4's `server.connections`, is checked in
// test-net-server-v04-connections.js: node 20 removed it.)
var common = require('../common');
var assert = require('assert');
var net = require('net');

var LIMIT = 5, BURST = 2 * LIMIT;
var served = 0, refused = 0, finished = 0;
var open = [];

var server = net.createServer(function(socket) {
  served++;
  open.push(socket);
  socket.write('hello');
});
server.maxConnections = LIMIT;

server.listen(common.PORT, '127.0.0.1', function() {
  for (var i = 0; i < BURST; i++) connect();
});

function connect() {
  var data = '';
  var client = net.createConnection(common.PORT, '127.0.0.1');
  client.setEncoding('utf8');
  client.on('data', function(d) { data += d; });
  client.on('error', function() {});   // a refused one may be reset
  client.on('close', function() {
    if (data === '') refused++;
    if (++finished === BURST - LIMIT && served === LIMIT) closeServed();
  });
  client.on('data', function() {
    if (data === 'hello' && served === LIMIT && refused === BURST - LIMIT) closeServed();
  });
}

var closing = false;
function closeServed() {
  if (closing || served !== LIMIT || refused !== BURST - LIMIT) return;
  closing = true;
  var left = open.length;
  open.forEach(function(socket) {
    socket.on('close', function() {
      if (--left === 0) {
        // Room again: a new connection is served.
        net.createConnection(common.PORT, '127.0.0.1').on('data', function(d) {
          assert.strictEqual(String(d), 'hello');
          this.destroy();
          server.close();
        });
      }
    });
    socket.destroy();
  });
}

process.on('exit', function() {
  assert.strictEqual(served, LIMIT + 1);
  assert.strictEqual(refused, BURST - LIMIT);
});
