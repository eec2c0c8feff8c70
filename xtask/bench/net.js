// Issue 6's figures: TCP echo throughput with 64 KiB writes, connections
// accepted per second with 50 concurrent clients, memory per idle
// connection. All on loopback, in one process.
var net = require('net');
var MiB = 1 << 20;

function report(name, ms, rate, unit) {
  console.log('RESULT ' + name + ' ' + ms.toFixed(4) + ' ' + rate.toFixed(1) + ' ' + unit);
}

function echoThroughput(done) {
  var total = 256 * MiB, chunk = Buffer.alloc(64 * 1024, 42);
  var server = net.createServer(function(s) { s.pipe(s); });
  server.listen(0, '127.0.0.1', function() {
    var c = net.createConnection(server.address().port, '127.0.0.1');
    var sent = 0, received = 0, start;
    function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!c.write(chunk)) return;
      }
      c.end();
    }
    c.on('connect', function() { start = Date.now(); pump(); });
    c.on('drain', pump);
    c.on('data', function(d) {
      received += d.length;
      if (received === total) {
        var ms = Date.now() - start;
        report('TCP echo 256MiB, 64KiB writes', ms, (total / MiB) / (ms / 1000), 'MiB/s');
        c.destroy();
        server.close();
        done();
      }
    });
  });
}

function acceptRate(done) {
  var target = 5000, opened = 0, closed = 0, start;
  var server = net.createServer(function(s) { s.end(); });
  server.listen(0, '127.0.0.1', function() {
    var port = server.address().port;
    start = Date.now();
    function client() {
      if (opened >= target) return;
      opened++;
      var c = net.createConnection(port, '127.0.0.1');
      c.on('data', function() {});
      c.on('close', function() {
        closed++;
        if (closed === target) {
          var ms = Date.now() - start;
          report('connections, 50 concurrent clients', ms / target, target / (ms / 1000), 'conn/s');
          server.close();
          done();
        } else {
          client();
        }
      });
    }
    for (var i = 0; i < 50; i++) client();
  });
}

// Connections are opened in waves of 100 so no listen backlog overflows.
function idleMemory(done) {
  var n = 2000, clients = [], accepted = 0, port;
  var before = process.memoryUsage().rss;
  var server = net.createServer(function(s) {
    accepted++;
    if (accepted === n) {
      setTimeout(function() {
        var per = (process.memoryUsage().rss - before) / n;
        report('RSS per idle connection (both ends)', 0, per / 1024, 'KiB');
        clients.forEach(function(c) { c.destroy(); });
        server.close();
        done();
      }, 200);
    } else if (accepted === clients.length) {
      wave();
    }
  });
  function wave() {
    for (var i = 0; i < 100; i++) clients.push(net.createConnection(port, '127.0.0.1'));
  }
  server.listen(0, '127.0.0.1', function() {
    port = server.address().port;
    wave();
  });
}

// Idle memory first, while the heap has not grown for the other runs.
idleMemory(function() { echoThroughput(function() { acceptRate(function() {}); }); });
