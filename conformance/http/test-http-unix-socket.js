// An HTTP server listening on a UNIX socket (server.listen(path, cb)) answers requests made with the socketPath option.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var sockPath = path.join(common.tmpDir, 'http-' + process.pid + '.sock');
try { fs.unlinkSync(sockPath); } catch (e) {}

var server = http.createServer(common.mustCall(function(req, res) {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/over/unix?x=1');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', function() {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('unix says ' + body);
  });
}, 2));

server.listen(sockPath, common.mustCall(function() {
  var req = http.request({ socketPath: sockPath, path: '/over/unix?x=1', method: 'POST',
                           headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['content-type'], 'text/plain');
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, 'unix says hi');
      second();
    }));
  }));
  req.end('hi');
}));

function second() {
  var req = http.request({ socketPath: sockPath, path: '/over/unix?x=1', method: 'POST',
                           headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, 'unix says again');
      server.close();
    }));
  }));
  req.write('aga');
  req.end('in');
}
