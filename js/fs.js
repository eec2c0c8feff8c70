// fs: the manual's "File System" section, after Node v0.4's lib/fs.js.
// The system calls are process.binding('fs') (Rust): given a callback as
// its last argument a call runs on the reactor's blocking pool, otherwise
// it runs now and returns or throws.
var util = require('util');
var pathModule = require('path');
var Stream = require('stream').Stream;
var EventEmitter = require('events').EventEmitter;
var Buffer = require('buffer').Buffer;
var constants = require('constants');
var binding = process.binding('fs');
var fs = exports;

var O_RDONLY = constants.O_RDONLY, O_WRONLY = constants.O_WRONLY,
    O_RDWR = constants.O_RDWR, O_CREAT = constants.O_CREAT,
    O_TRUNC = constants.O_TRUNC, O_APPEND = constants.O_APPEND,
    O_EXCL = constants.O_EXCL, O_SYNC = constants.O_SYNC;

function noop() {}

// The callback, or a no-op: async calls with no callback still run async.
function maybeCallback(cb) {
  return typeof cb === 'function' ? cb : noop;
}

// Strings map to O_* flags; anything else passes through for the binding
// to accept (numbers) or reject (TypeError), as 0.4 did.
function stringToFlags(flag) {
  if (typeof flag !== 'string') return flag;
  switch (flag) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
  }
  throw new Error('Unknown file open flag: ' + flag);
}
fs._stringToFlags = stringToFlags;

function modeNum(mode, def) {
  if (typeof mode === 'number') return mode;
  if (typeof mode === 'string') return parseInt(mode, 8);
  return def;
}

function toUnixTimestamp(time) {
  if (typeof time === 'number') return time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new TypeError('Cannot parse time: ' + time);
}
fs._toUnixTimestamp = toUnixTimestamp;

// ---- Stats -------------------------------------------------------------------

fs.Stats = function Stats() {};
binding.setup(fs.Stats.prototype);

fs.Stats.prototype._checkModeProperty = function(property) {
  return ((this.mode & constants.S_IFMT) === property);
};
fs.Stats.prototype.isDirectory = function() { return this._checkModeProperty(constants.S_IFDIR); };
fs.Stats.prototype.isFile = function() { return this._checkModeProperty(constants.S_IFREG); };
fs.Stats.prototype.isBlockDevice = function() { return this._checkModeProperty(constants.S_IFBLK); };
fs.Stats.prototype.isCharacterDevice = function() { return this._checkModeProperty(constants.S_IFCHR); };
fs.Stats.prototype.isSymbolicLink = function() { return this._checkModeProperty(constants.S_IFLNK); };
fs.Stats.prototype.isFIFO = function() { return this._checkModeProperty(constants.S_IFIFO); };
fs.Stats.prototype.isSocket = function() { return this._checkModeProperty(constants.S_IFSOCK); };

// ---- whole files -------------------------------------------------------------

fs.readFile = function(path, encoding, callback) {
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (encoding && typeof encoding === 'object') encoding = encoding.encoding;
  callback = maybeCallback(callback);
  binding.readFile(path, O_RDONLY, function(err, buffer) {
    if (err) return callback(err);
    callback(null, encoding ? buffer.toString(encoding) : buffer);
  });
};

fs.readFileSync = function(path, encoding) {
  if (encoding && typeof encoding === 'object') encoding = encoding.encoding;
  var buffer = binding.readFile(path, O_RDONLY);
  return encoding ? buffer.toString(encoding) : buffer;
};

function toBuffer(data, encoding) {
  return Buffer.isBuffer(data) ? data : new Buffer(String(data), encoding || 'utf8');
}

function writeAll(flag) {
  return function(path, data, encoding, callback) {
    if (typeof encoding === 'function') { callback = encoding; encoding = null; }
    var mode = 438;
    if (encoding && typeof encoding === 'object') {
      mode = modeNum(encoding.mode, 438);
      flag = encoding.flag || flag;
      encoding = encoding.encoding;
    }
    binding.writeFile(path, toBuffer(data, encoding), stringToFlags(flag), mode,
                      maybeCallback(callback));
  };
}

function writeAllSync(flag) {
  return function(path, data, encoding) {
    var mode = 438;
    if (encoding && typeof encoding === 'object') {
      mode = modeNum(encoding.mode, 438);
      flag = encoding.flag || flag;
      encoding = encoding.encoding;
    }
    binding.writeFile(path, toBuffer(data, encoding), stringToFlags(flag), mode);
  };
}

fs.writeFile = writeAll('w');
fs.writeFileSync = writeAllSync('w');
fs.appendFile = writeAll('a');
fs.appendFileSync = writeAllSync('a');

