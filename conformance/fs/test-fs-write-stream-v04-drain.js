// rnode-only: Node 0.4's WriteStream#write always returned false and emitted
// 'drain' each time its queue emptied; modern Node returns true below its
// highWaterMark and drains only after a false.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var file = path.join(common.tmpDir, 'v04-drain-' + process.pid + '.txt');
try { fs.mkdirSync(common.tmpDir, 0755); } catch (e) {}
var stream = fs.createWriteStream(file);
var drains = 0;

stream.on('drain', function() {
  drains++;
  if (drains === 1) {
    // Every write so far is on disk when the queue first empties.
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012345678910');
    assert.strictEqual(stream.write('a'), false);
  } else if (drains === 2) {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012345678910a');
    stream.end('b');
  }
});

stream.on('close', common.mustCall(function() {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '012345678910ab');
  fs.unlinkSync(file);
}));

// Queued before the file is even open: each write still answers false.
for (var i = 0; i < 11; i++) assert.strictEqual(stream.write(String(i)), false);

process.on('exit', function() {
  // No drain for the write that end() made: the close was still queued.
  assert.strictEqual(drains, 2);
});
