// rnode-only
// Regression: a 0.4 http.createClient() client is one connection: it emits
// 'connect' once, its requests reach the server in the order they were
// made on that one socket, and client.end() closes the kept-alive socket
// (the server sees it close, so the process can exit).
var common = require('../common');
var assert = require('assert');
var http = require('http');

var order = [], sockets = [], connects = 0, serverSocketClosed = false;

var server = http.createServer(function(req, res) {
  order.push(req.method + ' ' + req.url);
  if (sockets.indexOf(req.connection) === -1) {
    sockets.push(req.connection);
    req.connection.on('close', function() { serverSocketClosed = true; });
  }
  req.on('end', function() {
    res.writeHead(200, { 'Content-Length': 2 });
    res.end('ok');
  });
});

server.listen(common.PORT, '127.0.0.1', function() {
  var client = http.createClient(common.PORT, '127.0.0.1');
  client.on('connect', function() { connects++; });
  var headers = { 'Connection': 'keep-alive' };
  var done = 0;
  function answered(res) {
    assert.strictEqual(res.statusCode, 200);
    res.on('end', function() {
      if (++done < 2) return;
      client.end();
      server.close();
    });
  }
  client.request('GET', '/first', headers).on('response', answered).end();
  var post = client.request('POST', '/second', { 'Connection': 'keep-alive', 'Content-Length': 4 });
  post.on('response', answered);
  post.end('body');
});

process.on('exit', function() {
  assert.deepEqual(order, ['GET /first', 'POST /second']);
  assert.strictEqual(sockets.length, 1);
  assert.strictEqual(connects, 1);
  assert.ok(serverSocketClosed);
});
