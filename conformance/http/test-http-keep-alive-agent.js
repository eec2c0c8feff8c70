// Client keep-alive: a request sent with 'Connection: keep-alive' leaves its connection open and the next request to the same host:port reuses it (one 'connection' on the server); 'Connection: close' on the last one lets everything close.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var connections = 0;
var ports = [];
var server = http.createServer(function(req, res) {
  ports.push(req.connection.remotePort);
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': req.url.length });
  res.end(req.url);
});
server.on('connection', function() { connections++; });

function get(path, connection, cb) {
  http.get({ host: '127.0.0.1', port: common.PORT, path: path,
             headers: { 'Connection': connection } }, function(res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', function() {
      // Modern Node frees the socket for reuse on the next tick.
      setTimeout(function() { cb(res, body); }, 10);
    });
  });
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  get('/one', 'keep-alive', common.mustCall(function(res, body) {
    assert.strictEqual(body, '/one');
    assert.strictEqual(res.headers.connection, 'keep-alive');
    get('/two', 'keep-alive', common.mustCall(function(res, body) {
      assert.strictEqual(body, '/two');
      get('/three', 'close', common.mustCall(function(res, body) {
        assert.strictEqual(body, '/three');
        assert.strictEqual(res.headers.connection, 'close');
        assert.strictEqual(connections, 1);
        assert.strictEqual(ports.length, 3);
        assert.strictEqual(ports[0], ports[1]);
        assert.strictEqual(ports[1], ports[2]);
        server.close();
      }));
    }));
  }));
}));
