// A second server on a port in use gets an 'error' with code EADDRINUSE; the manual's retry (listen again later) then works.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var first = net.createServer();
var second = net.createServer(common.mustCall(function(socket) {
  socket.end('second');
}));

first.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  second.listen(common.PORT, '127.0.0.1');
}));

var tries = 0;
second.on('error', common.mustCall(function(e) {
  tries++;
  assert.ok(e instanceof Error);
  assert.strictEqual(e.code, 'EADDRINUSE');
  if (common.isRnode) {
    // Node 0.4: positive errno, "CODE, strerror" message, failing in bind.
    assert.strictEqual(e.errno, 98);
    assert.strictEqual(e.message, 'EADDRINUSE, Address already in use');
    assert.strictEqual(e.syscall, 'bind');
  } else {
    assert.strictEqual(typeof e.syscall, 'string');
  }
  // Free the port, then retry as the manual suggests.
  first.on('close', common.mustCall(function() {
    setTimeout(function() {
      second.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
        assert.strictEqual(second.address().port, common.PORT);
        var got = '';
        var c = net.createConnection(common.PORT, '127.0.0.1');
        c.setEncoding('utf8');
        c.on('data', function(d) { got += d; });
        c.on('close', common.mustCall(function() {
          assert.strictEqual(got, 'second');
          second.close();
        }));
      }));
    }, 10);
  }));
  first.close();
}));

// The same when both servers name the host 'localhost'.
var third = net.createServer();
var fourth = net.createServer();
third.listen(common.PORT + 1, 'localhost', common.mustCall(function() {
  fourth.on('error', common.mustCall(function(e) {
    assert.strictEqual(e.code, 'EADDRINUSE');
    third.close();
  }));
  fourth.on('listening', function() { assert.fail('listening on a used port'); });
  fourth.listen(common.PORT + 1, 'localhost');
}));

process.on('exit', function() { assert.strictEqual(tries, 1); });
