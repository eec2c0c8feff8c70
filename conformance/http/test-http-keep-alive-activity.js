// A kept-alive connection busy with requests is active: its idle timeout
// (socket.setTimeout) does not fire while requests keep coming, and fires
// once they stop. socket.bytesRead counts every request byte received.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var REQUEST = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
var COUNT = 6;
var sent = 0;
var answered = 0;
var timeouts = 0;
var serverSocket;

var server = http.createServer(function(req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 2 });
  res.end('ok');
});

server.on('connection', function(socket) {
  serverSocket = socket;
  socket.setTimeout(300);
  socket.on('timeout', function() {
    timeouts++;
    // Only after the last request.
    assert.strictEqual(answered, COUNT);
    assert.strictEqual(socket.bytesRead, COUNT * REQUEST.length);
    socket.destroy();
    client.destroy();
    server.close();
  });
});

var client;
server.listen(common.PORT, '127.0.0.1', function() {
  client = net.createConnection(common.PORT, '127.0.0.1');
  client.setEncoding('utf8');
  client.on('data', function(d) {
    answered += d.split('HTTP/1.1 200').length - 1;
  });
  client.on('error', function() {});
  client.on('connect', function next() {
    client.write(REQUEST);
    if (++sent < COUNT) setTimeout(next, 150);
  });
});

process.on('exit', function() {
  assert.strictEqual(answered, COUNT);
  assert.strictEqual(timeouts, 1);
});
