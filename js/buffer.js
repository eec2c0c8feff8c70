// Buffer: the manual's "Buffers" section, plus the API later programs
// use (Buffer.from/alloc/concat, read/write of numbers, …). A Buffer is a
// Uint8Array whose prototype is Buffer.prototype, so `buf[i]` is the
// engine's own indexing; every loop over bytes or characters is Rust's
// (process.binding('buffer')).
var binding = process.binding('buffer');

exports.INSPECT_MAX_BYTES = 50;

function Buffer(subject, encoding, offset) {
  if (typeof subject === 'number') return binding.alloc(subject);
  if (typeof subject === 'string') return binding.fromString(subject, encoding);
  return fromObject(subject, encoding, offset);
}
Buffer.prototype = Object.create(Uint8Array.prototype, {
  constructor: { value: Buffer, writable: true, configurable: true }
});
binding.setup(Buffer, Buffer.prototype);
Buffer.poolSize = 8 * 1024;
Buffer._charsWritten = 0;

function fromObject(obj, byteOffset, length) {
  if (obj instanceof ArrayBuffer) {
    var view = new Uint8Array(obj, byteOffset || 0,
                              length === undefined ? obj.byteLength - (byteOffset || 0) : length);
    return Object.setPrototypeOf(view, Buffer.prototype);
  }
  if (obj === null || typeof obj !== 'object' || typeof obj.length !== 'number') {
    if (obj && obj.type === 'Buffer' && Array.isArray(obj.data)) return fromObject(obj.data);
    throw new TypeError('First argument needs to be a number, array or string.');
  }
  var buf = binding.alloc(obj.length >>> 0);
  // Uint8Array#set converts each value modulo 256, natively.
  buf.set(obj);
  return buf;
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  switch (String(encoding).toLowerCase()) {
    case 'hex': case 'utf8': case 'utf-8': case 'ascii': case 'binary':
    case 'latin1': case 'base64': case 'ucs2': case 'ucs-2':
    case 'utf16le': case 'utf-16le':
      return true;
    default:
      return false;
  }
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (Buffer.isBuffer(string)) return string.length;
  return binding.byteLength(String(string), encoding);
};

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'number') throw new TypeError('The "value" argument must not be a number');
  return new Buffer(value, encodingOrOffset, length);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  var buf = binding.alloc(size);
  if (fill !== undefined && fill !== 0) buf.fill(fill, 0, buf.length, encoding);
  return buf;
};

Buffer.allocUnsafe = Buffer.allocUnsafeSlow = function allocUnsafe(size) {
  return binding.alloc(size);
};

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) {
    throw new TypeError('Usage: Buffer.concat(list, [totalLength])');
  }
  var i;
  if (totalLength === undefined) {
    totalLength = 0;
    for (i = 0; i < list.length; i++) totalLength += list[i].length;
  }
  var result = binding.alloc(totalLength);
  var pos = 0;
  for (i = 0; i < list.length && pos < totalLength; i++) {
    if (!Buffer.isBuffer(list[i])) throw new TypeError('list must contain only Buffers');
    pos += binding.copy(list[i], result, pos, 0, list[i].length);
  }
  return result;
};

Buffer.compare = function compare(a, b) {
  return binding.compare(a, b);
};

// ---- instance methods -----------------------------------------------------

// write(string, offset, length, encoding), also 0.4's
// write(string, offset, encoding) and write(string, encoding, offset,
// length). As 0.4, an offset is anything numeric ('2' too).
Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (isFinite(offset)) {                   // (string, offset, [length|encoding])
    if (!isFinite(length)) {
      encoding = length;
      length = undefined;
    }
  } else {                                  // (string, [encoding], [offset], [length])
    var swap = encoding;
    encoding = offset;
    offset = length;
    length = swap;
  }
  return binding.write(this, String(string), offset === undefined ? undefined : +offset, length, encoding);
};

Buffer.prototype.toString = function toString(encoding, start, end) {
  return binding.toString(this, encoding, start, end);
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return binding.copy(this, target, targetStart, sourceStart, sourceEnd);
};

