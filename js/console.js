// console: the manual's "console" section, after Node v0.4's lib/console.js.
var util = require('util');

exports.log = function() {
  process.stdout.write(util.format.apply(this, arguments) + '\n');
};

exports.info = exports.log;

exports.warn = function() {
  process.stderr.write(util.format.apply(this, arguments) + '\n');
};

exports.error = exports.warn;

// Node 0.4 wrote console.dir to stdout (the manual says stderr).
exports.dir = function(object) {
  process.stdout.write(util.inspect(object) + '\n');
};

var times = {};
exports.time = function(label) {
  times[label] = Date.now();
};

exports.timeEnd = function(label) {
  if (!Object.prototype.hasOwnProperty.call(times, label)) {
    throw new Error('No such label: ' + label);
  }
  var duration = Date.now() - times[label];
  delete times[label];
  exports.log('%s: %dms', label, duration);
};

exports.trace = function(label) {
  var err = new Error();
  err.name = 'Trace';
  err.message = label || '';
  Error.captureStackTrace(err, arguments.callee);
  console.error(err.stack);
};

exports.assert = function(expression) {
  if (!expression) {
    var arr = Array.prototype.slice.call(arguments, 1);
    require('assert').ok(false, util.format.apply(this, arr));
  }
};
