// The manual's upgrade client/server pair: a 101 response to a request with 'Connection: Upgrade' emits 'upgrade' (response, socket, head) — on the agent from http.getAgent in 0.4, on the request in modern Node — and the socket then echoes.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

// Create an HTTP server
var srv = http.createServer(function (req, res) {
  res.writeHead(200, {'Content-Type': 'text/plain'});
  res.end('okay');
});
srv.on('upgrade', common.mustCall(function(req, socket, upgradeHead) {
  socket.write('HTTP/1.1 101 Web Socket Protocol Handshake\r\n' +
               'Upgrade: WebSocket\r\n' +
               'Connection: Upgrade\r\n' +
               '\r\n\r\n');
  socket.on('data', function(data) {
    socket.write(data.toString('utf8'), 'utf8'); // echo back
  });
  socket.on('end', function() { socket.end(); });
}));

// now that server is running
srv.listen(common.PORT, '127.0.0.1', function() {
  var options = {
    port: common.PORT,
    host: '127.0.0.1',
    headers: {
      'Connection': 'Upgrade',
      'Upgrade': 'websocket'
    }
  };
  var agent;
  if (common.isRnode) {
    // make a request through the agent for 127.0.0.1:PORT
    agent = http.getAgent('127.0.0.1', common.PORT);
    assert.strictEqual(http.getAgent('127.0.0.1', common.PORT), agent);
    options.agent = agent;
  }

  var req = http.request(options);
  req.end();

  var onUpgrade = common.mustCall(function(res, socket, upgradeHead) {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'WebSocket');
    assert.ok(socket instanceof net.Socket);
    assert.ok(Buffer.isBuffer(upgradeHead));
    // The server wrote an extra CRLF after the head: the first bytes of
    // the upgraded stream (they may come in a later packet instead).
    var got = upgradeHead.toString();
    socket.setEncoding('utf8');
    socket.on('data', function(d) {
      got += d;
      if (got === '\r\nping') socket.end();
    });
    socket.on('close', common.mustCall(function() {
      assert.strictEqual(got, '\r\nping');
      srv.close();
    }));
    socket.write('ping');
  });
  if (common.isRnode) agent.on('upgrade', onUpgrade);
  else req.on('upgrade', onUpgrade);
  req.on('response', function() { assert.fail('no response for a 101'); });
});
