// Body encodings: without setEncoding 'data' gives Buffers; request.setEncoding('utf8'/'binary') and response.setEncoding('utf8'/'base64') give strings, a UTF-8 character split across packets arriving whole.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var TEXT = 'h\u00e9llo \u20ac \ud83d\ude00!';
var BYTES = new Buffer(TEXT, 'utf8');
// Split inside the euro sign (3 bytes: e2 82 ac).
var SPLIT = BYTES.toString('binary').indexOf('\u00e2') + 1;

var mode = null;
var server = http.createServer(function(req, res) {
  var parts = [];
  if (req.url === '/buffer') {
    req.on('data', function(d) {
      assert.ok(Buffer.isBuffer(d));
      parts.push(d);
    });
  } else if (req.url === '/utf8') {
    req.setEncoding('utf8');
    req.on('data', function(d) {
      assert.strictEqual(typeof d, 'string');
      parts.push(d);
    });
  } else if (req.url === '/binary') {
    req.setEncoding('binary');
    req.on('data', function(d) {
      assert.strictEqual(typeof d, 'string');
      parts.push(d);
    });
  } else {
    // Responses: send TEXT's bytes in two packets, split mid-character.
    res.writeHead(200, { 'Content-Length': BYTES.length });
    res.write(BYTES.slice(0, SPLIT));
    setTimeout(function() { res.end(BYTES.slice(SPLIT)); }, 50);
    return;
  }
  req.on('end', function() {
    var got;
    if (req.url === '/buffer') got = Buffer.concat(parts).toString('utf8');
    else if (req.url === '/utf8') got = parts.join('');
    else got = new Buffer(parts.join(''), 'binary').toString('utf8');
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(got === TEXT ? 'same' : 'differs: ' + JSON.stringify(parts));
  });
});

function upload(path, cb) {
  raw.request(common.PORT, [
    'POST ' + path + ' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n' +
        'Content-Length: ' + BYTES.length + '\r\n\r\n' +
        BYTES.slice(0, SPLIT).toString('binary'),
    BYTES.slice(SPLIT).toString('binary')
  ], function(text) {
    var r = raw.parse(text);
    assert.strictEqual(r[0].body, 'same', path);
    cb();
  }, 50);
}

function download(encoding, cb) {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/download',
             headers: { 'Connection': 'close' } }, function(res) {
    var parts = [];
    if (encoding) res.setEncoding(encoding);
    res.on('data', function(d) {
      assert.strictEqual(typeof d, encoding ? 'string' : 'object');
      parts.push(d);
    });
    res.on('end', function() { cb(parts); });
  });
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  upload('/buffer', function() {
    upload('/utf8', function() {
      upload('/binary', function() {
        download(null, function(parts) {
          assert.ok(Buffer.isBuffer(parts[0]));
          assert.strictEqual(Buffer.concat(parts).toString('utf8'), TEXT);
          download('utf8', function(parts) {
            assert.strictEqual(parts.join(''), TEXT);
            // The split bytes arrive as two strings, neither with U+FFFD.
            parts.forEach(function(p) { assert.strictEqual(p.indexOf('\ufffd'), -1); });
            base64();
          });
        });
      });
    });
  });
}));

var b64 = http.createServer(function(req, res) {
  res.writeHead(200, { 'Content-Length': 6 });
  res.end(new Buffer([0, 1, 2, 253, 254, 255]));
});

function base64() {
  b64.listen(common.PORT + 1, '127.0.0.1', function() {
    http.get({ host: '127.0.0.1', port: common.PORT + 1, path: '/',
               headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
      var s = '';
      res.setEncoding('base64');
      res.on('data', function(d) { s += d; });
      res.on('end', common.mustCall(function() {
        assert.strictEqual(s, 'AAEC/f7/');
        b64.close();
        server.close();
      }));
    }));
  });
}
