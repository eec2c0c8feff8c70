// child_process, ported from Node v0.4's lib/child_process.js (MIT,
// Joyent, Inc. and other Node contributors), with what later Node added
// that programs rely on: an 'error' event for a program that cannot be
// started (only when someone listens, so 0.4 programs do not crash),
// Buffer output from exec with encoding 'buffer', and fork() with a
// message channel. The Rust half (process.binding('child_process'))
// starts the program; its stdio are net sockets.
var util = require('util');
var EventEmitter = require('events').EventEmitter;
var net = require('net');
var binding = process.binding('child_process');
var constants;

var spawn = exports.spawn = function(path, args /*, options, customFds */) {
  var child = new ChildProcess();
  child.spawn.apply(child, arguments);
  return child;
};

exports.exec = function(command /*, options, callback */) {
  var rest = Array.prototype.slice.call(arguments, 1);
  return exports.execFile.apply(this, ['/bin/sh', ['-c', command]].concat(rest));
};

// execFile(file, [args], [options], [callback])
exports.execFile = function(file /* args, options, callback */) {
  var options = { encoding: 'utf8',
                  timeout: 0,
                  maxBuffer: 200 * 1024,
                  killSignal: 'SIGTERM',
                  setsid: false,
                  cwd: null,
                  env: null };
  var args, optionArg, callback;
  if (typeof arguments[arguments.length - 1] === 'function') {
    callback = arguments[arguments.length - 1];
  }
  if (Array.isArray(arguments[1])) {
    args = arguments[1];
    if (typeof arguments[2] === 'object') optionArg = arguments[2];
  } else {
    args = [];
    if (typeof arguments[1] === 'object') optionArg = arguments[1];
  }
  if (optionArg) {
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) {
      if (optionArg[keys[i]] !== undefined) options[keys[i]] = optionArg[keys[i]];
    }
  }

  var child = spawn(file, args, { cwd: options.cwd, env: options.env,
                                  setsid: options.setsid });
  // Strings as 0.4 (decoded by the streams, so a program may still set
  // their encoding); Buffers for encoding 'buffer', as later Node.
  var binary = options.encoding === 'buffer' || !Buffer.isEncoding(options.encoding);
  var stdout = [], stderr = [];
  var killed = false, exited = false, timeoutId, err;
  if (!binary) {
    child.stdout.setEncoding(options.encoding);
    child.stderr.setEncoding(options.encoding);
  }

  function collected(chunks) {
    if (!binary) return chunks.join('');
    return Buffer.concat(chunks.map(function(c) {
      return typeof c === 'string' ? new Buffer(c) : c;
    }));
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    var out = collected(stdout), errText = collected(stderr);
    if (err) {
      callback(err, out, errText);
    } else if (code === 0 && signal === null) {
      callback(null, out, errText);
    } else {
      var e = new Error('Command failed: ' + errText);
      e.killed = child.killed || killed;
      e.code = code;
      e.signal = signal;
      callback(e, out, errText);
    }
  }

  // As 0.4: the callback follows the kill at once, without waiting for
  // pipes a grandchild may still hold open.
  function kill() {
    killed = true;
    try { child.kill(options.killSignal); } catch (e) { err = err || e; }
    process.nextTick(function() { exithandler(null, options.killSignal); });
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function() {
      timeoutId = null;
      kill();
    }, options.timeout);
  }

  // Each stream's output, up to maxBuffer (past it the child is killed).
  function collect(stream, chunks) {
    var length = 0;
    stream.on('data', function(chunk) {
      chunks.push(chunk);
      length += chunk.length;
      if (length > options.maxBuffer && !err) {
        err = new Error('maxBuffer exceeded.');
        kill();
      }
    });
  }
  collect(child.stdout, stdout);
  collect(child.stderr, stderr);
  child.on('exit', exithandler);
  return child;
};

// fork(modulePath, [args], [options]): another rnode running the module,
// with a message channel: child.send(message) / 'message' here,
// process.send(message) / process.on('message') there.
exports.fork = function(modulePath, args, options) {
  options = options || {};
  var child = new ChildProcess();
  var env = {};
  var source = options.env || process.env;
  for (var key in source) env[key] = source[key];
  env.NODE_CHANNEL_FD = '3';
  child.spawn(process.execPath, [modulePath].concat(args || []),
              { cwd: options.cwd, env: env, customFds: options.customFds,
                setsid: options.setsid, _channel: true });
  return child;
};