// ---- descriptors -------------------------------------------------------------

fs.open = function(path, flags, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  binding.open(path, stringToFlags(flags), modeNum(mode, 438), maybeCallback(callback));
};

fs.openSync = function(path, flags, mode) {
  return binding.open(path, stringToFlags(flags), modeNum(mode, 438));
};

fs.close = function(fd, callback) { binding.close(fd, maybeCallback(callback)); };
fs.closeSync = function(fd) { return binding.close(fd); };

// read(fd, buffer, offset, length, position, cb), or 0.4's legacy
// read(fd, length, position, encoding, cb) → cb(err, string, bytesRead).
fs.read = function(fd, buffer, offset, length, position, callback) {
  if (!Buffer.isBuffer(buffer)) {
    // (fd, length, position, encoding, cb)
    var encoding = length;
    var cb = maybeCallback(position);
    position = offset;
    length = buffer;
    buffer = new Buffer(length);
    return binding.read(fd, buffer, 0, length, position, function(err, bytesRead) {
      if (err) return cb(err);
      cb(null, buffer.toString(encoding, 0, bytesRead), bytesRead);
    });
  }
  binding.read(fd, buffer, offset, length, position, maybeCallback(callback));
};

fs.readSync = function(fd, buffer, offset, length, position) {
  if (!Buffer.isBuffer(buffer)) {
    var encoding = length;
    position = offset;
    length = buffer;
    buffer = new Buffer(length);
    var n = binding.read(fd, buffer, 0, length, position);
    return [buffer.toString(encoding, 0, n), n];
  }
  return binding.read(fd, buffer, offset, length, position);
};

// write(fd, buffer, offset, length, position, cb), or the string form
// write(fd, string, position, encoding, cb).
fs.write = function(fd, buffer, offset, length, position, callback) {
  if (!Buffer.isBuffer(buffer)) {
    if (typeof offset === 'function') { callback = offset; offset = null; }
    if (typeof length === 'function') { callback = length; length = null; }
    var cb = maybeCallback(typeof position === 'function' ? position : callback);
    var data = toBuffer(buffer, typeof length === 'string' ? length : 'utf8');
    return binding.write(fd, data, 0, data.length, offset, function(err, written) {
      cb(err, written, data);
    });
  }
  binding.write(fd, buffer, offset, length, position, function(err, written) {
    maybeCallback(callback)(err, written, buffer);
  });
};

fs.writeSync = function(fd, buffer, offset, length, position) {
  if (!Buffer.isBuffer(buffer)) {
    var data = toBuffer(buffer, typeof length === 'string' ? length : 'utf8');
    return binding.write(fd, data, 0, data.length, offset);
  }
  return binding.write(fd, buffer, offset, length, position);
};

// ---- paths and metadata ------------------------------------------------------

// fs.name(args…, [callback]) and fs.nameSync(args…) for calls whose
// arguments pass straight to the binding (`arity` of them).
function simple(name, arity, prepare) {
  var call = binding[name];
  fs[name] = function() {
    var args = prepare ? prepare(arguments) : Array.prototype.slice.call(arguments, 0, arity);
    args.length = arity;
    args.push(maybeCallback(arguments[arguments.length - 1]));
    if (typeof args[arity - 1] === 'function') args[arity - 1] = undefined;
    return call.apply(binding, args);
  };
  fs[name + 'Sync'] = function() {
    var args = prepare ? prepare(arguments) : Array.prototype.slice.call(arguments, 0, arity);
    args.length = arity;
    return call.apply(binding, args);
  };
}

simple('rename', 2);
simple('rmdir', 1);
simple('readdir', 1);
simple('stat', 1);
simple('lstat', 1);
simple('fstat', 1);
simple('link', 2);
simple('symlink', 2);
simple('readlink', 1);
simple('unlink', 1);
simple('fsync', 1);
simple('fdatasync', 1);
simple('chown', 3);
simple('fchown', 3);
simple('lchown', 3);
simple('mkdir', 2, function(args) { return [args[0], modeNum(args[1], 511)]; });
function requiredMode(args) {
  var mode = modeNum(args[1]);
  if (typeof mode !== 'number' || isNaN(mode)) throw new TypeError('mode must be an integer');
  return [args[0], mode];
}
simple('chmod', 2, requiredMode);
simple('fchmod', 2, requiredMode);
simple('utimes', 3, function(args) {
  return [args[0], toUnixTimestamp(args[1]), toUnixTimestamp(args[2])];
});
simple('futimes', 3, function(args) {
  return [args[0], toUnixTimestamp(args[1]), toUnixTimestamp(args[2])];
});
simple('realpath', 1);

