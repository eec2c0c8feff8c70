// rnode-only: node 20's REPLs each get their own context; 0.4's shared the global object, as the manual says.
// The manual's "three REPLs at once": REPLs over a UNIX socket and a TCP
// socket (and stdin's, here the child's own) run together in one process,
// sharing the global object: what one defines, the others see.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var path = require('path');
var fs = require('fs');
var repl = require('repl');

common.globalCheck = false;
var sock = path.join(common.tmpDir, 'repl-three-' + process.pid + '.sock');
try { fs.unlinkSync(sock); } catch (e) {}

var unixServer = net.createServer(function(socket) {
  repl.start('node via Unix socket> ', socket);
});
var tcpServer = net.createServer(function(socket) {
  repl.start('node via TCP socket> ', socket);
});

// Sends `line`, waits for `prompt` again, gives what came before it.
function ask(client, line, prompt, cb) {
  var got = '';
  function onData(d) {
    got += d;
    var at = got.lastIndexOf(prompt);
    if (at !== -1) {
      client.removeListener('data', onData);
      cb(got.slice(0, at));
    }
  }
  client.on('data', onData);
  client.write(line + '\n');
}

function connected(client, prompt, cb) {
  var got = '';
  client.setEncoding('utf8');
  client.on('data', function first(d) {
    got += d;
    if (got.indexOf(prompt) !== -1) {
      client.removeListener('data', first);
      cb();
    }
  });
}

unixServer.listen(sock, function() {
  tcpServer.listen(common.PORT, '127.0.0.1', function() {
    var viaUnix = net.createConnection(sock);
    var viaTcp = net.createConnection(common.PORT, '127.0.0.1');
    var U = 'node via Unix socket> ', T = 'node via TCP socket> ';
    var ready = 0;
    connected(viaUnix, U, function() { if (++ready === 2) talk(); });
    connected(viaTcp, T, function() { if (++ready === 2) talk(); });
    function talk() {
      ask(viaUnix, 'shared = { from: "unix" }', U, function(out) {
        assert.ok(/from: 'unix'/.test(out), out);
        ask(viaTcp, 'shared.from + " seen over tcp"', T, function(out) {
          assert.ok(/'unix seen over tcp'/.test(out), out);
          ask(viaTcp, 'shared.also = 42', T, function() {
            ask(viaUnix, 'shared.also', U, common.mustCall(function(out) {
              assert.ok(/42/.test(out), out);
              viaUnix.end();
              viaTcp.end();
              unixServer.close();
              tcpServer.close();
              delete global.shared;
            }));
          });
        });
      });
    }
  });
});
