// string_decoder: turns Buffers into strings without splitting a character
// (or a base64 group) across chunks; every setEncoding uses it. Per chunk
// it looks at no more than the last few bytes; decoding is Buffer's (Rust).
var Buffer = require('buffer').Buffer;

function normalize(encoding) {
  var enc = String(encoding || 'utf8').toLowerCase();
  switch (enc) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
    case 'base64': case 'hex': case 'ascii': case 'binary': return enc;
    case 'latin1': return 'binary';
    default: throw new Error('Unknown encoding: ' + encoding);
  }
}

function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  this.pending = null;  // bytes of an unfinished character or group
}
exports.StringDecoder = StringDecoder;

// How many bytes at the end of `buf` must wait for the next chunk.
StringDecoder.prototype._holdBack = function(buf) {
  var len = buf.length;
  switch (this.encoding) {
    case 'utf8':
      for (var back = 1; back <= 3 && back <= len; back++) {
        var c = buf[len - back];
        if ((c & 0xC0) === 0x80) continue;             // continuation byte
        // Only real lead bytes (C2–F4) wait; others decode now as U+FFFD.
        var need = c > 0xF4 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
        return need > back ? back : 0;
      }
      return 0;
    case 'ucs2': {
      var odd = len % 2;
      if (len - odd < 2) return odd;
      // A high surrogate at the end waits for its low half.
      var last = buf[len - odd - 1];
      return odd + (last >= 0xD8 && last <= 0xDB ? 2 : 0);
    }
    case 'base64':
      return len % 3;
    default:
      return 0;
  }
};

StringDecoder.prototype.write = function(buf) {
  if (typeof buf === 'string') return buf;
  if (this.pending) {
    buf = Buffer.concat([this.pending, buf]);
    this.pending = null;
  }
  var hold = this._holdBack(buf);
  var end = buf.length - hold;
  if (hold) this.pending = new Buffer(buf.slice(end));
  return end > 0 ? buf.toString(this.encoding, 0, end) : '';
};

// What is left, decoded as it is (an incomplete character becomes U+FFFD).
StringDecoder.prototype.end = function(buf) {
  var out = buf ? this.write(buf) : '';
  if (this.pending) {
    out += this.pending.toString(this.encoding);
    this.pending = null;
  }
  return out;
};
