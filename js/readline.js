// readline: line input for prompts and the REPL. On a terminal it edits the
// line itself (emacs keys, history, tab completion), from the 'keypress'
// events tty's ReadStream parses; on anything else (a pipe, a socket) it
// reads whole lines.
//
// createInterface(input, output, [completer]) as later node; Node 0.4's
// createInterface(output, [completer]) took no input (its REPL fed keys
// through write()), which works here too.
var inherits = require('internal/inherits');
var EventEmitter = require('events').EventEmitter;

var HISTORY_SIZE = 30;

function isStream(s) {
  return s !== null && typeof s === 'object' && typeof s.write === 'function';
}

// The terminal line editor's code, compiled once a terminal needs it.
var editorInstalled = false;
function installEditor() {
  if (editorInstalled) return;
  editorInstalled = true;
  require('internal/readline_tty')(Interface);
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  if (input && typeof input.on !== 'function' && !isStream(input)) {
    // createInterface({ input, output, completer, terminal })
    var options = input;
    input = options.input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
  } else if (!isStream(output)) {
    if (typeof output === 'function') completer = output;
    output = null;
    // 0.4's createInterface(output, completer): input comes through write().
    if (input && input.readable !== true) {
      output = input;
      input = null;
    }
  }
  var self = this;
  this.input = input;
  this.output = output;
  this.completer = typeof completer === 'function' ? completer : null;
  this.terminal = terminal !== undefined ? !!terminal : !!(output && output.isTTY && (!input || input.isTTY));
  this.line = '';
  this.cursor = 0;
  this.history = [];
  this.historyIndex = -1;
  this.closed = false;
  this._prompt = '> ';
  this._promptLength = 2;
  this._pending = '';
  this._questionCallback = null;
  this._sawReturnAt = 0;

  if (this.terminal) installEditor();
  if (input) {
    if (this.terminal) {
      if (typeof input.setRawMode === 'function') input.setRawMode(true);
      this._onkeypress = function(s, key) {
        // tty parses a chunk as one key; keys typed ahead (or pasted text
        // with control characters in it) arrive together.
        if (typeof s === 'string' && s.length > 1 && s[0] !== '\x1b') self._feed(s);
        else self._ttyWrite(s, key || {});
      };
      input.on('keypress', this._onkeypress);
    } else {
      this._ondata = function(data) { self._normalWrite(data); };
      input.on('data', this._ondata);
    }
    this._onend = function() {
      if (!self.terminal && self._pending.length) {
        var rest = self._pending;
        self._pending = '';
        self._onLine(rest);
      }
      self.close();
    };
    input.on('end', this._onend);
    if (typeof input.resume === 'function') input.resume();
  }
}
inherits(Interface, EventEmitter);
exports.Interface = Interface;

exports.createInterface = function(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
};

Interface.prototype.setPrompt = function(prompt, length) {
  this._prompt = String(prompt);
  this._promptLength = typeof length === 'number' ? length : this._prompt.replace(/\x1b\[[0-9;]*m/g, '').length;
};

Interface.prototype.prompt = function(preserveCursor) {
  if (this.closed) return;
  if (this.input && typeof this.input.resume === 'function') this.input.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeOut(this._prompt);
  }
};

Interface.prototype.question = function(query, cb) {
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this._questionCallback = cb;
  this.prompt();
};

Interface.prototype._writeOut = function(s) {
  if (this.output && this.output.writable !== false) this.output.write(s);
};

