// Bootstrap: run once per runtime, like Node v0.4's src/node.js. Called
// from Rust as `function (process, global, loader)`; sets up the global object,
// turns `process` into an EventEmitter, wires nextTick and the
// uncaught-exception path to the event loop, and returns the hooks the
// runtime calls (`runMain`, `emitExit`).

var natives = process.binding('natives');
var rawBinding = process.binding;

// ---- process.binding with a cache -------------------------------------
var bindingCache = {};
hide(process, 'binding', function binding(name) {
  name = String(name);
  if (!Object.prototype.hasOwnProperty.call(bindingCache, name)) {
    bindingCache[name] = rawBinding(name);
    // js/buffer.js completes its binding (SlowBuffer, the prototype).
    if (name === 'buffer') NativeModule.require('buffer');
  }
  return bindingCache[name];
});
bindingCache.natives = natives;

function hide(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

// Internal members of process stay out of for-in and inspect output.
['_kill', 'reallyExit', '_needTickCallback', '_setupCallbacks', '_setTitle',
 '_rawEnv', '_permissionHas', '_checkEnv', '_setTimeZone'].forEach(function(name) { hide(process, name, process[name]); });

// ---- core modules (NativeModule, as in Node 0.4) -----------------------
function NativeModule(id) {
  this.filename = id + '.js';
  this.id = id;
  this.exports = {};
  this.loaded = false;
}
NativeModule._cache = {};
var publicIds = {};
natives.ids.forEach(function(id) { publicIds[id] = true; });
// Modules the embedding host wrote in Rust (RuntimeOptions::host_modules).
var hostIds = {};
natives.hostIds.forEach(function(id) { hostIds[id] = true; });

// Core modules of a cargo feature this build left out (id -> feature):
// requiring one says which feature, instead of searching node_modules.
var leftOut = natives.leftOut;

NativeModule.exists = function(id) {
  return id === 'native_module' || Object.prototype.hasOwnProperty.call(publicIds, id) ||
         Object.prototype.hasOwnProperty.call(hostIds, id) || id in leftOut;
};

NativeModule.require = function(id) {
  if (id === 'native_module') return NativeModule;
  var cached = NativeModule._cache[id];
  if (cached) return cached.exports;
  if (!Object.prototype.hasOwnProperty.call(publicIds, id) &&
      Object.prototype.hasOwnProperty.call(hostIds, id)) {
    var hostModule = new NativeModule(id);
    hostModule.exports = natives.host(id);
    hostModule.loaded = true;
    NativeModule._cache[id] = hostModule;
    return hostModule.exports;
  }
  if (id in leftOut) {
    throw new Error('No such module: ' + id + " (this rnode was built without its '" +
                    leftOut[id] + "' feature)");
  }
  var source = natives.source(id);
  if (source === undefined) throw new Error('No such native module ' + id);
  var nativeModule = new NativeModule(id);
  NativeModule._cache[id] = nativeModule;
  var fn = natives.compile(source, nativeModule.filename);
  // Only the module loader gets the loader binding (its sixth argument):
  // user code cannot reach it, so it cannot read files around the
  // permission layer.
  fn.call(nativeModule.exports, nativeModule.exports, NativeModule.require,
          nativeModule, nativeModule.filename, undefined,
          id === 'internal/module' ? loader : undefined);
  nativeModule.loaded = true;
  return nativeModule.exports;
};

// ---- Error.stack as V8 shows it; Error.captureStackTrace --------------
// For `Error`, the Error constructor of this context or of a vm context
// (bindings/vm.rs calls it for each new one). The engine gives each error
// an own `stack` accessor when it is made (the pair installed here on
// Error.prototype), and natives.errorFrames its frames with their
// functions and receivers (vendor patch 24).
function installErrorStack(Error) {
  var engineStack = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (!engineStack || !engineStack.get) return;
  function header(err) {
    try { return Error.prototype.toString.call(err); } catch (e) { return 'Error'; }
  }
  // At most Error.stackTraceLimit of them (V8's rule).
  function callSites(frames) {
    var limit = Error.stackTraceLimit;
    if (typeof limit === 'number' && limit >= 0 && frames.length > limit) {
      frames = frames.slice(0, limit);
    }
    return frames.map(function(frame) { return new CallSite(frame); });
  }
  // V8 never showed its C++ builtins: `call` and `apply` between two frames.
  function shown(frames) {
    return frames.filter(function(f) {
      return !(f.native && (f.name === 'call' || f.name === 'apply'));
    });
  }
  // err.stack: V8's text, or what Error.prepareStackTrace(err, callSites)
  // makes of it when the program set one. Stacks read while it runs (its
  // own err.stack, a new Error's) get the text, as V8's: it is never
  // re-entered.
  var preparing = false;
  function format(err, sites) {
    if (typeof Error.prepareStackTrace === 'function' && !preparing) {
      preparing = true;
      try {
        return Error.prepareStackTrace(err, sites);
      } finally {
        preparing = false;
      }
    }
    var text = header(err);
    for (var i = 0; i < sites.length; i++) text += '\n    at ' + sites[i];
    return text;
  }
  function stackOf(err) {
    var frames = natives.errorFrames(err);
    if (frames === undefined) return undefined;
    var stack = format(err, callSites(shown(frames)));
    // Made once, as V8: later reads see the same value.
    try {
      Object.defineProperty(err, 'stack', {
        value: stack, writable: true, configurable: true, enumerable: false
      });
    } catch (e) {}
    return stack;
  }
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get: function() { return stackOf(this); },
    set: engineStack.set
  });
  hide(Error, 'captureStackTrace', function captureStackTrace(obj, fn) {
    // Drop this function's own frame; with `fn`, also the frames above its
    // most recent call, that call included (V8's "stack start function").
    var frames = shown(natives.errorFrames(new Error()) || []).slice(1);
    if (typeof fn === 'function') {
      for (var i = 0; i < frames.length; i++) {
        if (frames[i].fn === fn) {
          frames = frames.slice(i + 1);
          break;
        }
      }
    }
    Object.defineProperty(obj, 'stack', {
      value: format(obj, callSites(frames)),
      writable: true, configurable: true, enumerable: false
    });
  });
  hide(Error, 'stackTraceLimit', 10);
}

