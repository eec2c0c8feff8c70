// Out-of-range or fractional ports make connect(), createConnection() and listen() throw; a non-numeric string is taken as a UNIX socket path instead.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var bad = [-1, -80, 65536, 70000, 1.5, Infinity, NaN];

bad.forEach(function(port) {
  assert.throws(function() {
    net.createConnection(port, '127.0.0.1');
  }, function(e) { return e instanceof Error; }, 'createConnection(' + port + ')');

  assert.throws(function() {
    new net.Socket().connect(port, '127.0.0.1');
  }, function(e) { return e instanceof Error; }, 'connect(' + port + ')');

  assert.throws(function() {
    net.createServer().listen(port, '127.0.0.1');
  }, function(e) { return e instanceof Error; }, 'listen(' + port + ')');
});

// Node 20 says which kind of error: a RangeError.
if (!common.isRnode) {
  assert.throws(function() { net.createConnection(70000, '127.0.0.1'); }, RangeError);
  assert.throws(function() { net.createServer().listen(-1); }, RangeError);
}

// 'abc' is not a port number, so it names a UNIX socket (here: one that
// does not exist, relative to the current directory).
var c = net.createConnection('abc');
c.on('connect', function() { assert.fail('connected to ./abc'); });
c.on('error', common.mustCall(function(e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'connect');
}));
c.on('close', common.mustCall(function(hadError) {
  assert.strictEqual(hadError, true);
}));

// Ports still work after all that.
var server = net.createServer(function(s) { s.end(); });
server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var ok = net.createConnection(common.PORT, '127.0.0.1');
  ok.on('close', common.mustCall(function() { server.close(); }));
}));
