// A request to a port nobody listens on emits 'error' with code ECONNREFUSED (and no 'response'); so does http.get.
var common = require('../common');
var assert = require('assert');
var http = require('http');

// PORT + 9 is reserved for this test and nothing listens there.
var req = http.request({ host: '127.0.0.1', port: common.PORT + 9, path: '/', method: 'POST' },
                       function() { assert.fail('no response'); });
req.on('error', common.mustCall(function(e) {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.code, 'ECONNREFUSED');
  http.get({ host: '127.0.0.1', port: common.PORT + 9, path: '/' }, function() {
    assert.fail('no response');
  }).on('error', common.mustCall(function(e) {
    assert.strictEqual(e.code, 'ECONNREFUSED');
  }));
}));
req.write('data');
req.end();
