// util, ported from Node v0.4's lib/util.js (MIT, Joyent, Inc. and other
// Node contributors), with util.format and isError from Node 0.6.

var formatRegExp = /%[sdj%]/g;

// printf-like formatting, as console.log uses it.
exports.format = function(f) {
  var i, len = arguments.length;
  if (typeof f !== 'string') {
    var objects = new Array(len);
    for (i = 0; i < len; i++) objects[i] = inspect(arguments[i]);
    return objects.join(' ');
  }

  i = 1;
  var args = arguments;
  var str = f.replace(formatRegExp, function(x) {
    if (i >= len) return x;
    switch (x) {
      case '%s': return String(args[i++]);
      case '%d': return Number(args[i++]);
      case '%j': return JSON.stringify(args[i++]);
      default: return '%';  // '%%'
    }
  });
  for (; i < len; i++) {
    var x = args[i];
    str += ' ' + (x === null || typeof x !== 'object' ? x : inspect(x));
  }
  return str;
};


exports.print = function() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    process.stdout.write(String(arguments[i]));
  }
};


exports.puts = function() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    process.stdout.write(arguments[i] + '\n');
  }
};


// Synchronous write to stderr, as Node 0.4's writeError was: debug output
// must appear even if the process dies right after. Falls back to
// process.stderr where the stdio binding does not exist (e.g. modern Node).
var writeStderr;
function errorWrite(s) {
  if (!writeStderr) {
    var stdio = null;
    try { stdio = process.binding('stdio'); } catch (e) {}
    writeStderr = stdio && typeof stdio.writeSync === 'function' ?
        function(s) { stdio.writeSync(2, s); } :
        function(s) { process.stderr.write(s); };
  }
  writeStderr(s);
}


exports.debug = function(x) {
  errorWrite('DEBUG: ' + x + '\n');
};


// Each argument on its own line, as in Node 0.4.
var error = exports.error = function() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    errorWrite(arguments[i] + '\n');
  }
};


/**
 * Echos the value of a value. Trys to print the value out
 * in the best way possible given the different types.
 *
 * @param {Object} obj The object to print out.
 * @param {Boolean} showHidden Flag that shows hidden (not enumerable)
 *    properties of objects. May instead be an options object
 *    { showHidden, depth, colors } as later Nodes accept.
 * @param {Number} depth Depth in which to descend in object. Default is 2;
 *    null means unlimited.
 * @param {Boolean} colors Flag to turn on ANSI escape codes to color the
 *    output. Default is false (no coloring).
 */
function inspect(obj, showHidden, depth, colors) {
  if (showHidden !== null && typeof showHidden === 'object') {
    depth = showHidden.depth;
    colors = showHidden.colors;
    showHidden = showHidden.showHidden;
  }
  var ctx = {
    showHidden: showHidden,
    seen: [],
    stylize: colors ? stylizeWithColor : stylizeNoColor
  };
  return formatValue(ctx, obj, typeof depth === 'undefined' ? 2 : depth);
}
exports.inspect = inspect;


// http://en.wikipedia.org/wiki/ANSI_escape_code#graphics
var colorCodes = {
  'bold' : [1, 22],
  'italic' : [3, 23],
  'underline' : [4, 24],
  'inverse' : [7, 27],
  'white' : [37, 39],
  'grey' : [90, 39],
  'black' : [30, 39],
  'blue' : [34, 39],
  'cyan' : [36, 39],
  'green' : [32, 39],
  'magenta' : [35, 39],
  'red' : [31, 39],
  'yellow' : [33, 39]
};

var styles = {
  'special': 'cyan',
  'number': 'blue',
  'boolean': 'yellow',
  'undefined': 'grey',
  'null': 'bold',
  'string': 'green',
  'date': 'magenta',
  // "name": intentionally not styling
  'regexp': 'red'
};

function stylizeWithColor(str, styleType) {
  var style = styles[styleType];
  if (!style) return str;
  return '\u001b[' + colorCodes[style][0] + 'm' + str +
         '\u001b[' + colorCodes[style][1] + 'm';
}

function stylizeNoColor(str) {
  return str;
}


