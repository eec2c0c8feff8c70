// The manual's net examples: the echo server (write 'hello\r\n', then pipe the socket to itself) and a server that answers socket.end("goodbye\n").
var common = require('../common');
var assert = require('assert');
var net = require('net');

// Echo server, listening on 'localhost' as in the manual.
(function() {
  var server = net.createServer(function (c) {
    c.write('hello\r\n');
    c.pipe(c);
  });
  server.listen(common.PORT, 'localhost');
  server.on('listening', common.mustCall(function() {
    var client = net.createConnection(common.PORT, 'localhost');
    client.setEncoding('utf8');
    var got = '';
    var sent = false;
    client.on('data', function(d) {
      got += d;
      if (!sent && got === 'hello\r\n') {
        sent = true;
        client.write('line one\r\n');
        client.write('line two\r\n');
      } else if (got === 'hello\r\nline one\r\nline two\r\n') {
        client.end();
      }
    });
    client.on('end', common.mustCall(function() {
      assert.strictEqual(got, 'hello\r\nline one\r\nline two\r\n');
    }));
    client.on('close', common.mustCall(function(hadError) {
      assert.strictEqual(hadError, false);
      server.close();
    }));
  }));
})();

// socket.end("goodbye\n") server; the client reads exactly that, then 'end'.
(function() {
  var server = net.createServer(function (socket) {
    socket.end("goodbye\n");
  });
  server.listen(common.PORT + 1, '127.0.0.1', common.mustCall(function() {
    var client = net.createConnection(common.PORT + 1, '127.0.0.1');
    var chunks = [];
    client.on('data', function(d) { chunks.push(d); });
    client.on('end', common.mustCall(function() {
      assert.strictEqual(Buffer.concat(chunks).toString(), 'goodbye\n');
    }));
    client.on('close', common.mustCall(function(hadError) {
      assert.strictEqual(hadError, false);
      server.close();
    }));
  }));
})();
