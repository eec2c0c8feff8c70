// A client that goes away while its response is still being streamed
// aborts the request on the server: 'aborted', then 'close', even though
// the request itself had been read completely.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var events = [];
var timer;
var server = http.createServer(function(req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('working on it');
  timer = setInterval(function() { res.write('.'); }, 20);
  req.on('aborted', function() { events.push('aborted'); });
  req.on('close', function() {
    events.push('close');
    clearInterval(timer);
    server.close();
  });
});
server.on('clientError', function() {});

server.listen(common.PORT, '127.0.0.1', function() {
  var req = http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, function(res) {
    res.once('data', function() { req.abort(); });
  });
  req.on('error', function() {});
});

process.on('exit', function() {
  assert.deepEqual(events, ['aborted', 'close']);
});