function formatValue(ctx, value, recurseTimes) {
  // Provide a hook for user-specified inspect functions (Buffers use it).
  // Skip util.inspect itself (e.g. the util module) and prototype objects,
  // whose inspect is meant for their instances.
  if (value && typeof value.inspect === 'function' &&
      value.inspect !== inspect &&
      !(value.constructor && value.constructor.prototype === value)) {
    return String(value.inspect(recurseTimes));
  }

  var primitive = formatPrimitive(ctx, value);
  if (primitive) return primitive;

  var visibleKeys = Object.keys(value);
  var keys = ctx.showHidden ? Object.getOwnPropertyNames(value) : visibleKeys;
  // Only with showHidden can a key be hidden; a lookup object keeps the
  // check O(1) per key (an indexOf made large objects quadratic).
  var visible = ctx.showHidden ? keySet(visibleKeys) : null;

  // Objects without properties can be shortcutted.
  if (keys.length === 0) {
    if (typeof value === 'function') {
      return ctx.stylize('[Function' + functionName(value) + ']', 'special');
    }
    if (isRegExp(value)) {
      return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
    }
    if (isDate(value)) {
      return ctx.stylize(Date.prototype.toUTCString.call(value), 'date');
    }
    if (isError(value)) return formatError(value);
  }

  var array = inheritsArray(value);
  var braces = array ? ['[', ']'] : ['{', '}'];

  // Objects with properties first say what they are.
  var base = '';
  if (typeof value === 'function') {
    base = ' [Function' + functionName(value) + ']';
  } else if (isRegExp(value)) {
    base = ' ' + RegExp.prototype.toString.call(value);
  } else if (isDate(value)) {
    base = ' ' + Date.prototype.toUTCString.call(value);
  } else if (isError(value)) {
    base = ' ' + formatError(value);
  }

  if (keys.length === 0) return braces[0] + base + braces[1];

  if (recurseTimes < 0) {
    if (isRegExp(value)) {
      return ctx.stylize(RegExp.prototype.toString.call(value), 'regexp');
    }
    return ctx.stylize('[Object]', 'special');
  }

  ctx.seen.push(value);
  var output = new Array(keys.length);
  for (var i = 0; i < keys.length; i++) {
    output[i] = formatProperty(ctx, value, recurseTimes, visible, keys[i],
                               array);
  }
  ctx.seen.pop();

  return reduceToSingleString(output, base, braces);
}


function functionName(fn) {
  return fn.name ? ': ' + fn.name : '';
}


function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'undefined':
      return ctx.stylize('undefined', 'undefined');
    case 'string':
      // JSON escaping, but single-quoted: \' for ', bare ".
      var simple = '\'' + JSON.stringify(value).replace(/^"|"$/g, '')
                                               .replace(/'/g, "\\'")
                                               .replace(/\\"/g, '"') + '\'';
      return ctx.stylize(simple, 'string');
    case 'number':
      return ctx.stylize('' + value, 'number');
    case 'boolean':
      return ctx.stylize('' + value, 'boolean');
  }
  // typeof null is 'object'.
  if (value === null) return ctx.stylize('null', 'null');
}


function formatError(value) {
  return '[' + Error.prototype.toString.call(value) + ']';
}


function keySet(keys) {
  var set = Object.create(null);
  for (var i = 0; i < keys.length; i++) set[keys[i]] = true;
  return set;
}