// ---- V8's CallSite, for Error.prepareStackTrace --------------------------
// Made from a frame natives.errorFrames gives: { name, file, line, column,
// native, eval, fn, self, construct }.
function CallSite(frame) {
  this._frame = frame;
}
// The receiver's constructor's name, read without running getters
// (V8's %GetConstructorName).
function constructorName(receiver) {
  try {
    for (var o = Object(receiver); o; o = Object.getPrototypeOf(o)) {
      var d = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (d && 'value' in d) {
        return typeof d.value === 'function' && d.value.name ? d.value.name : 'Object';
      }
    }
  } catch (e) {}
  return 'Object';
}
// The property of the receiver holding fn, when there is exactly one
// (V8's CallSiteGetMethodName).
function methodName(fn, receiver) {
  if (typeof fn !== 'function' || receiver === null || receiver === undefined) return null;
  var o = Object(receiver);
  function holds(name) {
    var getter = o.__lookupGetter__(name);
    return getter === fn || o.__lookupSetter__(name) === fn || (!getter && o[name] === fn);
  }
  try {
    if (fn.name && holds(fn.name)) return fn.name;
    var found = null;
    for (var name in o) {
      if (holds(name)) {
        if (found) return null;
        found = name;
      }
    }
    return found;
  } catch (e) {
    return null;
  }
}
function fileLocation(site) {
  var f = site._frame;
  if (f.native) return 'native';
  var where = f.file !== null ? f.file : '<anonymous>';
  if (f.line === null) return f.file !== null ? where : 'unknown source';
  return where + ':' + f.line + (f.column ? ':' + f.column : '');
}
[
  ['getThis', function() { return this._frame.self; }],
  ['getTypeName', function() {
    var self = this._frame.self;
    return self === null || self === undefined ? null : constructorName(self);
  }],
  ['getFunction', function() { return this._frame.fn; }],
  ['getFunctionName', function() {
    var name = this._frame.name;
    return name && name !== '<main>' ? name : null;
  }],
  ['getMethodName', function() { return methodName(this._frame.fn, this._frame.self); }],
  ['getFileName', function() { return this._frame.file === null ? undefined : this._frame.file; }],
  ['getLineNumber', function() { return this._frame.line; }],
  ['getColumnNumber', function() { return this._frame.column; }],
  ['getEvalOrigin', function() { return undefined; }],
  ['isToplevel', function() {
    var self = this._frame.self;
    return self === null || self === undefined || self === global ||
        (typeof self === 'object' && self.global === self);
  }],
  ['isEval', function() { return this._frame.eval; }],
  ['isNative', function() { return this._frame.native; }],
  ['isConstructor', function() { return this._frame.construct; }],
  // V8's CallSiteToString: `Type.method [as name] (file:line:column)`,
  // `new F (…)`, `f (…)`, or the location alone.
  ['toString', function() {
    var where = fileLocation(this);
    var name = this.getFunctionName();
    var line;
    if (this.isConstructor()) {
      line = 'new ' + (name || '<anonymous>');
    } else if (!this.isToplevel()) {
      var method = this.getMethodName();
      line = this.getTypeName() + '.';
      if (name) {
        line += name + (method && method !== name ? ' [as ' + method + ']' : '');
      } else {
        line += method || '<anonymous>';
      }
    } else if (name) {
      line = name;
    } else {
      return where;
    }
    return line + ' (' + where + ')';
  }]
].forEach(function(method) { hide(CallSite.prototype, method[0], method[1]); });
installErrorStack(Error);
process.binding('vm').setup(installErrorStack);

