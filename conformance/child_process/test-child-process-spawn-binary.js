// stdout is binary-safe: all 256 byte values written by a child (via printf's
// octal escapes, and via cat of a file) arrive as the same bytes in Buffers;
// bytes written to stdin come back through cat unchanged; and 10,000,000
// bytes of output arrive whole.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var spawn = require('child_process').spawn;

var all = new Buffer(256);
for (var i = 0; i < 256; i++) all[i] = i;

function collect(child, cb) {
  var chunks = [], length = 0, exit = null, ended = false;
  child.stdout.on('data', function(chunk) {
    assert.ok(Buffer.isBuffer(chunk), 'data must be a Buffer');
    chunks.push(chunk);
    length += chunk.length;
  });
  function maybe() {
    if (!ended || !exit) return;
    var out = new Buffer(length), pos = 0;
    chunks.forEach(function(c) { c.copy(out, pos); pos += c.length; });
    cb(out, exit[0], exit[1]);
  }
  child.stdout.on('end', function() { ended = true; maybe(); });
  child.on('exit', function(code, signal) { exit = [code, signal]; maybe(); });
}

function sameBytes(actual, expected) {
  assert.strictEqual(actual.length, expected.length);
  for (var i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) {
      assert.fail(actual[i], expected[i], 'byte ' + i + ' differs', '===');
    }
  }
}

// printf with an octal escape per byte.
var format = '';
for (var j = 0; j < 256; j++) format += '\\' + ('00' + j.toString(8)).slice(-3);
collect(spawn('/usr/bin/printf', [format]), common.mustCall(function(out, code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  sameBytes(out, all);
}));

// cat of a file holding them (several times over).
try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var file = path.join(common.tmpDir, 'cp-binary-' + process.pid + '.bin');
var repeated = new Buffer(256 * 100);
for (var k = 0; k < repeated.length; k++) repeated[k] = k % 256;
fs.writeFileSync(file, repeated);
collect(spawn('cat', [file]), common.mustCall(function(out, code) {
  fs.unlinkSync(file);
  assert.strictEqual(code, 0);
  sameBytes(out, repeated);
}));

// head -c of it: the first 300 bytes only.
var file2 = path.join(common.tmpDir, 'cp-binary2-' + process.pid + '.bin');
fs.writeFileSync(file2, repeated);
collect(spawn('head', ['-c', '300', file2]), common.mustCall(function(out, code) {
  fs.unlinkSync(file2);
  assert.strictEqual(code, 0);
  sameBytes(out, repeated.slice(0, 300));
}));

// Through stdin and back.
var cat = spawn('cat');
collect(cat, common.mustCall(function(out, code) {
  assert.strictEqual(code, 0);
  sameBytes(out, Buffer.concat ? Buffer.concat([all, all]) : (function() {
    var b = new Buffer(512); all.copy(b, 0); all.copy(b, 256); return b;
  })());
}));
cat.stdin.write(all);
cat.stdin.end(all);

// Large output arrives whole.
var SIZE = 10000000;
collect(spawn('/bin/sh', ['-c', "head -c " + SIZE + " /dev/zero | tr '\\0' x"]),
        common.mustCall(function(out, code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(out.length, SIZE);
  var text = out.toString('binary');
  assert.strictEqual(text.length, SIZE);
  assert.strictEqual(text.search(/[^x]/), -1);
}));
