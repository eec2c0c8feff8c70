// rnode-only: 'unix_dgram' sockets (node 20 removed them). The manual's
// echo server and client: bind(path), 'listening', address() with only
// the path, the client's send callback (err, bytes), rinfo.address the
// sender's path. A socket that never binds can send but receives nothing
// (the server cannot address a reply to it, and it never 'listening's);
// sending to a path with no socket is ENOENT.
// bind() removes a stale file at the path first; close() removes the
// socket file.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var dgram = require('dgram');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var serverPath = path.join(common.tmpDir, 'dgram_server_sock');
var clientPath = path.join(common.tmpDir, 'dgram_client_sock');
try { fs.unlinkSync(clientPath); } catch (e) {}
// Something stale where the server will bind.
fs.writeFileSync(serverPath, 'stale');

function gone(p) {
  try {
    fs.statSync(p);
    return false;
  } catch (e) {
    return e.code === 'ENOENT';
  }
}

var log = [];
var message = new Buffer('A message at ' + (new Date()));

// The manual's echo server.
var server = dgram.createSocket('unix_dgram');
var echoErrors = 0;
server.on('message', function(msg, rinfo) {
  log.push('server got: ' + msg + ' from ' + (rinfo.address || '(unbound)'));
  assert.strictEqual(rinfo.size, msg.length);
  assert.ok(!('port' in rinfo));
  server.send(msg, 0, msg.length, rinfo.address, function(err, bytes) {
    if (rinfo.address) {
      assert.ok(!err, err);
      assert.strictEqual(bytes, msg.length);
    } else {
      assert.ok(err instanceof Error, 'replied to an unbound socket');
      echoErrors++;
    }
  });
});

server.on('listening', common.mustCall(function() {
  var address = server.address();
  assert.strictEqual(address.address, serverPath);
  assert.ok(!('port' in address));
  assert.ok(fs.statSync(serverPath).isSocket());
  client.bind(clientPath);
}));

// The manual's client.
var client = dgram.createSocket('unix_dgram');
client.on('message', common.mustCall(function(msg, rinfo) {
  log.push('client got: ' + msg + ' from ' + rinfo.address);
  assert.strictEqual(msg.toString(), message.toString());
  assert.strictEqual(rinfo.address, serverPath);
  unbound();
}));

client.on('listening', common.mustCall(function() {
  assert.strictEqual(client.address().address, clientPath);
  client.send(message, 0, message.length, serverPath, common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, message.length);
  }));
}));

// Sends without bind(): arrives, but nothing comes back.
function unbound() {
  var lone = dgram.createSocket('unix_dgram');
  lone.on('message', function() { assert.fail('an unbound unix_dgram socket received'); });
  lone.on('listening', function() { assert.fail("an unbound unix_dgram socket is 'listening'"); });
  var buf = new Buffer('from nowhere');
  lone.send(buf, 0, buf.length, serverPath, common.mustCall(function(err, bytes) {
    assert.ok(!err, err);
    assert.strictEqual(bytes, buf.length);
  }));
  // Nobody there: the error goes to the callback.
  lone.send(buf, 0, buf.length, serverPath + '.nobody', common.mustCall(function(err) {
    assert.ok(err instanceof Error, 'sent to a path nobody is bound to');
    assert.strictEqual(err.code, 'ENOENT');
    setTimeout(function() {
      lone.close();
      client.close();
      server.close();
    }, 300);
  }));
}

server.on('close', common.mustCall(function() {
  assert.ok(gone(serverPath), serverPath + ' is still there after close');
}));
client.on('close', common.mustCall(function() {
  assert.ok(gone(clientPath), clientPath + ' is still there after close');
}));

server.bind(serverPath);

process.on('exit', function() {
  assert.deepEqual(log, [
    'server got: ' + message + ' from ' + clientPath,
    'client got: ' + message + ' from ' + serverPath,
    'server got: from nowhere from (unbound)'
  ]);
  assert.strictEqual(echoErrors, 1);
});
