// ServerRequest 'close' when the connection ends before the response: the client hangs up mid-upload (0.4: err.code 'aborted') or the connection times out (0.4: err.code 'timeout'); no 'end' follows.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer(function(req, res) {
  req.on('end', function() { assert.fail('incomplete request must not end'); });
  if (req.url === '/hangup') {
    req.on('close', common.mustCall(function(err) {
      if (common.isRnode) assert.strictEqual(err.code, 'aborted');
      timeout();
    }));
  } else {
    var start = Date.now();
    req.connection.setTimeout(200);
    req.on('close', common.mustCall(function(err) {
      assert.ok(Date.now() - start >= 150);
      if (common.isRnode) assert.strictEqual(err.code, 'timeout');
      server.close();
    }));
  }
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('connect', function() {
    c.write('POST /hangup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\npartial');
    setTimeout(function() { c.destroy(); }, 100);
  });
}));

function timeout() {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.on('connect', function() {
    c.write('POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\npartial');
  });
  c.on('error', function() {});
  // The server closes the idle connection.
  c.on('close', common.mustCall());
}
