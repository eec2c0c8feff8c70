// rnode-only: node 20 may finish an async read into a Buffer that shrank meanwhile without an error (it varies run to run)
// A Buffer whose memory shrinks while fs.read/fs.write run (its
// ArrayBuffer resized from an argument's valueOf, or during an async read)
// gives an error, never a crash or a write outside the buffer.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

if (typeof ArrayBuffer === 'function') {
  var ab, view;
  try {
    ab = new ArrayBuffer(64, { maxByteLength: 64 });
    view = new Uint8Array(ab);
  } catch (e) {
    ab = null;
  }
  if (ab && typeof ab.resize === 'function') {
    Object.setPrototypeOf(view, Buffer.prototype);
    var fd = fs.openSync(__filename, 'r');
    var shrink = { valueOf: function() { ab.resize(0); return 32; } };
    assert.throws(function() { fs.readSync(fd, view, 0, shrink, 0); });
    ab.resize(64);
    assert.throws(function() { fs.writeSync(fd, view, 0, shrink, 0); });
    ab.resize(64);
    fs.read(fd, view, 0, 64, 0, common.mustCall(function(err) {
      // The read finished after the buffer shrank: an error, not a copy past its end.
      assert.ok(err instanceof Error);
      fs.closeSync(fd);
    }));
    ab.resize(0);
    process.on('uncaughtException', function(e) { console.error(e); process.exit(1); });
  }
}
