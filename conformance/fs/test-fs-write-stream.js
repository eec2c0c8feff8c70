// createWriteStream: 'open' event, flags ('w' truncates, 'a' appends, 'r+' overwrites), string encodings, mode, bytesWritten, end(data).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var Stream = require('stream').Stream;

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-write-stream-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var oldMask = process.umask(0);
process.on('exit', function() { process.umask(oldMask); });

// Defaults: flags 'w', mode 0666; strings are utf8; Buffers as they are.
(function() {
  var file = path.join(dir, 'default');
  fs.writeFileSync(file, 'old contents that will be truncated');
  var events = [];
  var ws = fs.createWriteStream(file);
  assert.ok(ws instanceof fs.WriteStream);
  assert.ok(ws instanceof Stream);
  assert.strictEqual(ws.writable, true);
  assert.strictEqual(ws.path, file);
  ws.on('open', common.mustCall(function(fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(ws.fd, fd);
    events.push('open');
  }));
  ws.write('h\u00e9llo ');                 // 7 bytes
  ws.write(new Buffer('world'));           // 5
  ws.write('2a2a', 'hex');                 // 2
  ws.write('IQ==', 'base64');              // 1
  ws.end();
  assert.strictEqual(ws.writable, false);
  ws.on('close', common.mustCall(function() {
    events.push('close');
    assert.deepEqual(events, ['open', 'close']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'h\u00e9llo world**!');
    assert.strictEqual(ws.bytesWritten, 15);
    assert.strictEqual(fs.statSync(file).mode & parseInt('777', 8), parseInt('666', 8));
  }));
})();

// flags 'a' appends; mode only applies to a new file.
(function() {
  var file = path.join(dir, 'append');
  fs.writeFileSync(file, 'first;');
  fs.chmodSync(file, parseInt('640', 8));
  var ws = fs.createWriteStream(file, { flags: 'a', mode: parseInt('600', 8) });
  ws.write('second;');
  ws.end('third');
  ws.on('close', common.mustCall(function() {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'first;second;third');
    assert.strictEqual(fs.statSync(file).mode & parseInt('777', 8), parseInt('640', 8));
    assert.strictEqual(ws.bytesWritten, 12);
  }));
})();

// flags 'r+' overwrites in place without truncating.
(function() {
  var file = path.join(dir, 'overwrite');
  fs.writeFileSync(file, '0123456789');
  var ws = fs.createWriteStream(file, { flags: 'r+' });
  ws.end('abc');
  ws.on('close', common.mustCall(function() {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc3456789');
  }));
})();

// mode for a new file; encoding 'utf8' given as an option.
(function() {
  var file = path.join(dir, 'mode');
  var ws = fs.createWriteStream(file, { mode: parseInt('600', 8), encoding: 'utf8' });
  ws.on('open', common.mustCall(function() {
    assert.strictEqual(fs.statSync(file).mode & parseInt('777', 8), parseInt('600', 8));
  }));
  ws.end('\u20ac');
  ws.on('close', common.mustCall(function() {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '\u20ac');
    assert.strictEqual(ws.bytesWritten, 3);
  }));
})();

// end(callback) runs once everything is written.
(function() {
  var file = path.join(dir, 'end-callback');
  var ws = fs.createWriteStream(file);
  ws.write('data');
  ws.end(common.mustCall(function() {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'data');
  }));
})();

// A path that cannot be opened: 'error', and no 'open'.
(function() {
  var bad = path.join(dir, 'no-such-dir', 'file');
  var ws = fs.createWriteStream(bad);
  ws.on('open', function() { assert.fail('opened ' + bad); });
  ws.on('error', common.mustCall(function(err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, bad);
  }));
})();

// Writing after end() is an error (Node 0.4 throws at once).
if (common.isRnode) {
  (function() {
    var ws = fs.createWriteStream(path.join(dir, 'after-end'));
    ws.end('x');
    assert.throws(function() { ws.write('y'); }, /not writable/);
  })();
}
