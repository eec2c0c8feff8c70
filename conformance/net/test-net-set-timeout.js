// socket.setTimeout(ms, [cb]): 'timeout' after ms of idleness (cb is a one-time listener), the socket stays open, activity postpones it, 0 disables it.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer(function(socket) {
  socket.setEncoding('utf8');
  socket.on('data', function(d) {
    if (d === 'ping') socket.write('pong');
  });
  socket.on('error', function() {});
});

var pending = 3;
function finished() {
  if (--pending === 0) server.close();
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // 1. An idle socket times out; the callback and the event both run once,
  //    and the connection still works afterwards.
  (function() {
    var c = net.createConnection(common.PORT, '127.0.0.1');
    c.setEncoding('utf8');
    var start;
    c.on('connect', function() {
      start = Date.now();
      c.setTimeout(100, common.mustCall(function() {
        assert.strictEqual(this, c);
      }));
    });
    var timeouts = 0;
    c.on('timeout', function() {
      timeouts++;
      if (timeouts > 1) return;
      var elapsed = Date.now() - start;
      assert.ok(elapsed >= 90, 'timed out after ' + elapsed + ' ms');
      assert.strictEqual(c.readyState, 'open');
      // Not severed: a round trip still works.
      c.setTimeout(0);
      c.write('ping');
    });
    c.on('data', common.mustCall(function(d) {
      assert.strictEqual(d, 'pong');
      c.end();
    }));
    c.on('close', common.mustCall(function(hadError) {
      assert.strictEqual(hadError, false);
      assert.strictEqual(timeouts, 1);
      finished();
    }));
  })();

  // 2. setTimeout(0) disables a timeout set before.
  (function() {
    var c = net.createConnection(common.PORT, '127.0.0.1');
    c.on('timeout', function() { assert.fail('timeout after setTimeout(0)'); });
    c.on('connect', function() {
      c.setTimeout(50);
      c.setTimeout(0);
      setTimeout(function() { c.end(); }, 250);
    });
    c.on('close', common.mustCall(function() { finished(); }));
  })();

  // 3. Traffic keeps postponing the timeout; it fires once traffic stops.
  (function() {
    var c = net.createConnection(common.PORT, '127.0.0.1');
    c.setEncoding('utf8');
    var pings = 0;
    var lastActivity;
    var timer;
    c.on('connect', function() {
      c.setTimeout(400);
      lastActivity = Date.now();
      timer = setInterval(function() {
        lastActivity = Date.now();
        c.write('ping');
        if (++pings === 6) clearInterval(timer);
      }, 80);
    });
    c.on('data', function() { lastActivity = Date.now(); });
    c.on('timeout', common.mustCall(function() {
      assert.strictEqual(pings, 6, 'timed out during traffic');
      var idle = Date.now() - lastActivity;
      assert.ok(idle >= 350, 'idle only ' + idle + ' ms');
      c.end();
    }));
    c.on('close', common.mustCall(function() { finished(); }));
  })();
}));
