// HTTP/1.1 responses without Content-Length use Transfer-Encoding: chunked (sizes in hex, in bytes); with Content-Length they are sent as is; write/end take strings in an encoding or Buffers.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var LONG = new Array(301).join('x');  // 300 bytes: chunk size 12c

var handlers = {
  '/chunked': function(req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('abc');
    res.write(new Buffer('defg'));
    res.write(LONG);
    res.end('hi');
  },
  '/length': function(req, res) {
    res.writeHead(200, { 'Content-Length': 11 });
    res.write('hello ');
    res.end('world');
  },
  '/hex': function(req, res) {
    res.end('68656c6c6f', 'hex');
  },
  '/base64': function(req, res) {
    res.write('aGVsbG8g', 'base64');
    res.end('d29ybGQ=', 'base64');
  },
  '/buffer': function(req, res) {
    res.end(new Buffer([0x62, 0x75, 0x66]));
  },
  '/empty': function(req, res) {
    res.end();
  },
  '/utf8': function(req, res) {
    res.write('\u20ac');
    res.end('\u00e9', 'utf8');
  }
};

var server = http.createServer(function(req, res) {
  handlers[req.url](req, res);
});

var checks = {
  '/chunked': function(r, text) {
    assert.ok(r.chunked);
    assert.strictEqual(r.headers['content-length'], undefined);
    assert.strictEqual(r.body, 'abcdefg' + LONG + 'hi');
    assert.ok(r.chunks.indexOf(300) !== -1 || /\r\n12c\r\n/i.test(text));
    assert.ok(/\r\n0\r\n\r\n$/.test(text), 'last chunk');
  },
  '/length': function(r) {
    assert.ok(!r.chunked);
    assert.strictEqual(r.headers['transfer-encoding'], undefined);
    assert.strictEqual(r.body, 'hello world');
  },
  '/hex': function(r) { assert.strictEqual(r.body, 'hello'); },
  '/base64': function(r) { assert.strictEqual(r.body, 'hello world'); },
  '/buffer': function(r) { assert.strictEqual(r.body, 'buf'); },
  '/empty': function(r, text) {
    assert.strictEqual(r.body, '');
    if (common.isRnode) {
      // 0.4 chunks even an empty body; modern Node sends Content-Length: 0.
      assert.ok(r.chunked);
      assert.ok(/\r\n\r\n0\r\n\r\n$/.test(text));
    }
  },
  '/utf8': function(r) {
    assert.ok(r.chunked);
    // Sizes count bytes: 3 for the euro sign, 2 for e-acute.
    assert.deepEqual(r.chunks, [3, 2]);
    assert.strictEqual(new Buffer(r.body, 'binary').toString('utf8'), '\u20ac\u00e9');
  }
};

var paths = Object.keys(handlers);
var checked = 0;

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  (function next() {
    var path = paths.shift();
    if (!path) {
      assert.strictEqual(checked, 7);
      return server.close();
    }
    raw.request(common.PORT, 'GET ' + path + ' HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
                'Connection: close\r\n\r\n', function(text) {
      var r = raw.parse(text);
      assert.strictEqual(r.length, 1, path);
      assert.strictEqual(r[0].statusCode, 200);
      checks[path](r[0], text);
      checked++;
      next();
    });
  })();
}));
