// Writing after end() or after destroy() fails with an Error (thrown, an 'error' event or the write callback's argument), never a crash, and sends nothing.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var received = { end: '', destroy: '' };
var server = net.createServer(function(socket) {
  var name = null;
  socket.setEncoding('utf8');
  socket.on('data', function(d) {
    var all = (name ? received[name] : '') + d;
    if (!name) name = all.split(':')[0];
    received[name] = all;
  });
  socket.on('error', function() {});
});

// Calls socket.write() the wrong way and collects every way it may fail.
function badWrite(socket, done) {
  var failures = [];
  socket.on('error', function(e) {
    assert.ok(e instanceof Error, 'error event with an Error');
    failures.push('event');
  });
  try {
    socket.write('after', function(err) {
      if (err) {
        assert.ok(err instanceof Error, 'callback with an Error');
        failures.push('callback');
      }
    });
  } catch (e) {
    assert.ok(e instanceof Error, 'thrown Error');
    failures.push('thrown');
  }
  setTimeout(function() {
    assert.ok(failures.length > 0, 'the write failed somehow');
    done();
  }, 100);
}

var pending = 2;
function finished() {
  if (--pending > 0) return;
  // Give the server a moment to read anything that (wrongly) got through.
  setTimeout(function() {
    assert.strictEqual(received.end, 'end:bye');
    assert.strictEqual(received.destroy, 'destroy:');
    server.close();
  }, 100);
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // write() after end().
  var a = net.createConnection(common.PORT, '127.0.0.1');
  a.on('connect', common.mustCall(function() {
    a.write('end:');
    a.end('bye');
    badWrite(a, finished);
  }));

  // write() after destroy().
  var b = net.createConnection(common.PORT, '127.0.0.1');
  b.on('connect', common.mustCall(function() {
    b.write('destroy:', function() {
      b.destroy();
      badWrite(b, finished);
    });
  }));
}));