// ---- Date: V8's legacy string formats ----------------------------------
// Boa parses ISO and RFC 1123 dates; the looser formats V8 accepted
// ("2010/02/14 11:48", "Feb 14 2010"…) go to internal/date, only when the
// engine gives up. The prototype, statics and instanceof stay the
// engine's.
(function() {
  var NativeDate = global.Date;  // (the inner function Date is hoisted)
  var nativeParse = NativeDate.parse;
  function parse(text) {
    // V8 refused an ISO offset of hours alone (`+01`); Boa takes it.
    if (typeof text === 'string' && /T[\d:.]+[+-]\d\d$/.test(text)) return NaN;
    var t = nativeParse(text);
    if (t !== t && typeof text === 'string') t = NativeModule.require('internal/date').parse(text);
    return t;
  }
  // Rest and spread: cheaper in Boa than `arguments` (this runs for every
  // `new Date()`).
  function Date(...args) {
    if (!new.target) return NativeDate();
    if (args.length === 0) return new NativeDate();
    if (args.length === 1) return new NativeDate(typeof args[0] === 'string' ? parse(args[0]) : args[0]);
    return new NativeDate(...args);
  }
  Date.prototype = NativeDate.prototype;
  hide(Date.prototype, 'constructor', Date);
  hide(Date, 'now', NativeDate.now);
  hide(Date, 'UTC', NativeDate.UTC);
  hide(Date, 'parse', parse);
  Object.defineProperty(Date, 'length', { value: 7, configurable: true });
  hide(global, 'Date', Date);
  // toString ends with the zone's abbreviation, as V8 of 2011 printed it:
  // `Sat Jan 01 2011 00:00:00 GMT+0000 (UTC)`.
  var nativeToString = NativeDate.prototype.toString;
  var os = process.binding('os');
  hide(NativeDate.prototype, 'toString', function toString() {
    var text = nativeToString.call(this);
    var zone = os.timezoneName(NativeDate.prototype.getTime.call(this));
    return zone === undefined ? text : text + ' (' + zone + ')';
  });
})();

// ---- global object -----------------------------------------------------
global.global = global;
global.GLOBAL = global;
global.root = global;
global.process = process;

// process is an EventEmitter.
var EventEmitter = NativeModule.require('events').EventEmitter;
Object.setPrototypeOf(process, EventEmitter.prototype);
EventEmitter.call(process);
hide(process, 'EventEmitter', EventEmitter);

// Timers: thin globals that load the timers module on first use.
['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'].forEach(function(name) {
  global[name] = function() {
    var timers = NativeModule.require('timers');
    return timers[name].apply(this, arguments);
  };
});

// console and Buffer load on first touch but stay enumerable globals.
lazyGlobal('console', function() { return NativeModule.require('console'); });
if (NativeModule.exists('buffer')) {
  lazyGlobal('Buffer', function() { return NativeModule.require('buffer').Buffer; });
}

// The accessor stays in place after the first load: Boa's inline caches do
// not notice a global accessor being redefined as a data property.
function lazyGlobal(name, load) {
  var value, loaded = false;
  Object.defineProperty(global, name, {
    configurable: true,
    enumerable: true,
    get: function() {
      if (!loaded) { value = load(); loaded = true; }
      return value;
    },
    set: function(v) { value = v; loaded = true; }
  });
}

// ---- nextTick -----------------------------------------------------------
var tickQueue = [];
var tickIndex = 0;
process.nextTick = function nextTick(callback) {
  tickQueue.push(callback);
  process._needTickCallback();
};

// Runs every queued tick, including ones queued meanwhile. If one throws,
// the rest stay queued and run after the error is handled.
function tickCallback() {
  try {
    while (tickIndex < tickQueue.length) {
      var callback = tickQueue[tickIndex++];
      callback();
    }
  } finally {
    if (tickIndex < tickQueue.length) {
      process._needTickCallback();
    } else {
      tickQueue = [];
      tickIndex = 0;
    }
  }
}

// An exception that reached the event loop: listeners of
// 'uncaughtException' take it; with none, the runtime prints it and exits.
function fatalException(err) {
  if (process.listeners('uncaughtException').length === 0) return false;
  process.emit('uncaughtException', err);
  return true;
}
process._setupCallbacks(tickCallback, fatalException);

// ---- exit, kill, title, env -------------------------------------------
process.exit = function exit(code) {
  code = code || 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  process.reallyExit(code);
};

