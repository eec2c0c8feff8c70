// response.write(chunk, [encoding]): strings in any encoding and Buffers
// become chunks in order; anything else is a TypeError; a response to HEAD
// takes no body.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var server = http.createServer(function(req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  if (req.method === 'HEAD') {
    assert.strictEqual(res.write('ignored'), true);
  } else {
    assert.throws(function() { res.write(123); }, TypeError);
    assert.throws(function() { res.write({}); }, TypeError);
    assert.strictEqual(res.write('one '), true);
    res.write(new Buffer('two '));
    res.write('74687265652e', 'hex');
  }
  res.end();
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  raw.request(common.PORT, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
                           'HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      common.mustCall(function(text) {
    var responses = raw.parse(text, [false, true]);
    assert.strictEqual(responses.length, 2);
    assert.ok(responses[0].chunked);
    assert.deepEqual(responses[0].chunks, [4, 4, 6]);
    assert.strictEqual(responses[0].body, 'one two three.');
    assert.strictEqual(responses[1].body, '');
    server.close();
  }));
}));