Interface.prototype._onLine = function(line) {
  if (this._questionCallback) {
    var cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._addHistory = function() {
  if (this.line.length === 0) return '';
  if (this.history[0] !== this.line) {
    this.history.unshift(this.line);
    if (this.history.length > HISTORY_SIZE) this.history.pop();
  }
  this.historyIndex = -1;
  return this.history[0];
};

// Bytes from a pipe or socket: each complete line is a 'line'. With
// `chunkLines`, a chunk's unterminated tail is a line too, as 0.4 read each
// chunk from a REPL's socket as one line.
Interface.prototype._normalWrite = function(data) {
  var text = this._pending + (typeof data === 'string' ? data : data.toString('utf8'));
  // A string separator splits in one pass; the engine's regex split copies
  // the input for every match (quadratic on a 64 KiB chunk of lines).
  var lines = text.indexOf('\r') === -1 ? text.split('\n') : text.split(/\r\n|\n|\r/);
  this._pending = lines.pop();
  if (this.chunkLines && this._pending.length) lines.push(this._pending), this._pending = '';
  for (var i = 0; i < lines.length && !this.closed; i++) this._onLine(lines[i]);
};

// 0.4's way in: the program hands the interface what it read.
Interface.prototype.write = function(d, key) {
  if (this.closed) return;
  if (this.terminal) {
    if (key) return this._ttyWrite(d, key);
    this._feed(typeof d === 'string' ? d : d.toString('utf8'));
  } else {
    this._normalWrite(d);
  }
};

Interface.prototype.pause = function() {
  if (this.input && typeof this.input.pause === 'function') this.input.pause();
  this.emit('pause');
};

Interface.prototype.resume = function() {
  if (this.input && typeof this.input.resume === 'function') this.input.resume();
  this.emit('resume');
};

Interface.prototype.close = function() {
  if (this.closed) return;
  this.closed = true;
  if (this.input) {
    if (this.terminal && typeof this.input.setRawMode === 'function') this.input.setRawMode(false);
    if (this._onkeypress) this.input.removeListener('keypress', this._onkeypress);
    if (this._ondata) this.input.removeListener('data', this._ondata);
    this.input.removeListener('end', this._onend);
    if (typeof this.input.pause === 'function') this.input.pause();
  }
  this.emit('close');
};

// ---- an interface edited outside JS ----------------------------------------
// The CLI's terminal front end (reedline, on its own thread) edits lines and
// keeps the history; `host` is its bridge: start(onEvent), prompt(text),
// completions(list, word), close(). onEvent(kind, text) brings 'line' (a
// submitted entry, possibly several lines), 'SIGINT' (Ctrl+C; text: what
// was on the line), 'end' (Ctrl+D) and 'complete' (text: the line up to
// the cursor; answered with completions()).
function HostInterface(host, completer) {
  if (!(this instanceof HostInterface)) return new HostInterface(host, completer);
  EventEmitter.call(this);
  var self = this;
  this.terminal = true;
  this.ownsHistory = true;
  this.line = '';
  this.cursor = 0;
  this.closed = false;
  this.completer = typeof completer === 'function' ? completer : null;
  this._host = host;
  this._prompt = '> ';
  this._questionCallback = null;
  this._reading = false;
  this._handling = false;
  this._promptAsked = false;
  host.start(function(kind, text) { self._onHostEvent(kind, text); });
}
inherits(HostInterface, EventEmitter);
exports.HostInterface = HostInterface;

HostInterface.prototype.setPrompt = function(prompt) { this._prompt = String(prompt); };
// One read at a time: the editor reads a line per prompt() sent. While an
// event is handled (an entry may be several lines, each prompting again),
// only the last prompt asked for is sent, when the event is done.
HostInterface.prototype.prompt = function() {
  if (this.closed || this._reading) return;
  if (this._handling) {
    this._promptAsked = true;
    return;
  }
  this._reading = true;
  this._host.prompt(this._prompt);
};
HostInterface.prototype.question = Interface.prototype.question;
HostInterface.prototype._onLine = Interface.prototype._onLine;
HostInterface.prototype.pause = function() {};
HostInterface.prototype.resume = function() {};
HostInterface.prototype.close = function() {
  if (this.closed) return;
  this.closed = true;
  this._host.close();
  this.emit('close');
};

HostInterface.prototype._onHostEvent = function(kind, text) {
  if (this.closed) return;
  if (kind !== 'complete') this._reading = false;
  this._handling = true;
  this._promptAsked = false;
  try {
    this._handleHostEvent(kind, text);
  } finally {
    this._handling = false;
  }
  if (this._promptAsked) this.prompt();
};

HostInterface.prototype._handleHostEvent = function(kind, text) {
  if (kind === 'line') {
    // An entry goes line by line, as typed or pasted into node's REPL:
    // each statement's value prints, and `.break` ends what came before it.
    var lines = text.split('\n');
    for (var i = 0; i < lines.length && !this.closed; i++) this._onLine(lines[i]);
  } else if (kind === 'SIGINT') {
    this.line = text || '';
    if (this.listeners('SIGINT').length) this.emit('SIGINT');
    else this.close();
    this.line = '';
  } else if (kind === 'end') {
    this.close();
  } else if (kind === 'complete') {
    var result = this.completer ? this.completer(text) : null;
    if (!result || !Array.isArray(result[0])) result = [[], ''];
    this._host.completions(result[0].map(String), String(result[1] || ''));
  }
};