process.kill = function kill(pid, sig) {
  var signum;
  if (sig === undefined) sig = 'SIGTERM';
  if (typeof sig === 'number') {
    signum = sig;
  } else {
    signum = process.binding('constants')[sig];
    if (typeof signum !== 'number' || String(sig).slice(0, 3) !== 'SIG') {
      throw new Error('Unknown signal: ' + sig);
    }
  }
  process._kill(+pid, signum);
  return true;
};

var title = process.argv[0];
Object.defineProperty(process, 'title', {
  enumerable: true,
  configurable: true,
  get: function() { return title; },
  set: function(value) { title = String(value); process._setTitle(title); }
});

// process.permission.has(scope, [resource]) (later Node's API): the
// permission layer (Rust) answers.
hide(process, 'permission', Object.freeze({
  has: function has(scope, resource) { return process._permissionHas(scope, resource); }
}));

// Values written to process.env become strings, as in the C environment;
// child processes get the env object as it is when they start. In a
// sandbox the object holds only the variables the script may read (Rust
// filled it), and every variable touched is checked by the permission
// layer (which also knows a vm context's narrower set): a refused name
// throws its ERR_ACCESS_DENIED.
(function() {
  var checkEnv = process._checkEnv;
  var setTimeZone = process._setTimeZone;
  var proto = Object.prototype;
  function check(key) {
    if (typeof key === 'string' && !(key in proto)) checkEnv(key);
  }
  // TZ also changes this process's local time zone (tzset(3)), as in 0.4.
  function changed(target, key) {
    if (key === 'TZ') setTimeZone(target.TZ);
  }
  process.env = new Proxy(process._rawEnv, {
    get: function(target, key) { check(key); return target[key]; },
    set: function(target, key, value) {
      check(key);
      target[key] = String(value);
      changed(target, key);
      return true;
    },
    defineProperty: function(target, key, desc) {
      check(key);
      if ('value' in desc) desc.value = String(desc.value);
      var done = Reflect.defineProperty(target, key, desc);
      changed(target, key);
      return done;
    },
    deleteProperty: function(target, key) {
      check(key);
      var done = delete target[key];
      changed(target, key);
      return done;
    }
  });
})();

// Signal events: listening for 'SIGxxx' installs a handler; removing the
// last listener restores the default action.
(function() {
  var signals = null;
  function isSignal(type) {
    return typeof type === 'string' && type.slice(0, 3) === 'SIG' &&
           typeof process.binding('constants')[type] === 'number';
  }
  function ensureSetup() {
    if (signals) return signals;
    signals = process.binding('signals');
    signals.setup(function(name) { process.emit(name); });
    return signals;
  }
  var addListener = process.addListener;
  var removeListener = process.removeListener;
  process.on = process.addListener = function(type, listener) {
    var ret = addListener.apply(this, arguments);
    if (isSignal(type) && this.listeners(type).length === 1) ensureSetup().start(type);
    return ret;
  };
  process.removeListener = function(type, listener) {
    var ret = removeListener.apply(this, arguments);
    if (isSignal(type) && signals && this.listeners(type).length === 0) signals.stop(type);
    return ret;
  };
})();

// ---- standard streams -------------------------------------------------
lazyProcessProperty('stdout', function() { return NativeModule.require('internal/stdio').stdout(); });
lazyProcessProperty('stderr', function() { return NativeModule.require('internal/stdio').stderr(); });
lazyProcessProperty('stdin', function() { return NativeModule.require('internal/stdio').stdin(); });
// 0.4's way to read stdin: resume it and hand it over.
process.openStdin = function() {
  process.stdin.resume();
  return process.stdin;
};

function lazyProcessProperty(name, load) {
  var value;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get: function() { return value || (value = load()); }
  });
}

// ---- the main module ----------------------------------------------------
// A child started by child_process.fork() talks to its parent over fd 3:
// process.send(message) and process.on('message').
function setupForkChannel() {
  var fd = process._rawEnv.NODE_CHANNEL_FD;
  if (fd === undefined) return;
  delete process._rawEnv.NODE_CHANNEL_FD;
  var net = NativeModule.require('net');
  var socket = new net.Socket({ fd: +fd, type: 'unix' });
  NativeModule.require('child_process')._setupChannel(process, socket);
}

function runMain(entry) {
  var Module = NativeModule.require('internal/module');
  setupForkChannel();
  if (entry.kind === 'file') {
    Module.runMain();
    return;
  }
  var name = entry.kind === 'stdin' ? '[stdin]' : '[eval]';
  var result = Module._runSource(name, entry.code);
  if (entry.print) global.console.log(result);
}

function emitExit(code) {
  if (process._exiting) return;
  process._exiting = true;
  process.emit('exit', code);
}

return { runMain: runMain, emitExit: emitExit };
