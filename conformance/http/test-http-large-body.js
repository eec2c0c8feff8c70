// 1 MiB in both directions: a file piped (fs.createReadStream().pipe(request)) into a chunked POST arrives byte-identical at the server, and a 1 MiB response written in pieces arrives byte-identical at the client.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var fs = require('fs');
var path = require('path');

var SIZE = 1024 * 1024;
var data = new Buffer(SIZE);
var block = new Buffer(4093);  // a prime length, so blocks do not line up with chunks
for (var i = 0; i < block.length; i++) block[i] = (i * 7 + (i >> 8)) & 0xff;
for (var off = 0, n = 0; off < SIZE; off += block.length, n++) {
  block.copy(data, off, 0, Math.min(block.length, SIZE - off));
  data[off] = n & 0xff;  // number the blocks
}

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var file = path.join(common.tmpDir, 'http-large-' + process.pid + '.bin');
fs.writeFileSync(file, data);

function same(a, b) {
  if (a.length !== b.length) return false;
  // Compare slice by slice so that a mismatch says where.
  for (var off = 0; off < a.length; off += 65536) {
    var end = Math.min(off + 65536, a.length);
    if (a.slice(off, end).toString('base64') !== b.slice(off, end).toString('base64')) {
      throw new Error('bytes differ in [' + off + ', ' + end + ')');
    }
  }
  return true;
}

var server = http.createServer(function(req, res) {
  if (req.method === 'POST') {
    var chunks = [];
    var total = 0;
    req.on('data', function(d) {
      assert.ok(Buffer.isBuffer(d));
      chunks.push(d);
      total += d.length;
    });
    req.on('end', common.mustCall(function() {
      assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
      var got = Buffer.concat(chunks, total);
      assert.ok(same(got, data));
      assert.ok(got.equals(data));
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('received ' + total);
    }));
  } else {
    res.writeHead(200, { 'Content-Length': SIZE });
    var off = 0;
    (function write() {
      while (off < SIZE) {
        var piece = data.slice(off, Math.min(off + 50000, SIZE));
        off += piece.length;
        if (!res.write(piece)) return res.once('drain', write);
      }
      res.end();
    })();
  }
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var req = http.request({ host: '127.0.0.1', port: common.PORT, path: '/upload', method: 'POST',
                           headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, 'received ' + SIZE);
      download();
    }));
  }));
  fs.createReadStream(file).pipe(req);
}));

function download() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/download',
             headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
    assert.strictEqual(res.headers['content-length'], String(SIZE));
    var chunks = [];
    var total = 0;
    res.on('data', function(d) {
      chunks.push(d);
      total += d.length;
    });
    res.on('end', common.mustCall(function() {
      var got = Buffer.concat(chunks, total);
      assert.ok(same(got, data));
      assert.ok(got.equals(data));
      fs.unlinkSync(file);
      server.close();
    }));
  }));
}
