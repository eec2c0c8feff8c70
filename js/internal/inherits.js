// util.inherits, on its own: the modules a plain REPL or stdin loads
// (stream, readline, repl) need only this of util, whose inspect and
// format are then compiled at their first use.
module.exports = function inherits(ctor, superCtor) {
  ctor.super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: {
      value: ctor,
      enumerable: false,
      writable: true,
      configurable: true
    }
  });
};
