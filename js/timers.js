// Timers: the manual's "Timers" section. The event loop (Rust) keeps the
// due times; it calls `_onTimeout` on the Timeout object when one is due.
var binding = process.binding('timers');

function Timeout(callback, after, args, repeat) {
  this._callback = callback;
  this._idleTimeout = after;
  this._args = args;
  this._repeat = repeat;
  this._refed = true;
  this._id = binding.start(this, after);
}

Timeout.prototype._onTimeout = function() {
  // Re-arm first, so clearInterval inside the callback works.
  if (this._repeat) {
    this._id = binding.start(this, this._idleTimeout);
    if (!this._refed) binding.setRef(this._id, false);
  } else {
    this._id = -1;
  }
  var args = this._args;
  if (!args) {
    this._callback();
  } else {
    this._callback.apply(this, args);
  }
};

Timeout.prototype.unref = function() {
  this._refed = false;
  binding.setRef(this._id, false);
  return this;
};

Timeout.prototype.ref = function() {
  this._refed = true;
  binding.setRef(this._id, true);
  return this;
};

Timeout.prototype.hasRef = function() { return this._refed; };

Timeout.prototype.close = function() {
  binding.stop(this._id);
  this._id = -1;
  this._repeat = false;
  return this;
};

function extraArgs(args) {
  if (args.length <= 2) return null;
  return Array.prototype.slice.call(args, 2);
}

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    throw new TypeError('callback must be a function');
  }
}

exports.setTimeout = function(callback, after) {
  checkCallback(callback);
  return new Timeout(callback, after, extraArgs(arguments), false);
};

exports.setInterval = function(callback, repeat) {
  checkCallback(callback);
  return new Timeout(callback, repeat, extraArgs(arguments), true);
};

// Anything that is not a live timer is ignored, as browsers and Node do.
exports.clearTimeout = exports.clearInterval = function(timer) {
  if (timer && timer instanceof Timeout) timer.close();
};

exports.Timeout = Timeout;
