// Server 'upgrade' (request, socket, head): head is a Buffer with the bytes that followed the request head; the socket then carries the new protocol. With no 'upgrade' listener 0.4 closes such connections.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var UPGRADE = 'GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
              'Connection: Upgrade\r\nUpgrade: echo\r\n\r\n';

var server = http.createServer(function(req, res) {
  assert.fail('request must not be emitted for an upgrade');
});
server.on('upgrade', common.mustCall(function(req, socket, head) {
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/chat');
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(req.headers.connection, 'Upgrade');
  assert.ok(socket instanceof net.Socket);
  assert.ok(Buffer.isBuffer(head));
  assert.strictEqual(head.toString(), 'first');
  socket.write('HTTP/1.1 101 Switching Protocols\r\n' +
               'Upgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.write('[' + head.toString() + ']');
  // The socket is ours now: nothing parses what follows as HTTP.
  socket.on('data', function(d) {
    var s = d.toString();
    socket.write('[' + s + ']');
    if (s.indexOf('bye') !== -1) socket.end();
  });
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var text = '';
  var sent = false;
  c.setEncoding('utf8');
  c.on('connect', function() {
    // Head and the first bytes of the new protocol in one write.
    c.write(UPGRADE + 'first');
  });
  c.on('data', function(d) {
    text += d;
    if (!sent && text.indexOf('[first]') !== -1) {
      sent = true;
      c.write('NOT HTTP AT ALL bye');
    }
  });
  c.on('end', common.mustCall(function() {
    var head = text.slice(0, text.indexOf('\r\n\r\n') + 4);
    assert.ok(/^HTTP\/1\.1 101 /.test(head), head);
    assert.strictEqual(text.slice(head.length), '[first][NOT HTTP AT ALL bye]');
    c.end();
    server.close();
    noListener();
  }));
}));

// No 'upgrade' listener.
function noListener() {
  var requests = 0;
  var plain = http.createServer(function(req, res) {
    requests++;
    res.writeHead(200, { 'Content-Length': 6, 'Connection': 'close' });
    res.end('normal');
  });
  plain.listen(common.PORT + 1, '127.0.0.1', function() {
    var c = net.createConnection(common.PORT + 1, '127.0.0.1');
    var text = '';
    c.setEncoding('utf8');
    c.on('connect', function() { c.write(UPGRADE); });
    c.on('data', function(d) { text += d; });
    c.on('error', function() {});
    c.on('close', common.mustCall(function() {
      if (common.isRnode) {
        // Node 0.4: the connection is closed without an answer.
        assert.strictEqual(text, '');
        assert.strictEqual(requests, 0);
      } else {
        // Node >= 10 handles it as an ordinary request.
        assert.ok(/normal$/.test(text));
      }
      plain.close();
    }));
  });
}