function ChildProcess() {
  EventEmitter.call(this);
  this.killed = false;
  this.exitCode = null;
  this.signalCode = null;
  this.pid = undefined;
  this.stdin = this.stdout = this.stderr = null;
  this._exited = false;
  this._gotExit = false;
}
util.inherits(ChildProcess, EventEmitter);
exports.ChildProcess = ChildProcess;

// Every call sends: a child may survive a signal (trap it, ignore it).
ChildProcess.prototype.kill = function(sig) {
  if (!constants) constants = process.binding('constants');
  sig = sig || 'SIGTERM';
  var signum = typeof sig === 'number' ? sig : constants[sig];
  if (typeof signum !== 'number' || (typeof sig === 'string' && sig.slice(0, 3) !== 'SIG')) {
    throw new Error('Unknown signal: ' + sig);
  }
  if (this._exited || this.pid === undefined) return false;
  var sent = binding.kill(this.pid, signum);
  if (sent) this.killed = true;
  return sent;
};

ChildProcess.prototype.spawn = function(path, args, options, customFds) {
  var self = this;
  args = args || [];
  var cwd, env, setsid, uid, gid;
  if (!options || options.cwd === undefined && options.env === undefined &&
      options.customFds === undefined && options.gid === undefined &&
      options.uid === undefined && options.setsid === undefined) {
    // 0.4's deprecated form: (path, args, env, customFds)
    cwd = '';
    env = options || process.env;
    customFds = customFds || [-1, -1, -1];
    setsid = false;
    uid = gid = -1;
  } else {
    cwd = options.cwd || '';
    env = options.env || process.env;
    customFds = options.customFds || [-1, -1, -1];
    setsid = !!options.setsid;
    uid = options.hasOwnProperty('uid') ? options.uid : -1;
    gid = options.hasOwnProperty('gid') ? options.gid : -1;
  }
  if (!Array.isArray(args)) throw new TypeError('args must be an array');

  var envPairs = [];
  for (var key in env) envPairs.push(key + '=' + env[key]);

  var result = binding.spawn(String(path), args, String(cwd), envPairs, customFds,
                             setsid, uid, gid, !!(options && options._channel),
                             function(code, signal) { self._onexit(code, signal); });
  this.pid = result.pid;
  this.fds = result.fds;

  // stdin only written, stdout and stderr only read, as in 0.4.
  this.stdin = socketFor(result.stdio[0], false);
  this.stdout = socketFor(result.stdio[1], true);
  this.stderr = socketFor(result.stdio[2], true);
  this._pendingClose = 0;
  [this.stdout, this.stderr].forEach(function(stream) {
    if (!stream) return;
    self._pendingClose++;
    stream.on('close', function() {
      self._pendingClose--;
      self._maybeExit();
    });
  });
  if (result.channel !== null && result.channel !== undefined) {
    setupChannel(this, socketFor(result.channel, true, true));
  }
  if (result.error) {
    var error = result.error;
    error.spawnargs = args;
    process.nextTick(function() {
      if (self.listeners('error').length > 0) self.emit('error', error);
    });
  }
};

function socketFor(id, readable, writable) {
  if (id === null || id === undefined) return null;
  var socket = new net.Socket();
  socket._attach(id);
  socket.readable = readable;
  socket.writable = writable === undefined ? !readable : writable;
  return socket;
}

// 'exit' comes once the child has ended AND its stdout and stderr have
// closed, so every byte it wrote has been seen first (0.4's order).
ChildProcess.prototype._onexit = function(code, signal) {
  this._gotExit = true;
  this.exitCode = code;
  this.signalCode = signal;
  if (this.stdin) this.stdin.end();
  this._maybeExit();
};

ChildProcess.prototype._maybeExit = function() {
  if (this._exited || !this._gotExit || this._pendingClose > 0) return;
  this._exited = true;
  if (this._channel) this._channel.destroy();
  this.emit('exit', this.exitCode, this.signalCode);
};

// The fork channel: one JSON message per line over a socket pair.
function setupChannel(target, socket) {
  var buffered = '';
  target._channel = socket;
  socket.setEncoding('utf8');
  socket.on('data', function(text) {
    buffered += text;
    var lines = buffered.split('\n');
    buffered = lines.pop();
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].length) target.emit('message', JSON.parse(lines[i]));
    }
  });
  socket.on('error', function() {});
  target.send = function(message) {
    if (socket._destroyed) throw new Error('channel closed');
    socket.write(JSON.stringify(message) + '\n');
    return true;
  };
  target.disconnect = function() { socket.end(); };
}
exports._setupChannel = setupChannel;
