// ClientResponse from exact server bytes: statusCode, httpVersion/Major/Minor (1.1 and 1.0), lower-cased headers (Set-Cookie an array, X- headers joined), chunked bodies decoded, trailers at 'end', a 1.0 body ending with the connection, 'end' once.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');

var RESPONSES = {
  '/created': 'HTTP/1.1 201 Created\r\nX-UPPER: Mixed Value\r\nContent-Length: 5\r\n' +
              'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Multi: one\r\nX-Multi: two\r\n' +
              'Connection: close\r\n\r\nhello',
  '/old': 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nold style body',
  '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n' +
              'Connection: close\r\n\r\n3\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Sum: 13\r\n\r\n',
  '/404': 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
};

var server = net.createServer(function(socket) {
  var head = '';
  socket.setEncoding('binary');
  socket.on('data', function(d) {
    head += d;
    if (head.indexOf('\r\n\r\n') === -1) return;
    var path = head.split(' ')[1];
    socket.end(RESPONSES[path], 'binary');
  });
});

function get(path, cb) {
  http.get({ host: '127.0.0.1', port: common.PORT, path: path }, common.mustCall(function(res) {
    var body = '';
    var ended = false;
    res.setEncoding('utf8');
    res.on('data', function(d) {
      assert.ok(!ended);
      body += d;
    });
    res.on('end', common.mustCall(function() {
      ended = true;
      cb(res, body);
    }));
  }));
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  get('/created', function(res, body) {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.httpVersion, '1.1');
    assert.strictEqual(res.httpVersionMajor, 1);
    assert.strictEqual(res.httpVersionMinor, 1);
    assert.strictEqual(res.headers['x-upper'], 'Mixed Value');
    assert.strictEqual(res.headers['content-length'], '5');
    assert.deepEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers['x-multi'], 'one, two');
    Object.keys(res.headers).forEach(function(k) { assert.strictEqual(k, k.toLowerCase()); });
    assert.strictEqual(body, 'hello');

    get('/old', function(res, body) {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.httpVersion, '1.0');
      assert.strictEqual(res.httpVersionMajor, 1);
      assert.strictEqual(res.httpVersionMinor, 0);
      assert.strictEqual(body, 'old style body');

      get('/chunked', function(res, body) {
        assert.strictEqual(body, 'abc0123456789');
        assert.strictEqual(res.headers['x-sum'], undefined);
        assert.strictEqual(res.trailers['x-sum'], '13');

        get('/404', function(res, body) {
          assert.strictEqual(res.statusCode, 404);
          assert.strictEqual(body, '');
          server.close();
        });
      });
    });
  });
}));
