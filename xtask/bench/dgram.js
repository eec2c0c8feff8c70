// Issue 21's UDP figures: ping-pong round trips per second on loopback,
// and 60 KiB datagrams per second one way.
var dgram = require('dgram');

function result(name, ms, rate, unit) {
  console.log('RESULT ' + name + ' ' + ms.toFixed(4) + ' ' + rate.toFixed(1) + ' ' + unit);
}

function pingPong(done) {
  var N = 20000, left = N, start;
  var server = dgram.createSocket('udp4', function(msg, rinfo) {
    server.send(msg, 0, msg.length, rinfo.port, rinfo.address);
  });
  server.on('listening', function() {
    var port = server.address().port;
    var client = dgram.createSocket('udp4', function(msg) {
      if (--left === 0) {
        var ms = (Date.now() - start) / N;
        result('udp ping-pong 16 B', ms, 1000 / ms, 'round-trips/s');
        client.close();
        server.close();
        return done();
      }
      client.send(msg, 0, msg.length, port, '127.0.0.1');
    });
    var ping = new Buffer(16);
    ping.fill(1);
    start = Date.now();
    client.send(ping, 0, ping.length, port, '127.0.0.1');
  });
  server.bind(0, '127.0.0.1');
}

// 60 KiB datagrams one way, a few in flight: the receiver acknowledges
// each with one byte, so neither side outruns the other's socket buffer.
function oneWay(done) {
  var N = 5000, WINDOW = 2, got = 0, sent = 0, start;
  var big = new Buffer(60 * 1024);
  big.fill(2);
  var ack = new Buffer(1);
  var client;
  var server = dgram.createSocket('udp4', function(msg, rinfo) {
    got++;
    server.send(ack, 0, 1, rinfo.port, rinfo.address);
  });
  server.on('listening', function() {
    var port = server.address().port;
    client = dgram.createSocket('udp4', function() {
      if (sent < N) {
        sent++;
        return client.send(big, 0, big.length, port, '127.0.0.1');
      }
      if (got < N) return;
      var ms = Date.now() - start;
      result('udp 60KiB one way', ms / N, N / (ms / 1000), 'datagrams/s');
      client.close();
      server.close();
      done();
    });
    start = Date.now();
    for (; sent < WINDOW; sent++) client.send(big, 0, big.length, port, '127.0.0.1');
  });
  server.bind(0, '127.0.0.1');
}

pingPong(function() { oneWay(function() {}); });
