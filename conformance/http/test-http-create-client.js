// rnode-only
// The legacy client (Node 0.4): http.createClient(port, host) and client.request([method], path, [headers]) give ClientRequests whose 'response' event carries the response; requests made one after another on the client all complete.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var seen = [];
var server = http.createServer(function(req, res) {
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', function() {
    seen.push(req.method + ' ' + req.url + ' ' + body);
    res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Host': req.headers.host || '' });
    res.end('reply to ' + req.url);
  });
});

function read(res, cb) {
  var body = '';
  res.setEncoding('utf8');
  res.on('data', function(d) { body += d; });
  res.on('end', function() { cb(body); });
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var client = http.createClient(common.PORT, '127.0.0.1');
  assert.ok(client instanceof require('events').EventEmitter);
  client.on('error', function(e) { throw e; });

  var req = client.request('GET', '/first', { 'Host': 'example.com' });
  assert.ok(req instanceof http.ClientRequest);
  req.on('response', common.mustCall(function(res) {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['x-host'], 'example.com');
    read(res, common.mustCall(function(body) {
      assert.strictEqual(body, 'reply to /first');

      // The method may be left out: GET.
      var req2 = client.request('/second');
      req2.on('response', common.mustCall(function(res) {
        read(res, common.mustCall(function(body) {
          assert.strictEqual(body, 'reply to /second');

          var req3 = client.request('POST', '/third', { 'Content-Length': 4 });
          req3.on('response', common.mustCall(function(res) {
            read(res, common.mustCall(function(body) {
              assert.strictEqual(body, 'reply to /third');
              assert.deepEqual(seen, ['GET /first ', 'GET /second ', 'POST /third data']);
              server.close();
            }));
          }));
          req3.end('data');
        }));
      }));
      req2.end();
    }));
  }));
  req.end();
}));
