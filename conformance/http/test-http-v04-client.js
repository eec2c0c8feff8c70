// rnode-only
// Node 0.4's client conveniences modern Node dropped: http.cat(url,
// [encoding], [headers], cb) calls back (null, body), or the bare status
// code outside 2xx; an http.createClient() client hears 'upgrade'; a
// kept-alive socket reused for many requests does not pile up listeners.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function(req, res) {
  if (req.url === '/missing') {
    res.writeHead(404, { 'Content-Length': 0 });
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 5 });
  res.end('hello');
});
server.on('upgrade', function(req, socket, head) {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: nurtzo\r\nConnection: Upgrade\r\n\r\nnurtzo');
  socket.end();
});

var base = 'http://127.0.0.1:' + common.PORT;
server.listen(common.PORT, '127.0.0.1', function() {
  http.cat(base + '/', common.mustCall(function(err, body) {
    assert.strictEqual(err, null);
    assert.strictEqual(body, 'hello');
    http.cat(base + '/missing', 'utf8', common.mustCall(function(status) {
      assert.strictEqual(status, 404);
      upgrade();
    }));
  }));
});

function upgrade() {
  var client = http.createClient(common.PORT, '127.0.0.1');
  client.on('upgrade', common.mustCall(function(res, socket, head) {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(head.toString(), 'nurtzo');
    socket.destroy();
    keepAlive(0, null);
  }));
  client.request('GET', '/', { 'Connection': 'Upgrade', 'Upgrade': 'nurtzo' }).end();
}

// Fifteen requests over one kept-alive socket.
function keepAlive(n, socket) {
  if (n === 15) {
    assert.ok(socket.listeners('close').length <= 3);
    socket.destroy();
    return server.close();
  }
  var req = http.request({ host: '127.0.0.1', port: common.PORT, path: '/',
                           headers: { 'Connection': 'keep-alive' } }, function(res) {
    res.on('data', function() {});
    res.on('end', function() {
      assert.ok(!socket || req.socket === socket);
      process.nextTick(function() { keepAlive(n + 1, req.socket); });
    });
  });
  req.end();
}
