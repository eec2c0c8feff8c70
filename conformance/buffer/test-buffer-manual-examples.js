// Every example in the manual's Buffers section, with its printed output.
var common = require('../common');
var assert = require('assert');

var out = [];
var stdoutWrite = process.stdout.write;
process.stdout.write = function(s) { out.push(s); return true; };
try {
  // buffer.write()
  (function() {
    var buf = new Buffer(256);
    var len = buf.write('\u00bd + \u00bc = \u00be', 0);
    console.log(len + ' bytes: ' + buf.toString('utf8', 0, len));
  })();

  // buffer[index]
  (function() {
    var str = 'node.js';
    var buf = new Buffer(str.length);
    for (var i = 0; i < str.length; i++) {
      buf[i] = str.charCodeAt(i);
    }
    console.log(buf);
  })();

  // Buffer.byteLength()
  (function() {
    var str = '\u00bd + \u00bc = \u00be';
    console.log(str + ': ' + str.length + ' characters, ' +
                Buffer.byteLength(str, 'utf8') + ' bytes');
  })();

  // buffer.length (the manual writes with the legacy (string, encoding,
  // offset) order, which modern Node rejects).
  (function() {
    var buf = new Buffer(1234);
    console.log(buf.length);
    if (common.isRnode) {
      buf.write('some string', 'ascii', 0);
    } else {
      buf.write('some string', 0, 'ascii');
    }
    console.log(buf.length);
  })();

  // buffer.copy()
  (function() {
    var buf1 = new Buffer(26);
    var buf2 = new Buffer(26);
    for (var i = 0; i < 26; i++) {
      buf1[i] = i + 97;  // 97 is ASCII a
      buf2[i] = 33;      // ASCII !
    }
    buf1.copy(buf2, 8, 16, 20);
    console.log(buf2.toString('ascii', 0, 25));
  })();

  // buffer.slice()
  (function() {
    var buf1 = new Buffer(26);
    for (var i = 0; i < 26; i++) {
      buf1[i] = i + 97;  // 97 is ASCII a
    }
    var buf2 = buf1.slice(0, 3);
    console.log(buf2.toString('ascii', 0, buf2.length));
    buf1[0] = 33;
    console.log(buf2.toString('ascii', 0, buf2.length));
  })();
} finally {
  process.stdout.write = stdoutWrite;
}

assert.deepEqual(out, [
  '12 bytes: \u00bd + \u00bc = \u00be\n',
  // The manual's comment says "node.js", but console.log shows a Buffer
  // through its inspect().
  '<Buffer 6e 6f 64 65 2e 6a 73>\n',
  '\u00bd + \u00bc = \u00be: 9 characters, 12 bytes\n',
  '1234\n',
  '1234\n',
  '!!!!!!!!qrst!!!!!!!!!!!!!\n',
  'abc\n',
  '!bc\n'
]);
