// request.abort() on a request the server is holding: the client gets no 'response' (and in 0.4 no 'error'), the connection closes and the server's request emits 'close' (0.4: err.code 'aborted').
var common = require('../common');
var assert = require('assert');
var http = require('http');

var clientReq;
var server = http.createServer(common.mustCall(function(req, res) {
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) {
    body += d;
    // The first part of the upload is here: the client gives up.
    if (body === 'part one') clientReq.abort();
  });
  req.on('end', function() { assert.fail('the upload never ends'); });
  req.on('close', common.mustCall(function(err) {
    assert.strictEqual(body, 'part one');
    if (common.isRnode) {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'aborted');
    }
    server.close();
  }));
}));

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  clientReq = http.request({ host: '127.0.0.1', port: common.PORT, method: 'POST',
                             path: '/upload', headers: { 'Content-Length': 100 } });
  clientReq.on('response', function() { assert.fail('aborted: no response'); });
  clientReq.on('error', function(e) {
    // Modern Node reports 'socket hang up' for an aborted, unfinished upload.
    if (common.isRnode || e.code !== 'ECONNRESET') {
      assert.fail('aborted: no error, got ' + e);
    }
  });
  clientReq.write('part one');
}));