// slice shares memory with the original, as Node's always did.
Buffer.prototype.slice = Buffer.prototype.subarray = function slice(start, end) {
  var len = this.length;
  start = clampIndex(start, len, 0);
  end = clampIndex(end, len, len);
  if (end < start) end = start;
  var view = new Uint8Array(this.buffer, this.byteOffset + start, end - start);
  return Object.setPrototypeOf(view, Buffer.prototype);
};

function clampIndex(value, len, dflt) {
  if (value === undefined) return dflt;
  value = ~~value;
  if (value < 0) return Math.max(len + value, 0);
  return Math.min(value, len);
}

Buffer.prototype.fill = function fill(value, start, end, encoding) {
  if (typeof start === 'string') { encoding = start; start = undefined; end = undefined; }
  if (typeof end === 'string') { encoding = end; end = undefined; }
  return binding.fill(this, value, start, end, encoding);
};

Buffer.prototype.indexOf = function indexOf(value, byteOffset, encoding) {
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = 0; }
  return binding.indexOf(this, value, byteOffset, encoding);
};

Buffer.prototype.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

Buffer.prototype.equals = function equals(other) {
  return binding.compare(this, other) === 0;
};

Buffer.prototype.compare = function compare(other) {
  return binding.compare(this, other);
};

Buffer.prototype.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.prototype.slice.call(this, 0) };
};

Buffer.prototype.inspect = function inspect() {
  return binding.inspect(this, exports.INSPECT_MAX_BYTES);
};

Object.defineProperty(Buffer.prototype, 'parent', {
  configurable: true,
  get: function() { return this.buffer; }
});
Object.defineProperty(Buffer.prototype, 'offset', {
  configurable: true,
  get: function() { return this.byteOffset; }
});

// 0.4's per-encoding methods (utf8Write, asciiSlice, …), still called by
// code of the era.
['utf8', 'ascii', 'ucs2', 'base64', 'binary', 'hex'].forEach(function(enc) {
  Buffer.prototype[enc + 'Write'] = function(string, offset, length) {
    return binding.write(this, String(string), offset, length, enc);
  };
  Buffer.prototype[enc + 'Slice'] = function(start, end) {
    return binding.toString(this, enc, start, end);
  };
});

// ---- numbers --------------------------------------------------------------

function checkOffset(buf, offset, size, noAssert) {
  if (noAssert) return;
  if (offset === undefined) throw new TypeError('missing offset');
  if (offset < 0 || offset % 1 !== 0) throw new RangeError('offset is not uint');
  if (offset + size > buf.length) throw new RangeError('Trying to access beyond buffer length');
}

function checkValue(value, min, max) {
  if (typeof value !== 'number') throw new TypeError('value must be a number');
  if (value > max || value < min) throw new RangeError('value is out of bounds');
}

Buffer.prototype.readUInt8 = function(offset, noAssert) {
  checkOffset(this, offset, 1, noAssert);
  return this[offset];
};
Buffer.prototype.readInt8 = function(offset, noAssert) {
  checkOffset(this, offset, 1, noAssert);
  var v = this[offset];
  return v & 0x80 ? v - 0x100 : v;
};
Buffer.prototype.readUInt16LE = function(offset, noAssert) {
  checkOffset(this, offset, 2, noAssert);
  return this[offset] | (this[offset + 1] << 8);
};
Buffer.prototype.readUInt16BE = function(offset, noAssert) {
  checkOffset(this, offset, 2, noAssert);
  return (this[offset] << 8) | this[offset + 1];
};
Buffer.prototype.readInt16LE = function(offset, noAssert) {
  var v = this.readUInt16LE(offset, noAssert);
  return v & 0x8000 ? v - 0x10000 : v;
};
Buffer.prototype.readInt16BE = function(offset, noAssert) {
  var v = this.readUInt16BE(offset, noAssert);
  return v & 0x8000 ? v - 0x10000 : v;
};
Buffer.prototype.readUInt32LE = function(offset, noAssert) {
  checkOffset(this, offset, 4, noAssert);
  return ((this[offset]) | (this[offset + 1] << 8) | (this[offset + 2] << 16)) +
         (this[offset + 3] * 0x1000000);
};
Buffer.prototype.readUInt32BE = function(offset, noAssert) {
  checkOffset(this, offset, 4, noAssert);
  return (this[offset] * 0x1000000) +
         ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]);
};
Buffer.prototype.readInt32LE = function(offset, noAssert) {
  return this.readUInt32LE(offset, noAssert) | 0;
};
Buffer.prototype.readInt32BE = function(offset, noAssert) {
  return this.readUInt32BE(offset, noAssert) | 0;
};
Buffer.prototype.readFloatLE = function(offset, noAssert) {
  return binding.readFloat(this, offset, 4, true);
};
Buffer.prototype.readFloatBE = function(offset, noAssert) {
  return binding.readFloat(this, offset, 4, false);
};
Buffer.prototype.readDoubleLE = function(offset, noAssert) {
  return binding.readFloat(this, offset, 8, true);
};
Buffer.prototype.readDoubleBE = function(offset, noAssert) {
  return binding.readFloat(this, offset, 8, false);
};

