// createReadStream start/end (both inclusive): the manual's "last 10 bytes of a 100-byte file", start alone, start > end.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-read-range-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var sample = '';
for (var i = 0; i < 10; i++) sample += i + '________';  // '0________1________...', 90 bytes
sample += 'LAST10BYTE';
assert.strictEqual(sample.length, 100);
var file = path.join(dir, 'sample.txt');
fs.writeFileSync(file, sample);

function readRange(options, expected) {
  var text = '';
  var rs = fs.createReadStream(file, options);
  rs.on('data', function(chunk) { text += chunk.toString(); });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(text, expected, JSON.stringify(options));
  }));
  rs.on('close', common.mustCall());
}

// The manual's example.
readRange({ start: 90, end: 99 }, 'LAST10BYTE');
readRange({ start: 0, end: 0 }, '0');
readRange({ start: 99, end: 99 }, 'E');
readRange({ start: 9, end: 18 }, '1________2');
// end beyond the file stops at the file's end.
readRange({ start: 95, end: 1000 }, '0BYTE');
// start alone reads to the end.
readRange({ start: 93 }, 'T10BYTE');
// A range read in several small chunks.
var opts = { start: 10, end: 39, bufferSize: 7 };
if (!common.isRnode) opts.highWaterMark = 7;
readRange(opts, sample.slice(10, 40));

// start > end is refused at once.
assert.throws(function() {
  fs.createReadStream(file, { start: 10, end: 5 });
}, function(err) {
  assert.ok(err instanceof Error);
  if (common.isRnode) assert.strictEqual(err.message, 'start must be <= end');
  return true;
});
