// WriteStream back-pressure and flushing: write() returns false then 'drain'; end() writes every queued chunk before 'close'; 1 MB in many chunks arrives intact.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-write-stream-drain-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

// A big write reports a full queue; 'drain' follows once it is written.
(function() {
  var file = path.join(dir, 'drain');
  var ws = fs.createWriteStream(file);
  var big = new Buffer(128 * 1024);
  big.fill(0x61);
  assert.strictEqual(ws.write(big), false);
  ws.once('drain', common.mustCall(function() {
    assert.strictEqual(fs.statSync(file).size, big.length);
    ws.write('tail');
    ws.end();
  }));
  ws.on('close', common.mustCall(function() {
    assert.strictEqual(fs.statSync(file).size, big.length + 4);
    assert.strictEqual(ws.bytesWritten, big.length + 4);
  }));
})();

// 1 MB as 256 chunks of 4 KB, written without waiting, then end(): every
// chunk lands, in order, before 'close'.
(function() {
  var file = path.join(dir, 'megabyte');
  var chunkSize = 4096, count = 256;
  var expected = new Buffer(chunkSize * count);
  var ws = fs.createWriteStream(file);
  for (var i = 0; i < count; i++) {
    var chunk = expected.slice(i * chunkSize, (i + 1) * chunkSize);
    chunk.fill(i);
    chunk[0] = 0xff - i;  // so neighbouring chunks differ at both ends
    ws.write(chunk);
  }
  ws.end();
  ws.on('close', common.mustCall(function() {
    var actual = fs.readFileSync(file);
    assert.strictEqual(actual.length, expected.length);
    assert.strictEqual(actual.toString('base64'), expected.toString('base64'));
    assert.strictEqual(ws.bytesWritten, expected.length);
  }));
})();

// Many small string writes and end(data): all of it, in order.
(function() {
  var file = path.join(dir, 'strings');
  var ws = fs.createWriteStream(file);
  var expected = '';
  for (var i = 0; i < 1000; i++) {
    var line = 'line ' + i + ' \u00e9\n';
    expected += line;
    ws.write(line);
  }
  ws.end('the end');
  expected += 'the end';
  var finished = false;
  ws.on('close', common.mustCall(function() {
    finished = true;
    assert.strictEqual(fs.readFileSync(file, 'utf8'), expected);
  }));
  process.on('exit', function() { assert.ok(finished); });
})();
