// A malformed request: with no 'clientError' listener the client gets
// 400 (431 for an oversized head) with Connection: close; a listener gets
// (err, socket) and may answer itself; maxHeaderSize bounds the head; an
// unknown Expect is refused with 417. The server keeps serving.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

function raw(port, text, cb) {
  var c = net.createConnection(port, '127.0.0.1'), got = '';
  c.setEncoding('utf8');
  c.on('connect', function() { c.write(text); });
  c.on('data', function(d) { got += d; });
  c.on('end', function() { c.destroy(); });
  c.on('close', function() { cb(got); });
  c.on('error', function() {});
}

var plain = http.createServer({ maxHeaderSize: 1024 }, function(req, res) { res.end('ok'); });
var custom = http.createServer(function(req, res) { res.end('ok'); });
var seen = [];
custom.on('clientError', function(err, socket) {
  seen.push(err.message.length > 0);
  assert.ok(socket && typeof socket.write === 'function');
  socket.end('HTTP/1.1 400 Bad Request\r\nX-Custom: yes\r\nConnection: close\r\n\r\n');
});

var steps = [
  function(next) {
    raw(common.PORT, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n', function(got) {
      assert.ok(/^HTTP\/1\.1 400 /.test(got), got);
      assert.ok(/connection: close/i.test(got), got);
      next();
    });
  },
  function(next) {
    var big = 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + new Array(2048).join('a') + '\r\n\r\n';
    raw(common.PORT, big, function(got) {
      assert.ok(/^HTTP\/1\.1 431 /.test(got), got);
      next();
    });
  },
  function(next) {
    raw(common.PORT, 'POST / HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\nContent-Length: 0\r\n\r\n', function(got) {
      assert.ok(/^HTTP\/1\.1 417 /.test(got), got);
      next();
    });
  },
  function(next) {
    raw(custom.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n', function(got) {
      assert.ok(/X-Custom: yes/.test(got), got);
      assert.deepEqual(seen, [true]);
      next();
    });
  },
  function(next) {
    // Both still serve.
    http.get({ port: common.PORT, host: '127.0.0.1', path: '/' }, function(res) {
      assert.equal(res.statusCode, 200);
      http.get({ port: custom.address().port, host: '127.0.0.1', path: '/' }, function(res) {
        assert.equal(res.statusCode, 200);
        res.on('data', function() {});
        res.on('end', next);
      });
    });
  }
];

var done = 0;
plain.listen(common.PORT, '127.0.0.1', function() {
  custom.listen(0, '127.0.0.1', function() {
    (function run() {
      var step = steps.shift();
      if (!step) {
        plain.close();
        custom.close();
        return;
      }
      step(function() { done++; run(); });
    })();
  });
});

process.on('exit', function() { assert.equal(done, 5); });
