// rnode-only: node 20 answers all 2,000 into memory (it does not push back here)
// A client that pipelines many requests and reads none of the responses
// makes the server stop reading (a bounded number of responses and bytes
// wait), not queue them without bound; once the client reads, every
// request is answered, in order.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var N = 2000, handled = 0;
var server = http.createServer(function(req, res) {
  assert.equal(req.url, '/' + handled);
  handled++;
  res.end(new Buffer(16 * 1024));
});

server.listen(common.PORT, '127.0.0.1', function() {
  var c = net.createConnection(common.PORT, '127.0.0.1'), many = '';
  for (var i = 0; i < N; i++) many += 'GET /' + i + ' HTTP/1.1\r\nHost: x\r\n\r\n';
  c.on('connect', function() { c.write(many); c.pause(); });
  setTimeout(function() {
    assert.ok(handled > 0 && handled < N / 2, 'answered ' + handled + ' while the client read nothing');
    var bytes = 0;
    c.on('data', function(d) {
      bytes += d.length;
      if (handled === N && bytes >= N * 16 * 1024) { c.destroy(); server.close(); }
    });
    c.resume();
  }, 500);
});

process.on('exit', function() { assert.equal(handled, N); });
