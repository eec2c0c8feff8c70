// response.writeHead(statusCode, [reasonPhrase], [headers]) with headers as an object or an array of [name, value] pairs; default reason phrases; response.statusCode for implicit headers; setHeader values merged into writeHead; Content-Length in bytes.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var handlers = {
  '/reason': function(req, res) {
    res.writeHead(201, 'Made It', { 'X-A': '1', 'Content-Length': 2 });
    assert.strictEqual(res.statusCode, 201);
    res.end('ok');
  },
  '/array': function(req, res) {
    res.writeHead(200, [['Content-Type', 'text/plain'], ['X-Twice', 'a'], ['X-Twice', 'b']]);
    res.end('arr');
  },
  '/404': function(req, res) {
    res.writeHead(404);
    res.end();
  },
  '/implicit': function(req, res) {
    assert.strictEqual(res.statusCode, 200);
    res.statusCode = 404;
    res.end('missing');
  },
  '/unknown': function(req, res) {
    res.writeHead(299, { 'Content-Length': 0 });
    res.end();
  },
  '/merge': function(req, res) {
    res.setHeader('X-Set', 'from setHeader');
    res.writeHead(202, { 'X-Head': 'from writeHead' });
    res.end();
  },
  '/reason-only': function(req, res) {
    res.writeHead(500, 'Something Broke');
    res.end('err');
  },
  '/bytelength': function(req, res) {
    // Content-Length counts bytes, not characters.
    var body = 'caf\u00e9 \u20ac';
    res.writeHead(200, { 'Content-Length': Buffer.byteLength(body),
                         'Content-Type': 'text/plain; charset=utf-8' });
    res.end(body);
  }
};

var server = http.createServer(function(req, res) {
  handlers[req.url](req, res);
});

var checks = {
  '/reason': function(r) {
    assert.strictEqual(r.httpVersion, '1.1');
    assert.strictEqual(r.statusCode, 201);
    assert.strictEqual(r.reason, 'Made It');
    assert.strictEqual(r.headers['x-a'], '1');
    assert.strictEqual(r.body, 'ok');
  },
  '/array': function(r) {
    assert.strictEqual(r.statusCode, 200);
    assert.strictEqual(r.reason, 'OK');
    assert.strictEqual(r.headers['content-type'], 'text/plain');
    assert.deepEqual(r.headers['x-twice'], ['a', 'b']);
    assert.strictEqual(r.body, 'arr');
  },
  '/404': function(r) {
    assert.strictEqual(r.statusCode, 404);
    assert.strictEqual(r.reason, 'Not Found');
    assert.strictEqual(r.body, '');
  },
  '/implicit': function(r) {
    assert.strictEqual(r.statusCode, 404);
    assert.strictEqual(r.reason, 'Not Found');
    assert.strictEqual(r.body, 'missing');
  },
  '/unknown': function(r) {
    assert.strictEqual(r.statusCode, 299);
    assert.strictEqual(r.reason, 'unknown');
  },
  '/merge': function(r) {
    assert.strictEqual(r.statusCode, 202);
    assert.strictEqual(r.reason, 'Accepted');
    assert.strictEqual(r.headers['x-set'], 'from setHeader');
    assert.strictEqual(r.headers['x-head'], 'from writeHead');
  },
  '/reason-only': function(r) {
    assert.strictEqual(r.statusCode, 500);
    assert.strictEqual(r.reason, 'Something Broke');
    assert.strictEqual(r.body, 'err');
  },
  '/bytelength': function(r) {
    assert.strictEqual(r.headers['content-length'], '9');
    assert.strictEqual(new Buffer(r.body, 'binary').toString('utf8'), 'caf\u00e9 \u20ac');
  }
};

var paths = Object.keys(handlers);
var checked = 0;

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  (function next() {
    var path = paths.shift();
    if (!path) {
      assert.strictEqual(checked, 8);
      return server.close();
    }
    raw.request(common.PORT, 'GET ' + path + ' HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
                'Connection: close\r\n\r\n', function(text) {
      var r = raw.parse(text);
      assert.strictEqual(r.length, 1, path);
      checks[path](r[0]);
      checked++;
      next();
    });
  })();
}));
