// send(buf, offset, length, …) sends exactly buf[offset .. offset+length):
// from the start, from the middle, up to the end, and the whole buffer;
// the callback's byte count is `length`.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var buf = new Buffer('0123456789abcdef');
var cases = [[0, 4, '0123'], [3, 5, '34567'], [10, 6, 'abcdef'], [0, 16, '0123456789abcdef'],
             [15, 1, 'f']];
var got = [];

var server = dgram.createSocket('udp4');
server.on('message', function(msg, rinfo) {
  got.push(msg.toString());
  assert.strictEqual(rinfo.size, msg.length);
  if (got.length === cases.length) {
    client.close();
    server.close();
  }
});

var client = dgram.createSocket('udp4');
server.on('listening', function() {
  (function next(i) {
    if (i === cases.length) return;
    var c = cases[i];
    client.send(buf, c[0], c[1], common.PORT + 3, '127.0.0.1',
                common.mustCall(function(err, bytes) {
      assert.ok(!err, err);
      assert.strictEqual(bytes, c[1]);
      next(i + 1);
    }));
  })(0);
});
server.bind(common.PORT + 3, '127.0.0.1');

process.on('exit', function() {
  assert.deepEqual(got, cases.map(function(c) { return c[2]; }));
  // The buffer itself is untouched.
  assert.strictEqual(buf.toString(), '0123456789abcdef');
});
