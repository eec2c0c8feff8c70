// repl: the manual's "REPL" section. A REPLServer reads lines from a
// stream (a terminal through readline's line editor, or any duplex stream:
// a pipe, a UNIX or TCP socket), evaluates them in the global scope, and
// writes the results with util.inspect. Every REPL shares the global
// object (the manual: "Each will share the same global object"); its
// `context` is that object, so `repl.start().context.m = msg` makes `m`
// visible inside. Input the parser finds unfinished (an unexpected end of
// input) continues on the next line under the '... ' prompt.
var inherits = require('internal/inherits');
var vm = require('vm');
var readline = require('readline');

var BUILTIN_MODULES = ['assert', 'buffer', 'child_process', 'console', 'constants', 'crypto',
  'dgram', 'dns', 'events', 'fs', 'http', 'https', 'net', 'os', 'path', 'querystring',
  'readline', 'repl', 'stream', 'string_decoder', 'sys', 'timers', 'tls', 'tty', 'url',
  'util', 'vm'];

var KEYWORDS = ['break', 'case', 'catch', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'false', 'finally', 'for', 'function', 'if', 'in', 'instanceof', 'new', 'null',
  'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void',
  'while', 'with'];

// Made once: the engine compiles a regex literal each time it runs, and
// these run for every line.
var DOT_COMMAND = /^\.([a-z]\w*)\s*(.*)$/i;
var ENDS_IN_DIGIT = /^\d/;
var OPENS_OBJECT = /^\s*\{/;
var ENDS_STATEMENT = /;\s*$/;
var ENDS_TOO_SOON = /abrupt end|unexpected end of input|unterminated template/i;

// The globals there were before any REPL ran: `.clear` removes the rest.
var initialGlobals = null;

// start([prompt], [stream]) as 0.4; start(options) as later node
// ({ prompt, input, output, terminal, useColors }).
function REPLServer(prompt, stream) {
  if (!(this instanceof REPLServer)) return new REPLServer(prompt, stream);
  var options = prompt !== null && typeof prompt === 'object' ? prompt : {};
  if (options === prompt) {
    prompt = options.prompt;
    stream = options.input || options.stream;
  }
  var self = this;
  if (!initialGlobals) initialGlobals = Object.getOwnPropertyNames(global);
  // The REPL's code can require modules, as 0.4's context could (the CLI
  // passes its own, which resolves from the current directory).
  var main = process.mainModule;
  exposeGlobal('require', options.require || (main ? function(id) { return main.require(id); } : require));
  exposeGlobal('module', options.module || main || module);
  this.context = global;
  this.prompt = prompt === undefined ? '> ' : String(prompt);
  // With a line editor outside JS, stdin is the editor's, not the REPL's.
  this.inputStream = options.lineEditor ? null : stream || process.stdin;
  this.outputStream = options.output ||
      (!this.inputStream || this.inputStream === process.stdin ? process.stdout : this.inputStream);
  this.bufferedCommand = '';
  this.commands = {};
  this.useColors = options.useColors !== undefined ? !!options.useColors : !!this.outputStream.isTTY;
  defineDefaultCommands(this);

  var complete = function(line) { return self.complete(line); };
  // `lineEditor`: a line editor outside JS (the CLI's, on a terminal).
  var rli = this.rli = options.lineEditor ?
      new readline.HostInterface(options.lineEditor, complete) :
      readline.createInterface(this.inputStream, this.outputStream, complete, options.terminal);
  rli.setPrompt(this.prompt);
  // A REPL over a socket takes each chunk as a line, as 0.4's did.
  rli.chunkLines = this.inputStream !== process.stdin;
  if (rli.terminal && !rli.ownsHistory) loadHistory(rli);

  var sawSIGINT = false;
  rli.on('SIGINT', function() {
    if (sawSIGINT) {
      rli.close();
      return;
    }
    var empty = rli.line.length === 0 && !self.bufferedCommand;
    rli.line = '';
    rli.cursor = 0;
    self.bufferedCommand = '';
    if (empty) {
      self.outputStream.write('\r\n(^C again to quit)\r\n');
      sawSIGINT = true;
    } else {
      self.outputStream.write('\r\n');
    }
    self.displayPrompt();
  });

  rli.on('line', function(cmd) {
    sawSIGINT = false;
    if (rli.terminal && !rli.ownsHistory) saveHistory(cmd);
    self._online(cmd);
  });

  rli.on('close', function() {
    self.emit('exit');
    if (self.inputStream && self.inputStream !== process.stdin &&
        typeof self.outputStream.end === 'function') {
      self.outputStream.end();
    } else if (rli.terminal) {
      self.outputStream.write('\n');
    }
  });

  // The CLI's REPL outlives an exception a callback did not catch: it is
  // printed and the prompt comes back.
  if (options.keepRunning) {
    process.on('uncaughtException', function(e) {
      self._write(errorText(e) + '\n');
      self.bufferedCommand = '';
      self.displayPrompt();
    });
  }

  this.displayPrompt();
}
inherits(REPLServer, require('events').EventEmitter);
exports.REPLServer = REPLServer;

exports.start = function(prompt, stream) {
  var server = new REPLServer(prompt, stream);
  if (!exports.repl) exports.repl = server;
  return server;
};

function exposeGlobal(name, value) {
  if (name in global) return;
  Object.defineProperty(global, name, { value: value, writable: true, configurable: true });
}

// What the REPL prints results with, as 0.4's `repl.writer`: util.inspect,
// which is compiled at the first result.
exports.writer = function(obj, showHidden, depth, colors) {
  return require('util').inspect(obj, showHidden, depth, colors);
};

REPLServer.prototype.displayPrompt = function() {
  this.rli.setPrompt(this.bufferedCommand.length ? '... ' : this.prompt);
  this.rli.prompt();
};

REPLServer.prototype._write = function(text) {
  if (this.outputStream.writable !== false) this.outputStream.write(text);
};

REPLServer.prototype._online = function(cmd) {
  var trimmed = cmd.trim();
  // A dot-command, unless inside a multi-line number like `1.\n5`.
  var match = trimmed.charAt(0) === '.' && trimmed.match(DOT_COMMAND);
  if (match && !ENDS_IN_DIGIT.test(this.bufferedCommand.trim().slice(-1))) {
    var command = this.commands['.' + match[1]];
    if (command) {
      command.action.call(this, match[2]);
      return;
    }
    this._write('Invalid REPL keyword\n');
    this.displayPrompt();
    return;
  }
  var code = this.bufferedCommand + cmd;
  if (!code.trim()) {
    this.bufferedCommand = '';
    return this.displayPrompt();
  }
  var outcome = evaluate(code);
  if (outcome.incomplete) {
    this.bufferedCommand = code + '\n';
    return this.displayPrompt();
  }
  this.bufferedCommand = '';
  if (outcome.error !== undefined) {
    this._write(errorText(outcome.error) + '\n');
  } else if (outcome.value !== undefined) {
    this.context._ = outcome.value;
    this._write(exports.writer(outcome.value, false, 2, this.useColors) + '\n');
  }
  this.displayPrompt();
};

// Compiles first, so that only the parser decides that input is unfinished
// (an error at run time, as JSON.parse's, is just an error). Input that
// starts with `{` is tried as an object literal first, as the REPL always did.
function evaluate(code) {
  var options = { filename: 'repl', displayErrors: false };
  if (OPENS_OBJECT.test(code) && !ENDS_STATEMENT.test(code)) {
    try {
      new vm.Script('(' + code + '\n)', options);
      code = '(' + code + '\n)';
    } catch (e) {}
  }
  var script;
  try {
    script = new vm.Script(code, options);
  } catch (e) {
    if (e && e.name === 'SyntaxError' && ENDS_TOO_SOON.test(e.message)) {
      return { incomplete: true };
    }
    return { error: e };
  }
  try {
    return { value: script.runInThisContext(options) };
  } catch (e) {
    return { error: e };
  }
}

// An error's stack down to the REPL's own frames (the user's code is all
// above the vm call that ran it).
function errorText(e) {
  var text = String(e && e.stack ? e.stack : e);
  var lines = text.split('\n');
  for (var i = 1; i < lines.length; i++) {
    if (/^\s+at (runInThisContext \(native\)|.*\(vm\.js:)/.test(lines[i])) {
      return lines.slice(0, i).join('\n');
    }
  }
  return text;
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck in a place you can\'t get out... This will get you out.',
    action: function() {
      this.bufferedCommand = '';
      this.displayPrompt();
    }
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context.',
    action: function() {
      this._write('Clearing context...\n');
      this.bufferedCommand = '';
      Object.getOwnPropertyNames(global).forEach(function(name) {
        if (initialGlobals.indexOf(name) === -1) delete global[name];
      });
      this.displayPrompt();
    }
  });
  repl.defineCommand('exit', {
    help: 'Exit the repl',
    action: function() { this.rli.close(); }
  });
  repl.defineCommand('help', {
    help: 'Show repl options',
    action: function() {
      var self = this;
      Object.keys(this.commands).sort().forEach(function(name) {
        self._write(name + '\t' + (self.commands[name].help || '') + '\n');
      });
      this.displayPrompt();
    }
  });
}

