// events: EventEmitter, ported from Node v0.4's lib/events.js (MIT, Joyent,
// Inc. and other Node contributors).
//
// Storage follows Node 0.4 because it is cheap on an interpreter: `_events`
// maps an event name to either a single listener function or, once a second
// one is added, an array of them. `_events` is created lazily because 0.4-era
// subclasses often never call EventEmitter.call(this).

function EventEmitter() {}

// `require('events')` gives the constructor (as later Nodes do) and
// `require('events').EventEmitter` (as Node 0.4 did); both are the same.
module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;

var isArray = Array.isArray;

// More listeners than this on one event print a leak warning. Per emitter,
// setMaxListeners(n) overrides it; 0 means unlimited.
EventEmitter.defaultMaxListeners = 10;

EventEmitter.prototype.setMaxListeners = function(n) {
  this._maxListeners = n;
  return this;
};

// A fresh event table. No prototype, so event names such as 'constructor'
// or 'toString' never find an inherited property.
function newEvents() {
  return Object.create(null);
}

// emit is native (src: bindings/events.rs): it runs for every chunk of every
// stream. Same rules as Node 0.4's: one listener or an array of them
// (iterated over a copy), and an unhandled 'error' throws.
EventEmitter.prototype.emit = process.binding('events').emit;

EventEmitter.prototype.addListener = function(type, listener) {
  if (typeof listener !== 'function') {
    throw new Error('addListener only takes instances of Function');
  }

  if (!this._events) this._events = newEvents();
  var events = this._events;

  // Announce before adding, so that a 'newListener' listener being added
  // does not hear about itself. once() wrappers are reported as the
  // listener the user passed in.
  if (events.newListener) {
    this.emit('newListener', type, listener.listener || listener);
  }

  var existing = events[type];
  if (!existing) {
    // The common case of one listener needs no array.
    events[type] = listener;
  } else if (isArray(existing)) {
    existing.push(listener);
    if (!existing.warned) checkLeak(this, existing);
  } else {
    events[type] = [existing, listener];
    // With a limit of 1 the second listener is already one too many.
    checkLeak(this, events[type]);
  }

  return this;
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

// Warns (once per event list) when the list outgrows the emitter's limit.
function checkLeak(emitter, list) {
  var m = emitter._maxListeners !== undefined ? emitter._maxListeners
                                              : EventEmitter.defaultMaxListeners;
  if (m > 0 && list.length > m) {
    list.warned = true;
    console.error('(node) warning: possible EventEmitter memory ' +
                  'leak detected. %d listeners added. ' +
                  'Use emitter.setMaxListeners() to increase limit.',
                  list.length);
    console.trace();
  }
}

EventEmitter.prototype.once = function(type, listener) {
  if (typeof listener !== 'function') {
    throw new Error('.once only takes instances of Function');
  }

  var self = this;
  function g() {
    self.removeListener(type, g);
    listener.apply(this, arguments);
  }
  // Lets removeListener(type, listener) find the wrapper.
  g.listener = listener;
  this.on(type, g);

  return this;
};

EventEmitter.prototype.removeListener = function(type, listener) {
  if (typeof listener !== 'function') {
    throw new Error('removeListener only takes instances of Function');
  }

  // Does not use listeners(), which would create an empty list.
  var events = this._events;
  var list = events && events[type];
  if (!list) return this;

  if (isArray(list)) {
    for (var i = 0, len = list.length; i < len; i++) {
      if (list[i] === listener || list[i].listener === listener) {
        list.splice(i, 1);
        if (list.length === 0) delete events[type];
        break;
      }
    }
  } else if (list === listener || list.listener === listener) {
    delete events[type];
  }

  return this;
};

EventEmitter.prototype.removeAllListeners = function(type) {
  if (!this._events) return this;
  if (arguments.length === 0) {
    this._events = newEvents();
  } else {
    delete this._events[type];
  }
  return this;
};

// Returns the live listener array, as Node 0.4 documented ("This array can
// be manipulated"), so a lone listener is promoted to an array here.
EventEmitter.prototype.listeners = function(type) {
  if (!this._events) this._events = newEvents();
  var list = this._events[type];
  if (!list) {
    list = this._events[type] = [];
  } else if (!isArray(list)) {
    list = this._events[type] = [list];
  }
  return list;
};

// Later-Node extra: counts without creating a list.
EventEmitter.listenerCount = function(emitter, type) {
  var list = emitter._events && emitter._events[type];
  if (!list) return 0;
  return typeof list === 'function' ? 1 : list.length;
};
