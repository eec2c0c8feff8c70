// A client that sends its request head slowly (slowloris) is answered 408
// and disconnected after server.headersTimeout; a normal request on
// another connection is served meanwhile.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

// (Later node checks connections every connectionsCheckingInterval ms;
// rnode every half headersTimeout.)
var server = http.createServer({ connectionsCheckingInterval: 50 }, function(req, res) { res.end('ok'); });
server.headersTimeout = 300;

server.listen(common.PORT, '127.0.0.1', function() {
  var slow = net.createConnection(common.PORT, '127.0.0.1'), got = '', drip;
  var start = Date.now();
  slow.setEncoding('utf8');
  slow.on('connect', function() {
    slow.write('GET / HTTP/1.1\r\nHost: x\r\n');
    drip = setInterval(function() { if (slow.writable) slow.write('X-A: b\r\n'); }, 50);
    http.get({ port: common.PORT, host: '127.0.0.1', path: '/' }, function(res) {
      assert.equal(res.statusCode, 200);
      res.on('data', function() {});
    });
  });
  slow.on('data', function(d) { got += d; });
  slow.on('error', function() {});
  slow.on('close', common.mustCall(function() {
    clearInterval(drip);
    assert.ok(/^HTTP\/1\.1 408 /.test(got), JSON.stringify(got));
    var took = Date.now() - start;
    assert.ok(took >= 250 && took < 10000, 'closed after ' + took + ' ms');
    server.close();
  }));
});
