// socket.setEncoding('utf8' | 'ascii' | 'base64') makes 'data' emit strings; utf8 characters split across packets are not broken. Without it 'data' gets Buffers.
var common = require('../common');
var assert = require('assert');
var net = require('net');

// The server sends what the client asks for, as raw bytes.
var server = net.createServer(function(socket) {
  socket.setNoDelay(true);
  socket.once('data', function(d) {
    var what = d.toString();
    if (what === 'split') {
      // '\u20ac' (e2 82 ac) and '\ud83d\ude00' (f0 9f 98 80) cut mid-character, sent apart.
      socket.write(new Buffer([0x61, 0xe2, 0x82]));
      setTimeout(function() {
        socket.write(new Buffer([0xac, 0xf0, 0x9f]));
        setTimeout(function() {
          socket.end(new Buffer([0x98, 0x80, 0x62]));
        }, 20);
      }, 20);
    } else if (what === 'ascii') {
      socket.end(new Buffer('plain text'));
    } else if (what === 'base64') {
      socket.end(new Buffer([0x00, 0x01, 0xfe, 0xff, 0x10, 0x20]));
    } else if (what === 'buffer') {
      socket.end(new Buffer([0xc3, 0xa9]));
    }
  });
});

function ask(what, encoding, done) {
  var c = net.createConnection(common.PORT, '127.0.0.1');
  if (encoding) c.setEncoding(encoding);
  var chunks = [];
  c.on('data', function(d) {
    if (encoding) {
      assert.strictEqual(typeof d, 'string');
    } else {
      assert.ok(Buffer.isBuffer(d));
    }
    chunks.push(d);
  });
  c.on('connect', function() { c.write(what); });
  c.on('end', common.mustCall(function() { done(chunks); }));
  return c;
}

var pending = 4;
function finished() {
  if (--pending === 0) server.close();
}

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  ask('split', 'utf8', function(chunks) {
    var s = chunks.join('');
    assert.strictEqual(s, 'a\u20ac\ud83d\ude00b');
    // No chunk holds a replacement character or half a character.
    chunks.forEach(function(chunk) {
      assert.strictEqual(chunk.indexOf('\ufffd'), -1);
    });
    finished();
  });
  ask('ascii', 'ascii', function(chunks) {
    assert.strictEqual(chunks.join(''), 'plain text');
    finished();
  });
  ask('base64', 'base64', function(chunks) {
    // Six bytes in one segment: one base64 string.
    assert.strictEqual(chunks.join(''), 'AAH+/xAg');
    finished();
  });
  ask('buffer', null, function(chunks) {
    var all = Buffer.concat(chunks);
    assert.strictEqual(all.length, 2);
    assert.strictEqual(all[0], 0xc3);
    assert.strictEqual(all[1], 0xa9);
    finished();
  });
}));
