// Bad input: an unknown socket type throws; send() with something other
// than a Buffer throws; an offset/length outside the buffer and a bad
// port either throw or give the send callback an error (node 20 throws,
// rnode may call back) — never a datagram and never a dead process.
// Binding an address this machine does not have is EADDRNOTAVAIL, to
// 'error' (or thrown). After all that, the socket still works. (Two
// sockets on one port: 0.4 allowed it, node 20 does not; see
// test-dgram-v04-reuseaddr.js.)
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 12;

assert.throws(function() { dgram.createSocket('udp5'); });
assert.throws(function() { dgram.createSocket('tcp4'); });
assert.throws(function() { dgram.createSocket(); });

var server = dgram.createSocket('udp4');
var client = dgram.createSocket('udp4');
var got = [];
server.on('message', function(msg) {
  got.push(msg.toString());
});

// fn(callback) must throw, or call back once with an Error (within 2 s).
function throwsOrErrors(what, fn, next) {
  var calls = 0, threw = false;
  var timer = setTimeout(function() {
    assert.fail('nothing', 'an exception or an error', what + ': neither threw nor called back');
  }, 2000);
  try {
    fn(function(err) {
      clearTimeout(timer);
      calls++;
      assert.ok(!threw, what + ': threw and also called back');
      assert.ok(err instanceof Error, what + ': called back without an error');
      assert.strictEqual(calls, 1, what + ': called back twice');
      setTimeout(next, 10);
    });
  } catch (err) {
    clearTimeout(timer);
    threw = true;
    assert.ok(err instanceof Error, what + ': threw ' + err);
    setTimeout(next, 10);
  }
}

var buf = new Buffer('abcd');
var badSends = [
  ['offset+length past the end', function(cb) { client.send(buf, 2, 3, PORT, '127.0.0.1', cb); }],
  ['offset past the end', function(cb) { client.send(buf, 5, 0, PORT, '127.0.0.1', cb); }],
  ['length past the end', function(cb) { client.send(buf, 0, 5, PORT, '127.0.0.1', cb); }],
  ['negative offset', function(cb) { client.send(buf, -1, 1, PORT, '127.0.0.1', cb); }],
  ['negative length', function(cb) { client.send(buf, 0, -1, PORT, '127.0.0.1', cb); }],
  ['port 0', function(cb) { client.send(buf, 0, 4, 0, '127.0.0.1', cb); }],
  ['port -1', function(cb) { client.send(buf, 0, 4, -1, '127.0.0.1', cb); }],
  ['port 65536', function(cb) { client.send(buf, 0, 4, 65536, '127.0.0.1', cb); }],
  ['port "abc"', function(cb) { client.send(buf, 0, 4, 'abc', '127.0.0.1', cb); }],
  ['port 1.5', function(cb) { client.send(buf, 0, 4, 1.5, '127.0.0.1', cb); }]
];

server.on('listening', common.mustCall(function() {
  [42, {}, null, undefined, [1, 2]].forEach(function(notBuffer) {
    assert.throws(function() {
      client.send(notBuffer, 0, 1, PORT, '127.0.0.1', function() {
        assert.fail('called back for a send that threw');
      });
    }, 'send(' + notBuffer + ', …)');
  });

  (function next(i) {
    if (i < badSends.length) {
      return throwsOrErrors(badSends[i][0], badSends[i][1], function() { next(i + 1); });
    }
    // Still alive, and still sending.
    var ok = new Buffer('still fine');
    client.send(ok, 0, ok.length, PORT, '127.0.0.1', common.mustCall(function(err) {
      assert.ok(!err, err);
    }));
    setTimeout(secondBind, 200);
  })(0);
}));

// An address that is not ours (TEST-NET-3): EADDRNOTAVAIL.
function secondBind() {
  var second = dgram.createSocket('udp4');
  var finish = common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'EADDRNOTAVAIL', err.message);
    second.close();
    client.close();
    server.close();
  });
  second.on('error', finish);
  second.on('listening', function() {
    assert.fail('bound 203.0.113.7, an address not on this machine');
  });
  try {
    second.bind(PORT, '203.0.113.7');
  } catch (err) {
    finish(err);
  }
}

server.bind(PORT, '127.0.0.1');

process.on('exit', function() {
  assert.deepEqual(got, ['still fine']);
});