// truncate(fd, len) as in 0.4, or truncate(path, len).
function truncateArgs(args) {
  return [args[0], typeof args[1] === 'number' ? args[1] : 0];
}
simple('ftruncate', 2, truncateArgs);
fs.truncate = function(target, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  var call = typeof target === 'number' ? binding.ftruncate : binding.truncate;
  call(target, len || 0, maybeCallback(callback));
};
fs.truncateSync = function(target, len) {
  var call = typeof target === 'number' ? binding.ftruncate : binding.truncate;
  return call(target, len || 0);
};

fs.exists = function(path, callback) {
  binding.stat(String(path), function(err) { maybeCallback(callback)(!err); });
};

fs.existsSync = function(path) {
  try {
    binding.stat(String(path));
    return true;
  } catch (e) {
    return false;
  }
};

// ---- watchFile: polling with stat ---------------------------------------------

function StatWatcher() {
  EventEmitter.call(this);
  this._timer = null;
}
util.inherits(StatWatcher, EventEmitter);
fs.StatWatcher = StatWatcher;

function statsChanged(a, b) {
  return a.mtime.getTime() !== b.mtime.getTime() || a.ctime.getTime() !== b.ctime.getTime() ||
         a.size !== b.size || a.ino !== b.ino || a.nlink !== b.nlink;
}

function emptyStats() {
  var s = new fs.Stats();
  ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks'].forEach(function(k) {
    s[k] = 0;
  });
  s.atime = s.mtime = s.ctime = new Date(0);
  return s;
}

StatWatcher.prototype.start = function(filename, persistent, interval) {
  var self = this;
  var prev;
  try { prev = fs.statSync(filename); } catch (e) { prev = emptyStats(); }
  var polling = false;
  this._timer = setInterval(function() {
    if (polling) return;
    polling = true;
    fs.stat(filename, function(err, curr) {
      polling = false;
      if (!self._timer) return;
      if (err) curr = emptyStats();
      if (statsChanged(curr, prev)) {
        var last = prev;
        prev = curr;
        self.emit('change', curr, last);
      }
    });
  }, interval);
  if (!persistent) this._timer.unref();
};

StatWatcher.prototype.stop = function() {
  if (this._timer) clearInterval(this._timer);
  this._timer = null;
};

var statWatchers = {};

fs.watchFile = function(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = {}; }
  options = options || {};
  if (typeof listener !== 'function') throw new Error('watchFile requires a listener function');
  // libev's interval 0 meant "the default", about five seconds.
  var interval = options.interval || 5007;
  var persistent = options.persistent !== false;
  var watcher = statWatchers[filename];
  if (!watcher) {
    watcher = statWatchers[filename] = new StatWatcher();
    watcher.start(filename, persistent, interval);
  }
  watcher.addListener('change', listener);
  return watcher;
};

fs.unwatchFile = function(filename, listener) {
  var watcher = statWatchers[filename];
  if (!watcher) return;
  if (typeof listener === 'function') {
    watcher.removeListener('change', listener);
  } else {
    watcher.removeAllListeners('change');
  }
  if (watcher.listeners('change').length === 0) {
    watcher.stop();
    delete statWatchers[filename];
  }
};

// ---- ReadStream ----------------------------------------------------------------

fs.createReadStream = function(path, options) {
  return new ReadStream(path, options);
};

