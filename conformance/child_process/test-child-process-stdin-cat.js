// stdin -> cat -> stdout round trip of about 5 MB, written in chunks while
// write() returns true and resumed on 'drain': write() does say false at
// some point (cat cannot take 5 MB at once), 'drain' follows, and every byte
// comes back in order.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var CHUNK = 64 * 1024;
var COUNT = 80;                       // 5,242,880 bytes
var TOTAL = CHUNK * COUNT;

var cat = spawn('cat');
var sent = 0, written = 0, sawFalse = 0, drains = 0;
var received = 0, mismatch = -1;

// Chunk n is filled with the byte n % 251, so order is checked as well.
function chunk(n) {
  var b = new Buffer(CHUNK);
  b.fill(n % 251);
  return b;
}

function pump() {
  while (sent < COUNT) {
    var ok = cat.stdin.write(chunk(sent++));
    written += CHUNK;
    if (!ok) {
      sawFalse++;
      return;            // wait for 'drain'
    }
  }
  cat.stdin.end();
}
cat.stdin.on('drain', function() {
  drains++;
  pump();
});

cat.stdout.on('data', function(data) {
  for (var i = 0; i < data.length; i += 4096) {
    var pos = received + i;
    if (mismatch === -1 && data[i] !== Math.floor(pos / CHUNK) % 251) mismatch = pos;
  }
  if (mismatch === -1 && data.length > 0 &&
      data[data.length - 1] !== Math.floor((received + data.length - 1) / CHUNK) % 251) {
    mismatch = received + data.length - 1;
  }
  received += data.length;
});
var stdoutEnded = false;
cat.stdout.on('end', common.mustCall(function() { stdoutEnded = true; }));

cat.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

pump();

process.on('exit', function() {
  assert.ok(stdoutEnded);
  assert.strictEqual(sent, COUNT);
  assert.strictEqual(written, TOTAL);
  assert.ok(sawFalse > 0, 'write() never returned false');
  assert.strictEqual(drains, sawFalse);
  assert.strictEqual(received, TOTAL);
  assert.strictEqual(mismatch, -1, 'wrong byte at ' + mismatch);
});