// Writes `size` bytes of `value` (already an unsigned integer) in order.
function writeBytes(buf, value, offset, size, littleEndian) {
  for (var i = 0; i < size; i++) {
    var shift = littleEndian ? i : size - 1 - i;
    buf[offset + i] = Math.floor(value / Math.pow(2, 8 * shift)) & 0xff;
  }
  return offset + size;
}

function writeUInt(size, littleEndian) {
  var max = Math.pow(2, 8 * size) - 1;
  return function(value, offset, noAssert) {
    value = +value;
    if (!noAssert) {
      checkValue(value, 0, max);
      checkOffset(this, offset, size, false);
    }
    return writeBytes(this, value, offset >>> 0, size, littleEndian);
  };
}

function writeInt(size, littleEndian) {
  var limit = Math.pow(2, 8 * size - 1);
  return function(value, offset, noAssert) {
    value = +value;
    if (!noAssert) {
      checkValue(value, -limit, limit - 1);
      checkOffset(this, offset, size, false);
    }
    if (value < 0) value += 2 * limit;
    return writeBytes(this, value, offset >>> 0, size, littleEndian);
  };
}

Buffer.prototype.writeUInt8 = writeUInt(1, true);
Buffer.prototype.writeUInt16LE = writeUInt(2, true);
Buffer.prototype.writeUInt16BE = writeUInt(2, false);
Buffer.prototype.writeUInt32LE = writeUInt(4, true);
Buffer.prototype.writeUInt32BE = writeUInt(4, false);
Buffer.prototype.writeInt8 = writeInt(1, true);
Buffer.prototype.writeInt16LE = writeInt(2, true);
Buffer.prototype.writeInt16BE = writeInt(2, false);
Buffer.prototype.writeInt32LE = writeInt(4, true);
Buffer.prototype.writeInt32BE = writeInt(4, false);
Buffer.prototype.writeFloatLE = function(value, offset) {
  return binding.writeFloat(this, value, offset, 4, true);
};
Buffer.prototype.writeFloatBE = function(value, offset) {
  return binding.writeFloat(this, value, offset, 4, false);
};
Buffer.prototype.writeDoubleLE = function(value, offset) {
  return binding.writeFloat(this, value, offset, 8, true);
};
Buffer.prototype.writeDoubleBE = function(value, offset) {
  return binding.writeFloat(this, value, offset, 8, false);
};

// Lower-case aliases (readUint8, …) that later Node added.
Object.getOwnPropertyNames(Buffer.prototype).forEach(function(name) {
  if (/^(read|write)UInt/.test(name)) {
    Buffer.prototype[name.replace('UInt', 'Uint')] = Buffer.prototype[name];
  }
});

// SlowBuffer: 0.4's unpooled buffer; code of the era constructs it. It
// has every Buffer method and inspects as 0.4's did (<SlowBuffer 61 62>);
// its slices are plain Buffers, as in 0.4.
function SlowBuffer(size) {
  var buf = binding.alloc(+size || 0);
  Object.setPrototypeOf(buf, SlowBuffer.prototype);
  return buf;
}
SlowBuffer.prototype = Object.create(Buffer.prototype, {
  constructor: { value: SlowBuffer, writable: true, configurable: true }
});
SlowBuffer.prototype.inspect = function inspect() {
  return '<SlowBuffer' + Buffer.prototype.inspect.call(this).slice('<Buffer'.length);
};
binding.SlowBuffer = SlowBuffer;

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.kMaxLength = 0x3fffffff;
