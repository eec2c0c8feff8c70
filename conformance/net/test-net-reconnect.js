// A client socket may connect again after it closed: the same Socket
// object opens a new connection and emits 'connect' again.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var accepted = 0;
var connects = 0;
var server = net.createServer(function(socket) {
  accepted++;
  socket.end('hello ' + accepted);
});

server.listen(common.PORT, '127.0.0.1', function() {
  var client = net.createConnection(common.PORT, '127.0.0.1');
  var received = [];
  client.setEncoding('utf8');
  client.on('connect', function() { connects++; });
  client.on('data', function(d) { received.push(d); });
  client.on('close', function() {
    if (connects < 2) {
      client.connect(common.PORT, '127.0.0.1');
    } else {
      assert.deepEqual(received, ['hello 1', 'hello 2']);
      server.close();
    }
  });
});

process.on('exit', function() {
  assert.strictEqual(accepted, 2);
  assert.strictEqual(connects, 2);
});
