// createReadStream: 'open' 'data' 'end' 'close' events in order, Buffer chunks, bufferSize, encoding / setEncoding.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var Stream = require('stream').Stream;

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-read-stream-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var alphabet = 'abcdefghijklmnopqrstuvwxyz';
var hundred = '';
for (var i = 0; i < 100; i++) hundred += alphabet[i % 26];
var file = path.join(dir, 'hundred');
fs.writeFileSync(file, hundred);

// Node 0.4 takes the chunk size from bufferSize; modern Node from highWaterMark.
function chunked(size, options) {
  options = options || {};
  options.bufferSize = size;
  if (!common.isRnode) options.highWaterMark = size;
  return options;
}

// Default options: Buffers, events in order, fd closed at the end.
(function() {
  var events = [], chunks = [], openedFd;
  var rs = fs.createReadStream(file);
  assert.ok(rs instanceof fs.ReadStream);
  assert.ok(rs instanceof Stream);
  assert.strictEqual(rs.readable, true);
  assert.strictEqual(rs.path, file);
  rs.on('open', common.mustCall(function(fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(rs.fd, fd);
    openedFd = fd;
    events.push('open');
  }));
  rs.on('data', function(chunk) {
    assert.ok(Buffer.isBuffer(chunk));
    if (events[events.length - 1] !== 'data') events.push('data');
    chunks.push(chunk.toString());
  });
  rs.on('end', common.mustCall(function() { events.push('end'); }));
  rs.on('close', common.mustCall(function() {
    events.push('close');
    assert.strictEqual(rs.readable, false);
    assert.deepEqual(events, ['open', 'data', 'end', 'close']);
    assert.strictEqual(chunks.join(''), hundred);
    // The stream closed its descriptor (the number may since have been reused).
    try {
      assert.notStrictEqual(fs.fstatSync(openedFd).ino, fs.statSync(file).ino);
    } catch (err) {
      assert.strictEqual(err.code, 'EBADF');
    }
  }));
})();

// bufferSize: 10 gives ten 10-byte chunks.
(function() {
  var sizes = [], text = '';
  var rs = fs.createReadStream(file, chunked(10));
  rs.on('data', function(chunk) {
    sizes.push(chunk.length);
    text += chunk.toString();
  });
  rs.on('end', common.mustCall(function() {
    assert.deepEqual(sizes, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    assert.strictEqual(text, hundred);
  }));
})();

// A big file arrives whole, in chunks of at most the default 64 KB.
(function() {
  var big = new Buffer(200 * 1024 + 3);
  for (var i = 0; i < 256; i++) big[i] = i;
  for (var off = 256; off < big.length; off += 256) big.copy(big, off, 0, Math.min(256, big.length - off));
  var bigFile = path.join(dir, 'big');
  fs.writeFileSync(bigFile, big);
  var received = [], total = 0;
  var rs = fs.createReadStream(bigFile);
  rs.on('data', function(chunk) {
    assert.ok(chunk.length <= 64 * 1024);
    received.push(chunk.toString('base64'));
    total += chunk.length;
  });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(total, big.length);
    assert.ok(received.length >= 4);
    var all = fs.readFileSync(bigFile);
    assert.strictEqual(all.toString('base64'), big.toString('base64'));
  }));
})();

// encoding: strings, with multi-byte characters kept whole across 1-byte reads.
var unicode = 'caf\u00e9 \u20ac \ud83d\ude00!';
var ufile = path.join(dir, 'unicode');
fs.writeFileSync(ufile, unicode);
(function() {
  var parts = [];
  var rs = fs.createReadStream(ufile, chunked(1, { encoding: 'utf8' }));
  rs.on('data', function(chunk) {
    assert.strictEqual(typeof chunk, 'string');
    parts.push(chunk);
  });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(parts.join(''), unicode);
    assert.ok(parts.length > 1);
  }));
})();
(function() {
  var parts = [];
  var rs = fs.createReadStream(ufile, chunked(2));
  rs.setEncoding('utf8');
  rs.on('data', function(chunk) {
    assert.strictEqual(typeof chunk, 'string');
    parts.push(chunk);
  });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(parts.join(''), unicode);
  }));
})();
(function() {
  var text = '';
  var rs = fs.createReadStream(file, { encoding: 'hex' });
  rs.on('data', function(chunk) { text += chunk; });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(text, new Buffer(hundred).toString('hex'));
  }));
})();

// An empty file: 'end' without 'data'.
(function() {
  var empty = path.join(dir, 'empty');
  fs.writeFileSync(empty, '');
  var rs = fs.createReadStream(empty);
  rs.on('data', function() { assert.fail('data from an empty file'); });
  rs.on('end', common.mustCall());
  rs.on('close', common.mustCall());
})();

// A missing file: 'error' with ENOENT, no 'open' or 'data'.
(function() {
  var missing = path.join(dir, 'missing');
  var rs = fs.createReadStream(missing);
  rs.on('open', function() { assert.fail('opened a missing file'); });
  rs.on('data', function() { assert.fail('data from a missing file'); });
  rs.on('error', common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, missing);
    if (common.isRnode) assert.strictEqual(err.errno, 2);
  }));
})();
