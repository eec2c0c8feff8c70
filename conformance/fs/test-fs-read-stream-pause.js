// ReadStream pause() / resume(): no 'data' while paused, including when paused before the file opens; nothing is lost.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var dir = path.join(common.tmpDir, 'fs-read-stream-pause-' + process.pid);
fs.mkdirSync(dir, parseInt('777', 8));

var contents = '';
for (var i = 0; i < 100; i++) contents += String.fromCharCode(65 + i % 26);
var file = path.join(dir, 'file');
fs.writeFileSync(file, contents);

function options() {
  var o = { bufferSize: 10 };
  if (!common.isRnode) o.highWaterMark = 10;
  return o;
}

// Pause after the first chunk, resume later.
(function() {
  var text = '', paused = false, pauses = 0;
  var rs = fs.createReadStream(file, options());
  rs.on('data', function(chunk) {
    assert.strictEqual(paused, false, 'data while paused');
    text += chunk;
    if (pauses < 3) {
      pauses++;
      rs.pause();
      paused = true;
      setTimeout(function() {
        paused = false;
        rs.resume();
      }, 50);
    }
  });
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(pauses, 3);
    assert.strictEqual(text, contents);
  }));
  rs.on('close', common.mustCall());
})();

// Paused before it opens: nothing arrives until resume().
(function() {
  var text = '', resumed = false;
  var rs = fs.createReadStream(file, options());
  rs.on('data', function(chunk) {
    assert.ok(resumed, 'data before resume()');
    text += chunk;
  });
  rs.pause();
  rs.on('end', common.mustCall(function() {
    assert.strictEqual(text, contents);
  }));
  setTimeout(function() {
    assert.strictEqual(text, '');
    resumed = true;
    rs.resume();
  }, 100);
})();

// destroy() stops the stream early and closes it.
(function() {
  var chunks = 0;
  var rs = fs.createReadStream(file, options());
  rs.on('data', function() {
    chunks++;
    rs.destroy();
  });
  rs.on('end', function() { assert.fail('end after destroy()'); });
  rs.on('close', common.mustCall(function() {
    assert.strictEqual(chunks, 1);
    assert.strictEqual(rs.readable, false);
  }));
})();
