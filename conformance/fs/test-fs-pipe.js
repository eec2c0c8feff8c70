// readStream.pipe(writeStream) copies a file byte for byte, ending the write stream.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-pipe-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

// 300 KB of bytes repeating with a prime period, so a lost or reordered
// chunk cannot go unnoticed.
var pattern = new Buffer(997);
var x = 12345;
for (var i = 0; i < pattern.length; i++) {
  x = (x * 1103515245 + 12345) % 2147483648;
  pattern[i] = x >> 16 & 0xff;
}
var data = new Buffer(300 * 1024);
for (var off = 0; off < data.length; off += pattern.length) {
  pattern.copy(data, off, 0, Math.min(pattern.length, data.length - off));
}
var src = path.join(dir, 'source');
var dst = path.join(dir, 'copy');
fs.writeFileSync(src, data);

var rs = fs.createReadStream(src);
var ws = fs.createWriteStream(dst);
rs.pipe(ws);
rs.on('end', common.mustCall());
ws.on('close', common.mustCall(function() {
  var copy = fs.readFileSync(dst);
  assert.strictEqual(copy.length, data.length);
  assert.strictEqual(copy.toString('base64'), data.toString('base64'));
  assert.strictEqual(fs.statSync(dst).size, fs.statSync(src).size);
}));

// A small copy, with a range, into a file opened for appending.
var dst2 = path.join(dir, 'append');
fs.writeFileSync(dst2, 'head:');
var rs2 = fs.createReadStream(src, { start: 10, end: 19 });
var ws2 = fs.createWriteStream(dst2, { flags: 'a' });
rs2.pipe(ws2);
ws2.on('close', common.mustCall(function() {
  var out = fs.readFileSync(dst2);
  assert.strictEqual(out.toString('utf8', 0, 5), 'head:');
  assert.strictEqual(out.slice(5).toString('hex'), data.slice(10, 20).toString('hex'));
}));
