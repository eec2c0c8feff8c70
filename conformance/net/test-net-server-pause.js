// rnode-only
// server.pause(msecs) (Node 0.4 only): no 'connection' events for msecs (default 1000), pausing again while paused does not extend it, close() cancels it.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var times = [];
var server = net.createServer(function(socket) {
  times.push(Date.now());
  socket.end('hi');
});

function connectAndWait(done) {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function(d) { got += d; });
  c.on('close', function() {
    assert.strictEqual(got, 'hi');
    done();
  });
}

var closedAt = 0;
server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // 1. pause(300): the connection waits in the kernel's backlog until then.
  var t0 = Date.now();
  server.pause(300);
  connectAndWait(common.mustCall(function() {
    var waited = times[0] - t0;
    assert.ok(waited >= 250, 'accepted after ' + waited + ' ms');

    // 2. pause() defaults to one second; a second pause(5000) while paused
    //    is ignored.
    var t1 = Date.now();
    server.pause();
    server.pause(5000);
    connectAndWait(common.mustCall(function() {
      var waited = times[1] - t1;
      assert.ok(waited >= 900, 'accepted after ' + waited + ' ms (default pause)');
      assert.ok(waited < 4000, 'accepted after ' + waited + ' ms (second pause ignored)');

      // 3. close() while paused clears the pause timer: the process exits
      //    right away instead of waiting 10 s.
      server.pause(10000);
      server.on('close', common.mustCall(function() {}));
      server.close();
      closedAt = Date.now();
    }));
  }));
}));

process.on('exit', function() {
  assert.strictEqual(times.length, 2);
  assert.ok(closedAt > 0);
  assert.ok(Date.now() - closedAt < 3000, 'the pause timer kept the process alive');
});
