// process.stdout / stderr / stdin. Writes are synchronous, so nothing
// accepted is lost when the process exits. (The full stream versions land
// with the fs/streams work.)
var EventEmitter = require('events').EventEmitter;
var binding = process.binding('stdio');

function WriteStream(fd) {
  EventEmitter.call(this);
  this.fd = fd;
  this.writable = true;
  this.isTTY = binding.isatty(fd);
}
WriteStream.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: WriteStream, writable: true, configurable: true }
});

WriteStream.prototype.write = function(data, encoding) {
  if (!this.writable) {
    this.emit('error', new Error('stream not writable'));
    return false;
  }
  if (typeof data !== 'string') {
    data = (data && typeof data.toString === 'function') ? data.toString(encoding) : String(data);
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

WriteStream.prototype.end = function(data, encoding) {
  if (data) this.write(data, encoding);
};

WriteStream.prototype.destroy = WriteStream.prototype.destroySoon = function() {};

exports.stdout = function() { return new WriteStream(1); };
exports.stderr = function() { return new WriteStream(2); };
exports.stdin = function() {
  var stdin = new EventEmitter();
  stdin.fd = 0;
  stdin.readable = true;
  return stdin;
};
exports.WriteStream = WriteStream;
