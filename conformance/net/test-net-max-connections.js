// server.maxConnections: a connection over the limit is closed at once (no 'connection' event, no data); one under the limit is served again later.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var accepted = [];
var serverSideClosed = 0;
var onServerSideClose = null;
var server = net.createServer(function(socket) {
  accepted.push(socket);
  socket.write('welcome');
  socket.on('error', function() {});
  socket.on('close', function() {
    serverSideClosed++;
    if (onServerSideClose) onServerSideClose();
  });
});
server.maxConnections = 1;
assert.strictEqual(server.maxConnections, 1);

function connect(onData, onClose) {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  c.setEncoding('utf8');
  var got = '';
  c.on('data', function(d) { got += d; if (onData) onData.call(c, got); });
  // A rejected client may see a plain FIN or a reset, depending on timing.
  c.on('error', function(e) {
    assert.ok(e.code === 'ECONNRESET' || e.code === 'EPIPE', e.code);
  });
  c.on('close', function() { onClose.call(c, got); });
  return c;
}

function third() {
  connect(common.mustCall(function(got) {
    assert.strictEqual(got, 'welcome');
    assert.strictEqual(accepted.length, 2);
    this.end();
  }), common.mustCall(function() {
    server.close();
  }));
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var first = connect(common.mustCall(function(got) {
    assert.strictEqual(got, 'welcome');
    // The first connection is being served; a second one goes over the limit.
    connect(null, common.mustCall(function(got) {
      assert.strictEqual(got, '');
      assert.strictEqual(accepted.length, 1);
      // Free the slot: the next client is served.
      first.end();
    }));
  }), common.mustCall(function() {
    // Once the server side of the first connection is closed too.
    if (serverSideClosed === 1) return third();
    onServerSideClose = function() { onServerSideClose = null; third(); };
  }));
}));

process.on('exit', function() {
  assert.strictEqual(accepted.length, 2);
});
