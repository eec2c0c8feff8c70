// Client and server in one process play 100 rounds of line-based ping-pong; each side sees every message exactly once and in order.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var ROUNDS = 100;

// Calls onLine for each complete '\n'-terminated line, however TCP splits them.
function lines(socket, onLine) {
  var buffered = '';
  socket.setEncoding('utf8');
  socket.on('data', function(d) {
    buffered += d;
    var i;
    while ((i = buffered.indexOf('\n')) !== -1) {
      var line = buffered.slice(0, i);
      buffered = buffered.slice(i + 1);
      onLine(line);
    }
  });
}

var serverPings = 0;
var server = net.createServer(common.mustCall(function(socket) {
  socket.setNoDelay();
  lines(socket, function(line) {
    assert.strictEqual(line, 'PING ' + serverPings);
    socket.write('PONG ' + serverPings + '\n');
    serverPings++;
  });
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(serverPings, ROUNDS);
  }));
  socket.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var pongs = 0;
  c.setNoDelay(true);
  c.on('connect', common.mustCall(function() {
    c.write('PING 0\n');
  }));
  lines(c, function(line) {
    assert.strictEqual(line, 'PONG ' + pongs);
    pongs++;
    // The server has answered exactly as many pings as we got pongs.
    assert.strictEqual(serverPings, pongs);
    if (pongs < ROUNDS) {
      c.write('PING ' + pongs + '\n');
    } else {
      c.end();
    }
  });
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(pongs, ROUNDS);
  }));
}));

process.on('exit', function() {
  assert.strictEqual(serverPings, ROUNDS);
});
