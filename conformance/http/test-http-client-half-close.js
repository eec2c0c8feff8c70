// Regression: a client that ends its side of the connection before the
// answer. By default (httpAllowHalfOpen false, as 0.4) the request is
// aborted and the server ends the connection unanswered; with
// httpAllowHalfOpen true the complete request still gets its answer.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var aborted = 0, closed = 0, halfOpenAnswer = '';

function request(port, cb) {
  var c = net.createConnection(port, '127.0.0.1');
  var got = '';
  c.setEncoding('utf8');
  c.on('connect', function() {
    c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    c.end();
  });
  c.on('data', function(d) { got += d; });
  c.on('end', function() { cb(got); });
}

var server = http.createServer(function(req, res) {
  assert.strictEqual(server.httpAllowHalfOpen, false);
  req.on('aborted', function() { aborted++; });
  req.on('close', function(err) {
    closed++;
    if (err) assert.strictEqual(err.code, 'aborted');
  });
});

server.listen(common.PORT, '127.0.0.1', function() {
  request(common.PORT, function(got) {
    assert.strictEqual(got, '');
    server.close();
    halfOpen();
  });
});

function halfOpen() {
  var s = http.createServer(function(req, res) {
    setTimeout(function() { res.end('late but answered'); }, 20);
  });
  s.httpAllowHalfOpen = true;
  s.listen(common.PORT + 1, '127.0.0.1', function() {
    request(common.PORT + 1, function(got) {
      halfOpenAnswer = got;
      s.close();
    });
  });
}

process.on('exit', function() {
  assert.strictEqual(aborted, 1);
  assert.strictEqual(closed, 1);
  assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(halfOpenAnswer));
  assert.ok(/late but answered/.test(halfOpenAnswer));
});
