// The manual's EADDRINUSE recipe: in the 'error' handler, close() the server
// whose listen failed (no throw), then listen() again and succeed once the
// port is free.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var holder = net.createServer();
holder.listen(common.PORT, '127.0.0.1', function() {
  var server = net.createServer();
  var errors = 0;
  server.on('error', function(e) {
    errors++;
    assert.strictEqual(e.code, 'EADDRINUSE');
    setTimeout(function() {
      server.close();                   // must not throw
      holder.close();                   // free the port, then retry
      server.listen(common.PORT, '127.0.0.1');
    }, 10);
  });
  server.on('listening', common.mustCall(function() {
    assert.strictEqual(errors, 1);
    assert.strictEqual(server.address().port, common.PORT);
    server.close();
  }));
  server.listen(common.PORT, '127.0.0.1');
});
