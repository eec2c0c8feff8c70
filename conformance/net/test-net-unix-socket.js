// UNIX domain sockets: server.listen(path, cb), connect(path) and createConnection(path), data both ways, server.address() for a path, close() removes the socket file; a missing path gives ENOENT.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var sockPath = path.join(common.tmpDir, 'net-unix-' + process.pid + '.sock');
try { fs.unlinkSync(sockPath); } catch (e) {}

var server = net.createServer(function(socket) {
  socket.setEncoding('utf8');
  var got = '';
  socket.on('data', function(d) {
    got += d;
    if (got.slice(-1) === '\n') {
      socket.end('echo: ' + got);
      got = '';
    }
  });
});
server.on('close', common.mustCall(function() {
  // The socket file is gone once the server is closed.
  assert.strictEqual(fs.existsSync(sockPath), false);
}));

server.listen(sockPath, common.mustCall(function() {
  assert.ok(fs.statSync(sockPath).isSocket());
  var addr = server.address();
  if (common.isRnode) {
    // Node 0.4: { address: path }; modern Node returns the path string.
    assert.strictEqual(addr.address, sockPath);
  } else {
    assert.strictEqual(addr, sockPath);
  }

  var pending = 2;
  function done() {
    if (--pending === 0) server.close();
  }

  // new Socket().connect(path, callback)
  var a = new net.Socket();
  a.connect(sockPath, common.mustCall(function() {
    assert.strictEqual(this, a);
    assert.strictEqual(a.readyState, 'open');
    a.write('hello from a\n');
  }));
  var gotA = '';
  a.setEncoding('utf8');
  a.on('data', function(d) { gotA += d; });
  a.on('end', common.mustCall(function() {
    assert.strictEqual(gotA, 'echo: hello from a\n');
  }));
  a.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    done();
  }));

  // net.createConnection(path), with a larger binary payload.
  var big = new Buffer(256 * 1024);
  for (var i = 0; i < 256; i++) big[i] = i;
  for (var filled = 256; filled < big.length; filled *= 2) big.copy(big, filled, 0, filled);
  var bigServer = net.createServer(function(socket) {
    socket.pipe(socket);
  });
  var bigPath = sockPath + '.2';
  bigServer.listen(bigPath, common.mustCall(function() {
    var b = net.createConnection(bigPath);
    var chunks = [];
    b.on('connect', common.mustCall(function() {
      b.end(big);
    }));
    b.on('data', function(d) { chunks.push(d); });
    b.on('end', common.mustCall(function() {
      var all = Buffer.concat(chunks);
      assert.strictEqual(all.length, big.length);
      assert.ok(all.equals(big), 'echoed bytes differ');
    }));
    b.on('close', common.mustCall(function(hadError) {
      assert.strictEqual(hadError, false);
      bigServer.close();
      done();
    }));
  }));
}));

// Connecting to a path where nothing listens.
var missing = net.createConnection(path.join(common.tmpDir, 'no-such-' + process.pid + '.sock'));
missing.on('connect', function() { assert.fail('connected to a missing socket'); });
missing.on('error', common.mustCall(function(e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'connect');
  if (common.isRnode) assert.strictEqual(e.errno, 2);
}));
missing.on('close', common.mustCall(function(hadError) {
  assert.strictEqual(hadError, true);
}));