// defineCommand(keyword, { help, action }) (later node; 0.4's were fixed).
REPLServer.prototype.defineCommand = function(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  if (typeof cmd.action !== 'function') throw new Error('bad argument, action must be a function');
  this.commands['.' + keyword] = cmd;
};

// Tab completion: require('…') module names, properties after a dot (of a
// plain name chain only: completing never runs code with side effects),
// and globals and keywords.
REPLServer.prototype.complete = function(line) {
  var m = line.match(/\brequire\s*\(\s*['"]([\w.\/-]*)$/);
  if (m) return [filterPrefix(BUILTIN_MODULES, m[1]), m[1]];
  m = line.match(/([\w$]+(?:\.[\w$]+)*)\.([\w$]*)$/);
  if (m) {
    var object;
    try {
      object = vm.runInThisContext(m[1], { filename: 'repl', displayErrors: false });
    } catch (e) {
      return [[], m[2]];
    }
    return [filterPrefix(propertyNames(object), m[2]).map(function(name) {
      return name;
    }), m[2]];
  }
  m = line.match(/([\w$]*)$/);
  var word = m ? m[1] : '';
  var names = propertyNames(global).concat(KEYWORDS);
  return [filterPrefix(names, word), word];
};

function propertyNames(object) {
  var names = [];
  var seen = {};
  if (object === null || object === undefined) return names;
  var o = Object(object);
  for (var depth = 0; o && depth < 8; depth++) {
    Object.getOwnPropertyNames(o).forEach(function(name) {
      if (!seen['$' + name] && /^[A-Za-z_$][\w$]*$/.test(name)) {
        seen['$' + name] = true;
        names.push(name);
      }
    });
    o = Object.getPrototypeOf(o);
  }
  return names;
}

function filterPrefix(names, prefix) {
  return names.filter(function(n) { return n.indexOf(prefix) === 0; }).sort();
}

// ---- history on a terminal (~/.rnode_repl_history; NODE_REPL_HISTORY
// names another file, or '' for none) --------------------------------------

var HISTORY_KEEP = 1000;

function historyFile() {
  var env = process.env.NODE_REPL_HISTORY;
  if (env !== undefined) return env.trim() || null;
  var home = process.env.HOME;
  return home ? require('path').join(home, '.rnode_repl_history') : null;
}

function loadHistory(rli) {
  var file = historyFile();
  if (!file) return;
  try {
    var lines = require('fs').readFileSync(file, 'utf8').split('\n').filter(function(l) { return l; });
    rli.history = lines.reverse().slice(0, 30);
  } catch (e) {}
}

function saveHistory(line) {
  var file = historyFile();
  if (!file || !line.trim()) return;
  try {
    var fs = require('fs');
    fs.appendFileSync(file, line + '\n');
    var lines = fs.readFileSync(file, 'utf8').split('\n');
    if (lines.length > HISTORY_KEEP * 2) fs.writeFileSync(file, lines.slice(-HISTORY_KEEP).join('\n'));
  } catch (e) {}
}
