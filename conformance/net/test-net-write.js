// socket.write(data, [encoding], [callback]): Buffers and strings in utf8/ascii/binary/base64, true when flushed, callbacks in order, writes made before 'connect' are sent.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var results = {};
var server = net.createServer(function(socket) {
  var received = [];
  socket.on('data', function(d) {
    assert.ok(Buffer.isBuffer(d));
    received.push(d);
  });
  socket.on('end', function() {
    var all = Buffer.concat(received);
    // The first bytes name the client.
    results[all.slice(0, 1).toString()] = all;
    if (Object.keys(results).length === 2) check();
  });
});

function check() {
  assert.strictEqual(results.A.toString(), 'A early;more');
  var expected = Buffer.concat([
    new Buffer('B buf;'),
    new Buffer('utf8 \u20ac;', 'utf8'),
    new Buffer([0x68, 0xc3, 0xa9, 0x3b]),                // 'h\u00e9;' in utf8
    new Buffer([0x61, 0x73, 0x63, 0x69, 0x69, 0x3b]),    // 'ascii;'
    new Buffer([0xe9, 0xff, 0x00, 0x3b]),                // binary '\u00e9\u00ff\u0000;'
    new Buffer('hello;'),                                // sent as base64
    new Buffer('cb1;cb2;cb3;'),
    new Buffer('last')
  ]);
  assert.strictEqual(results.B.toString('base64'), expected.toString('base64'));
  server.close();
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  // Written while still connecting: kept, and sent once connected.
  var a = net.createConnection(common.PORT, '127.0.0.1');
  assert.strictEqual(a.readyState, 'opening');
  var ret = a.write('A early;', common.mustCall(function() {}));
  if (common.isRnode) assert.strictEqual(ret, false);  // 0.4: queued in user memory
  a.on('connect', common.mustCall(function() {
    a.end('more');
  }));
  a.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));

  var b = net.createConnection(common.PORT, '127.0.0.1');
  b.on('connect', common.mustCall(function() {
    // Small writes to an idle connection go straight to the kernel.
    assert.strictEqual(b.write(new Buffer('B buf;')), true);
    assert.strictEqual(b.write('utf8 \u20ac;'), true);
    assert.strictEqual(b.write('h\u00e9;', 'utf8'), true);
    assert.strictEqual(b.write('ascii;', 'ascii'), true);
    assert.strictEqual(b.write('\u00e9\u00ff\u0000;', 'binary'), true);
    assert.strictEqual(b.write(new Buffer('hello;').toString('base64'), 'base64'), true);

    // Callbacks run once each, in the order of the writes, with or
    // without an encoding argument.
    var order = [];
    b.write('cb1;', common.mustCall(function() { order.push(1); }));
    b.write('cb2;', 'utf8', common.mustCall(function() { order.push(2); }));
    b.write(new Buffer('cb3;'), common.mustCall(function() {
      order.push(3);
      assert.deepEqual(order, [1, 2, 3]);
    }));
    b.end('last');
  }));
  b.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
  }));
}));