var ReadStream = fs.ReadStream = function(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  Stream.call(this);
  var self = this;
  this.path = path;
  this.fd = null;
  this.readable = true;
  this.paused = false;
  this.flags = 'r';
  this.mode = 438;
  this.bufferSize = 64 * 1024;
  options = options || {};
  for (var key in options) this[key] = options[key];
  if (this.encoding) this.setEncoding(this.encoding);

  if (this.start !== undefined || this.end !== undefined) {
    if (this.start === undefined) this.start = 0;
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    if (this.end === undefined) this.end = Infinity;
    else if (typeof this.end !== 'number') throw new TypeError('end must be a Number');
    if (this.start > this.end) throw new Error('start must be <= end');
    this.pos = this.start;
  }

  if (this.fd !== null) {
    process.nextTick(function() { self._read(); });
    return;
  }
  fs.open(this.path, this.flags, this.mode, function(err, fd) {
    if (err) {
      self.readable = false;
      self.emit('error', err);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
    self._read();
  });
};
util.inherits(ReadStream, Stream);

ReadStream.prototype.setEncoding = function(encoding) {
  var StringDecoder = require('string_decoder').StringDecoder;
  this._decoder = new StringDecoder(encoding);
};

ReadStream.prototype._read = function() {
  var self = this;
  if (!this.readable || this.paused || this._reading || this.fd === null) return;
  var toRead = this.bufferSize;
  if (this.pos !== undefined) toRead = Math.min(this.end - this.pos + 1, toRead);
  if (toRead <= 0) return this._finish();
  this._reading = true;
  var buffer = new Buffer(toRead);
  fs.read(this.fd, buffer, 0, toRead, this.pos === undefined ? null : this.pos, function(err, bytesRead) {
    self._reading = false;
    if (err) {
      self.readable = false;
      self.emit('error', err);
      self.destroy();
      return;
    }
    if (bytesRead === 0) return self._finish();
    if (self.pos !== undefined) self.pos += bytesRead;
    var chunk = bytesRead < toRead ? buffer.slice(0, bytesRead) : buffer;
    if (self._decoder) {
      var text = self._decoder.write(chunk);
      if (text.length) self.emit('data', text);
    } else {
      self.emit('data', chunk);
    }
    self._read();
  });
};

ReadStream.prototype._finish = function() {
  if (!this.readable) return;
  if (this._decoder) {
    var rest = this._decoder.end();
    if (rest.length) this.emit('data', rest);
  }
  this.readable = false;
  this.emit('end');
  this.destroy();
};

ReadStream.prototype.pause = function() {
  this.paused = true;
};

ReadStream.prototype.resume = function() {
  this.paused = false;
  this._read();
};

// Closes a stream's descriptor once, then 'close' (or 'error').
function closeStream(stream, callback) {
  if (stream.fd === null || stream._closing) {
    if (callback) process.nextTick(callback);
    return;
  }
  stream._closing = true;
  fs.close(stream.fd, function(err) {
    if (callback) callback(err);
    if (err) return stream.emit('error', err);
    stream.emit('close');
  });
}

ReadStream.prototype.destroy = function(callback) {
  this.readable = false;
  closeStream(this, callback);
};

// ---- WriteStream ---------------------------------------------------------------

fs.createWriteStream = function(path, options) {
  return new WriteStream(path, options);
};

var WriteStream = fs.WriteStream = function(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  Stream.call(this);
  var self = this;
  this.path = path;
  this.fd = null;
  this.writable = true;
  this.flags = 'w';
  this.encoding = 'utf8';
  this.mode = 438;
  this.bytesWritten = 0;
  options = options || {};
  for (var key in options) this[key] = options[key];
  if (this.start !== undefined) {
    if (typeof this.start !== 'number') throw new TypeError('start must be a Number');
    this.pos = this.start;
  }
  this._queue = [];
  this._busy = false;
  this._ending = false;
  if (this.fd !== null) return;
  fs.open(this.path, this.flags, this.mode, function(err, fd) {
    if (err) {
      self.writable = false;
      self.emit('error', err);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
    self._flush();
  });
};
util.inherits(WriteStream, Stream);

// Returns true when the chunk goes straight to the OS (nothing else was
// waiting), false when it had to queue; 'drain' follows a false. One write
// in flight lets a piped reader fetch the next chunk meanwhile.
WriteStream.prototype.write = function(data, encoding, callback) {
  if (!this.writable || this._ending) {
    this.emit('error', new Error('Stream is not writable'));
    return false;
  }
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  this._queue.push([toBuffer(data, encoding || this.encoding), callback]);
  this._flush();
  // As 0.4: write() always returns false, and 'drain' follows each time
  // the queue empties; programs and 0.4's tests count those drains.
  this._needDrain = true;
  return false;
};

WriteStream.prototype._flush = function() {
  var self = this;
  if (this._busy || this.fd === null) return;
  var item = this._queue.shift();
  if (!item) {
    if (this._ending) this.destroy();
    return;
  }
  this._busy = true;
  var buf = item[0];
  var position = this.pos === undefined ? null : this.pos;
  fs.write(this.fd, buf, 0, buf.length, position, function(err, written) {
    self._busy = false;
    if (err) {
      self.writable = false;
      if (item[1]) item[1](err);
      self.emit('error', err);
      return;
    }
    self.bytesWritten += written;
    if (self.pos !== undefined) self.pos += written;
    if (item[1]) item[1](null, written);
    if (self._queue.length === 0 && self._needDrain && !self._ending) {
      self._needDrain = false;
      self.emit('drain');
    }
    self._flush();
  });
};

WriteStream.prototype.end = function(data, encoding, callback) {
  if (typeof data === 'function') { callback = data; data = null; }
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (data) this.write(data, encoding);
  if (callback) this.once('close', callback);
  this._ending = true;
  this.writable = false;
  this._flush();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

WriteStream.prototype.destroy = function(callback) {
  this.writable = false;
  closeStream(this, callback);
};
