// A client that goes away in the middle of a large response does not take
// the server down: the write error stays on that connection, and the server
// answers the next client.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var big = new Buffer(8 * 1024 * 1024);
big.fill(120);
var served = 0;
var server = http.createServer(function(req, res) {
  served++;
  if (req.url === '/big') {
    res.writeHead(200, { 'Content-Length': big.length });
    res.end(big);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Connection': 'close' });
    res.end('still here');
  }
});
server.on('clientError', function() {});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1', function() {
    c.write('GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  });
  c.on('error', function() {});
  c.once('data', common.mustCall(function() {
    c.destroy();
    setTimeout(function() {
      http.get({ host: '127.0.0.1', port: common.PORT, path: '/next' }, common.mustCall(function(res) {
        var body = '';
        res.setEncoding('utf8');
        res.on('data', function(d) { body += d; });
        res.on('end', common.mustCall(function() {
          assert.strictEqual(body, 'still here');
          server.close();
        }));
      }));
    }, 50);
  }));
}));

process.on('exit', function() {
  assert.strictEqual(served, 2);
});
