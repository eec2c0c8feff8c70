// Random bytes round-trip through hex/base64/binary/latin1/ucs2; random strings through utf8.
var common = require('../common');
var assert = require('assert');

// A fixed-seed xorshift32, so a failure can be reproduced.
var seed = 0x2545f491;
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
function randomInt(n) { return Math.floor(random() * n); }

function sameBytes(a, b, what) {
  assert.strictEqual(a.length, b.length, what + ': length');
  for (var i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      assert.fail(a[i], b[i], what + ': byte ' + i + ' of ' + a.length, '!==');
    }
  }
}

var encodings = ['hex', 'base64', 'binary', 'latin1', 'ucs2'];
for (var n = 0; n < 1000; n++) {
  var len = randomInt(301);
  var buf = new Buffer(len);
  for (var i = 0; i < len; i++) buf[i] = randomInt(256);
  encodings.forEach(function(enc) {
    var b = (enc === 'ucs2' && buf.length % 2) ? buf.slice(1) : buf;
    var str = b.toString(enc);
    sameBytes(new Buffer(str, enc), b, enc + ' #' + n);
    assert.strictEqual(Buffer.byteLength(str, enc), b.length, enc + ' byteLength #' + n);
  });
  // The string forms have the expected shape.
  assert.strictEqual(buf.toString('hex').length, len * 2);
  assert.strictEqual(buf.toString('base64').length, Math.ceil(len / 3) * 4);
  assert.strictEqual(buf.toString('binary').length, len);
  // A copy through write() into a bigger buffer gives the same bytes.
  var big = Buffer.alloc(len + 3);
  assert.strictEqual(big.write(buf.toString('base64'), 3, 'base64'), len);
  sameBytes(big.slice(3), buf, 'base64 write #' + n);
}

// Random strings (no lone surrogates) through utf8.
function randomChar() {
  switch (randomInt(4)) {
    case 0: return String.fromCharCode(randomInt(0x80));
    case 1: return String.fromCharCode(0x80 + randomInt(0x800 - 0x80));
    case 2:
      var c = 0x800 + randomInt(0x10000 - 0x800 - 0x800);
      if (c >= 0xd800) c += 0x800;  // skip the surrogates
      return String.fromCharCode(c);
    default:
      var cp = 0x10000 + randomInt(0x100000);
      cp -= 0x10000;
      return String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
  }
}
for (n = 0; n < 1000; n++) {
  var s = '';
  var chars = randomInt(60);
  var expectBytes = 0;
  for (i = 0; i < chars; i++) {
    var ch = randomChar();
    var code = ch.charCodeAt(0);
    expectBytes += ch.length === 2 ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    s += ch;
  }
  var encoded = new Buffer(s, 'utf8');
  assert.strictEqual(encoded.length, expectBytes, 'utf8 length #' + n);
  assert.strictEqual(Buffer.byteLength(s, 'utf8'), expectBytes, 'utf8 byteLength #' + n);
  assert.strictEqual(encoded.toString('utf8'), s, 'utf8 #' + n);
  // ucs2 round-trips any string, surrogates and all.
  assert.strictEqual(new Buffer(s, 'ucs2').toString('ucs2'), s, 'ucs2 string #' + n);
}
