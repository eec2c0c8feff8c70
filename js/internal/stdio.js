// process.stdout / stderr / stdin as Streams. Writes are synchronous, so
// nothing accepted is lost when the process exits and write() always
// returns true; a closed pipe gives an 'error' (EPIPE) event.
var Stream = require('stream').Stream;
var binding = process.binding('stdio');

// buffer.js, loaded at the first need (a REPL or a script that only
// writes strings never compiles it): a Buffer cannot exist before it is.
function bufferClass() {
  return require('buffer').Buffer;
}

function WriteStream(fd) {
  Stream.call(this);
  this.fd = fd;
  this.writable = true;
  this.isTTY = binding.isatty(fd);
}
WriteStream.prototype = Object.create(Stream.prototype, {
  constructor: { value: WriteStream, writable: true, configurable: true }
});

WriteStream.prototype.write = function(data, encoding) {
  if (!this.writable) {
    this.emit('error', new Error('stream not writable'));
    return false;
  }
  if (typeof data === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    data = new (bufferClass())(data, encoding);
  } else if (typeof data !== 'string' && !bufferClass().isBuffer(data)) {
    data = String(data);
  }
  try {
    binding.writeSync(this.fd, data);
  } catch (err) {
    var self = this;
    process.nextTick(function() { self.emit('error', err); });
    return false;
  }
  return true;
};

// Writes are synchronous: a write has reached the fd when it returns.
// end() says 'close' once, as 0.4's stdout did, but leaves the descriptor
// open: later console output (and a parent reading it) still works.
WriteStream.prototype.end = function(data, encoding) {
  if (data) this.write(data, encoding);
  if (this._closeEmitted) return;
  this._closeEmitted = true;
  var self = this;
  process.nextTick(function() { self.emit('close'); });
};

WriteStream.prototype.destroy = WriteStream.prototype.destroySoon = function() {};

// A terminal gets tty's streams (cursor control, window size, raw mode
// and key events), as in Node.
// (A build without the tty feature has no tty binding: plain streams.)
function ttyModule(fd) {
  if (!binding.isatty(fd)) return null;
  try { return require('tty'); } catch (e) { return null; }
}

function writeStream(fd) {
  var tty = ttyModule(fd);
  return tty ? new tty.WriteStream(fd) : new WriteStream(fd);
}

exports.stdout = function() { return writeStream(1); };
exports.stderr = function() { return writeStream(2); };
// stdin: paused until resume(); then 'data' per chunk read and 'end' at EOF.
// While paused, chunks wait here and the process is not kept alive.
function ReadStream(fd) {
  Stream.call(this);
  this.fd = fd;
  this.readable = true;
  this.isTTY = binding.isatty(fd);
  this._paused = true;
  this._started = false;
  this._queue = [];
  this._decoder = null;
}
ReadStream.prototype = Object.create(Stream.prototype, {
  constructor: { value: ReadStream, writable: true, configurable: true }
});

ReadStream.prototype.resume = function() {
  var self = this;
  this._paused = false;
  if (!this._started) {
    this._started = true;
    bufferClass(); // the chunks the binding makes are Buffers
    binding.readStart(this.fd, function(chunk, err) { self._onChunk(chunk, err); });
  } else {
    binding.setReading(true);
  }
  while (!this._paused && this._queue.length) this._deliver(this._queue.shift());
};

ReadStream.prototype.pause = function() {
  this._paused = true;
  if (this._started) binding.setReading(false);
};

ReadStream.prototype.setEncoding = function(encoding) {
  var StringDecoder = require('string_decoder').StringDecoder;
  this._decoder = new StringDecoder(encoding);
};

// destroy() closes the descriptor, as 0.4's stdin (a net.Stream) did, so
// the next socket or file opened gets fd 0. Once reading has started, the
// reader thread may still be inside read(2) on it: then the descriptor
// stays open (closing it could hand that thread a new file's bytes).
ReadStream.prototype.destroy = ReadStream.prototype.destroySoon = function() {
  if (!this.readable) return;
  var self = this;
  this.readable = false;
  this.pause();
  if (!this._started) {
    try { require('fs').closeSync(this.fd); } catch (e) {}
  }
  process.nextTick(function() { self.emit('close'); });
};

ReadStream.prototype._onChunk = function(chunk, err) {
  if (err) { this.readable = false; this.emit('error', err); return; }
  if (this._paused) { this._queue.push(chunk); return; }
  this._deliver(chunk);
};

ReadStream.prototype._deliver = function(chunk) {
  if (chunk === null) {
    this.readable = false;
    if (this._decoder) {
      var rest = this._decoder.end();
      if (rest.length) this.emit('data', rest);
    }
    this.emit('end');
    this.emit('close');
    return;
  }
  if (this._decoder) {
    chunk = this._decoder.write(chunk);
    if (!chunk.length) return;
  }
  this.emit('data', chunk);
};

exports.stdin = function() {
  var tty = ttyModule(0);
  return tty ? new tty.ReadStream(0) : new ReadStream(0);
};
exports.WriteStream = WriteStream;
exports.ReadStream = ReadStream;
