// response.destroy() closes the connection under a response that will not
// be finished; the client sees the response aborted.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var server = http.createServer(function(req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('partial');
  setTimeout(function() { res.destroy(); }, 50);
});

server.listen(common.PORT, '127.0.0.1', function() {
  var req = http.get({ host: '127.0.0.1', port: common.PORT, path: '/' }, common.mustCall(function(res) {
    res.on('data', function() {});
    res.on('aborted', common.mustCall(function() {
      server.close();
    }));
  }));
  req.on('error', function() {});
});
