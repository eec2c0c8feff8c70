// Pipelined requests sent in one write are all handled and answered in request order, even when an earlier response is finished later.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var seen = [];
var server = http.createServer(function(req, res) {
  seen.push(req.url);
  var body = 'response for ' + req.url;
  if (req.url === '/1') {
    // The first response is finished last.
    setTimeout(function() {
      res.writeHead(200, { 'Content-Length': body.length });
      res.end(body);
    }, 200);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(body);
  }
});
var connections = 0;
server.on('connection', function() { connections++; });

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT,
      'GET /1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
      'GET /2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
      'POST /3 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n\r\nbody' +
      'GET /4 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      common.mustCall(function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r.length, 4);
    assert.deepEqual(r.map(function(x) { return x.body; }),
                     ['response for /1', 'response for /2',
                      'response for /3', 'response for /4']);
    assert.deepEqual(seen, ['/1', '/2', '/3', '/4']);
    assert.strictEqual(connections, 1);
    server.close();
  }));
}));