// `visible`: null when every key is visible, else a keySet.
function formatProperty(ctx, value, recurseTimes, visible, key, array) {
  var name, str;
  var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key] };
  if (desc.get) {
    str = ctx.stylize(desc.set ? '[Getter/Setter]' : '[Getter]', 'special');
  } else if (desc.set) {
    str = ctx.stylize('[Setter]', 'special');
  }
  if (visible && !visible[key]) {
    name = '[' + key + ']';
  }
  if (!str) {
    if (ctx.seen.indexOf(desc.value) < 0) {
      str = formatValue(ctx, desc.value,
                        recurseTimes === null ? null : recurseTimes - 1);
      // Indent nested multi-line output.
      if (str.indexOf('\n') > -1) {
        if (array) {
          str = str.split('\n').map(function(line) {
            return '  ' + line;
          }).join('\n').substr(2);
        } else {
          str = '\n' + str.split('\n').map(function(line) {
            return '   ' + line;
          }).join('\n');
        }
      }
    } else {
      str = ctx.stylize('[Circular]', 'special');
    }
  }
  if (typeof name === 'undefined') {
    if (array && /^\d+$/.test(key)) return str;
    name = JSON.stringify('' + key);
    if (/^"[a-zA-Z_][a-zA-Z_0-9]*"$/.test(name)) {
      name = ctx.stylize(name.substr(1, name.length - 2), 'name');
    } else {
      name = name.replace(/'/g, "\\'")
                 .replace(/\\"/g, '"')
                 .replace(/(^"|"$)/g, "'");
      name = ctx.stylize(name, 'string');
    }
  }
  return name + ': ' + str;
}


// One line if short enough, else one entry per line. Node 0.4 used
// `require('readline').columns || 50`; readline only set `columns` once a
// terminal Interface existed (the REPL), so programs got 50.
function reduceToSingleString(output, base, braces) {
  var length = 0;
  for (var i = 0; i < output.length; i++) length += output[i].length + 1;

  if (length > 50) {
    return braces[0] +
           (base === '' ? '' : base + '\n ') +
           ' ' +
           output.join(',\n  ') +
           ' ' +
           braces[1];
  }
  return braces[0] + base + ' ' + output.join(', ') + ' ' + braces[1];
}


// These use the internal class rather than instanceof, which is fragile
// and can be faked with Object.create().
function objectToString(o) {
  return Object.prototype.toString.call(o);
}

var isArray = exports.isArray = Array.isArray;

// inspect's test, as 0.4's isArray: anything with an array on its
// prototype chain prints with brackets (Object.create([]) is `[]`).
function inheritsArray(value) {
  for (var o = value; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    if (Array.isArray(o)) return true;
  }
  return false;
}

function isRegExp(re) {
  return typeof re === 'object' && objectToString(re) === '[object RegExp]';
}
exports.isRegExp = isRegExp;

function isDate(d) {
  return typeof d === 'object' && objectToString(d) === '[object Date]';
}
exports.isDate = isDate;

function isError(e) {
  return typeof e === 'object' && objectToString(e) === '[object Error]';
}
exports.isError = isError;


// Deprecated in Node 0.4 already; kept for old programs.
var pWarning;
exports.p = function() {
  if (!pWarning) {
    pWarning = 'util.p will be removed in future versions of Node. ' +
               'Use util.puts(util.inspect()) instead.\n';
    error(pWarning);
  }
  for (var i = 0, len = arguments.length; i < len; ++i) {
    error(inspect(arguments[i]));
  }
};


function pad(n) {
  return n < 10 ? '0' + n.toString(10) : n.toString(10);
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
              'Oct', 'Nov', 'Dec'];

// 26 Feb 16:19:34
function timestamp() {
  var d = new Date();
  var time = [pad(d.getHours()),
              pad(d.getMinutes()),
              pad(d.getSeconds())].join(':');
  return [d.getDate(), months[d.getMonth()], time].join(' ');
}

exports.log = function(msg) {
  exports.puts(timestamp() + ' - ' + msg.toString());
};


var execWarning;
exports.exec = function() {
  if (!execWarning) {
    execWarning = 'util.exec has moved to the "child_process" module.' +
                  ' Please update your source code.';
    error(execWarning);
  }
  return require('child_process').exec.apply(this, arguments);
};


// Experimental in 0.4: copies readStream into writeStream with flow
// control; callback(err) runs once, on close or on the first error.
exports.pump = function(readStream, writeStream, callback) {
  var callbackCalled = false;

  function call(a, b, c) {
    if (callback && !callbackCalled) {
      callback(a, b, c);
      callbackCalled = true;
    }
  }

  if (!readStream.pause) {
    readStream.pause = function() {readStream.emit('pause');};
  }

  if (!readStream.resume) {
    readStream.resume = function() {readStream.emit('resume');};
  }

  readStream.addListener('data', function(chunk) {
    if (writeStream.write(chunk) === false) readStream.pause();
  });

  writeStream.addListener('pause', function() {
    readStream.pause();
  });

  writeStream.addListener('drain', function() {
    readStream.resume();
  });

  writeStream.addListener('resume', function() {
    readStream.resume();
  });

  readStream.addListener('end', function() {
    writeStream.end();
  });

  readStream.addListener('close', function() {
    call();
  });

  readStream.addListener('error', function(err) {
    writeStream.end();
    call(err);
  });

  writeStream.addListener('error', function(err) {
    readStream.destroy();
    call(err);
  });
};


/**
 * Inherit the prototype methods from one constructor into another.
 *
 * @param {function} ctor Constructor function which needs to inherit the
 *     prototype.
 * @param {function} superCtor Constructor function to inherit prototype from.
 */
exports.inherits = require('internal/inherits');


// Copies own enumerable properties of `add` onto `origin` (later Node).
exports._extend = function(origin, add) {
  if (!add || typeof add !== 'object') return origin;
  var keys = Object.keys(add);
  for (var i = keys.length - 1; i >= 0; i--) origin[keys[i]] = add[keys[i]];
  return origin;
};
