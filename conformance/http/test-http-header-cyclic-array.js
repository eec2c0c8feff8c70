// A header value that is an array holding itself renders as one line per
// element, each element as a string (a cyclic array joins to ''), and
// never recurses.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var cyclic = ['a'];
cyclic.push(cyclic);

var server = http.createServer(function(req, res) {
  res.setHeader('X-List', cyclic);
  res.writeHead(200, { 'Content-Length': 2 });
  res.end('ok');
});
server.listen(common.PORT, '127.0.0.1', function() {
  var raw = '';
  var socket = net.createConnection(common.PORT, '127.0.0.1', function() {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  socket.setEncoding('utf8');
  socket.on('data', function(d) { raw += d; });
  socket.on('end', common.mustCall(function() {
    var lines = raw.split('\r\n');
    assert.strictEqual(lines[0], 'HTTP/1.1 200 OK');
    var xs = lines.filter(function(l) { return /^x-list:/i.test(l); });
    assert.deepEqual(xs.map(function(l) { return l.replace(/^x-list: ?/i, ''); }), ['a', 'a,']);
    server.close();
  }));
});
