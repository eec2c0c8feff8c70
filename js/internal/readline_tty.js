// internal/readline_tty: readline's line editor for terminals (emacs keys,
// history, tab completion), installed on Interface.prototype the first
// time an Interface edits a terminal: a REPL on a pipe or behind the CLI's
// reedline front end never compiles it.
module.exports = function install(Interface) {

  // Text the terminal sent at once: runs of printable characters are
  // inserted whole, each control character is its own key.
  Interface.prototype._feed = function(s) {
    var run = '';
    for (var i = 0; i < s.length && !this.closed; i++) {
      var ch = s[i];
      if (ch >= ' ' && ch !== '\x7f') {
        run += ch;
        continue;
      }
      if (run) this._insert(run);
      run = '';
      this._ttyWrite(ch, keyOf(ch));
    }
    if (run && !this.closed) this._insert(run);
  };

  function keyOf(ch) {
    var code = ch.charCodeAt(0);
    if (ch === '\r' || ch === '\n') return { name: 'return' };
    if (ch === '\t') return { name: 'tab' };
    if (ch === '\x7f' || ch === '\b') return { name: 'backspace' };
    if (code < 27) return { name: String.fromCharCode(code + 96), ctrl: true };
    return { name: ch };
  }


  // ---- the terminal's line editor -------------------------------------------------

  Interface.prototype._refreshLine = function() {
    this._writeOut('\r' + this._prompt + this.line + '\x1b[0K\r');
    var column = this._promptLength + this.cursor;
    if (column > 0) this._writeOut('\x1b[' + column + 'C');
  };

  Interface.prototype._insert = function(s) {
    this.line = this.line.slice(0, this.cursor) + s + this.line.slice(this.cursor);
    this.cursor += s.length;
    this._refreshLine();
  };

  Interface.prototype._deleteLeft = function() {
    if (this.cursor === 0) return;
    this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
    this.cursor--;
    this._refreshLine();
  };

  Interface.prototype._deleteRight = function() {
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
    this._refreshLine();
  };

  Interface.prototype._wordLeft = function() {
    var before = this.line.slice(0, this.cursor);
    var m = before.match(/\S+\s*$/);
    return m ? this.cursor - m[0].length : 0;
  };

  Interface.prototype._wordRight = function() {
    var after = this.line.slice(this.cursor);
    var m = after.match(/^\s*\S+/);
    return m ? this.cursor + m[0].length : this.line.length;
  };

  Interface.prototype._moveTo = function(cursor) {
    this.cursor = Math.max(0, Math.min(this.line.length, cursor));
    this._refreshLine();
  };

  Interface.prototype._historyMove = function(step) {
    var index = this.historyIndex + step;
    if (index < -1 || index >= this.history.length) return;
    if (this.historyIndex === -1) this._draft = this.line;
    this.historyIndex = index;
    this.line = index === -1 ? (this._draft || '') : this.history[index];
    this.cursor = this.line.length;
    this._refreshLine();
  };

  Interface.prototype._line = function() {
    var line = this._addHistory();
    this.line = '';
    this.cursor = 0;
    this._writeOut('\r\n');
    this._onLine(line);
  };

  Interface.prototype._tabComplete = function() {
    if (!this.completer) return this._insert('\t');
    var self = this;
    var line = this.line.slice(0, this.cursor);
    var result = this.completer(line, function(err, result) {
      if (!err && result) self._showCompletions(result);
    });
    if (result) this._showCompletions(result);
  };

  Interface.prototype._showCompletions = function(result) {
    var completions = (result[0] || []).filter(function(c) { return c; });
    var matched = result[1] || '';
    if (!completions.length) return;
    if (completions.length === 1) {
      this._insert(completions[0].slice(matched.length));
      return;
    }
    var prefix = commonPrefix(completions);
    if (prefix.length > matched.length) {
      this._insert(prefix.slice(matched.length));
      return;
    }
    this._writeOut('\r\n' + completions.join('  ') + '\r\n');
    this._refreshLine();
  };

  function commonPrefix(words) {
    var first = words[0];
    var n = first.length;
    for (var i = 1; i < words.length; i++) {
      var j = 0;
      while (j < n && j < words[i].length && words[i][j] === first[j]) j++;
      n = j;
    }
    return first.slice(0, n);
  }

  Interface.prototype._ttyWrite = function(s, key) {
    if (key.ctrl && key.name !== undefined) {
      switch (key.name) {
        case 'c':
          if (this.listeners('SIGINT').length) this.emit('SIGINT');
          else this.close();
          return;
        case 'd':
          if (this.line.length === 0) this.close();
          else this._deleteRight();
          return;
        case 'h': return this._deleteLeft();
        case 'u':
          this.line = this.line.slice(this.cursor);
          this.cursor = 0;
          return this._refreshLine();
        case 'k':
          this.line = this.line.slice(0, this.cursor);
          return this._refreshLine();
        case 'a': return this._moveTo(0);
        case 'e': return this._moveTo(this.line.length);
        case 'b': return this._moveTo(this.cursor - 1);
        case 'f': return this._moveTo(this.cursor + 1);
        case 'n': return this._historyMove(-1);
        case 'p': return this._historyMove(1);
        case 'w':
          var start = this._wordLeft();
          this.line = this.line.slice(0, start) + this.line.slice(this.cursor);
          this.cursor = start;
          return this._refreshLine();
        case 'l':
          this._writeOut('\x1b[2J\x1b[0;0H');
          return this._refreshLine();
        case 'j':
        case 'm':
          return this._line();
        case 'i':
          return this._tabComplete();
        case 'left': return this._moveTo(this._wordLeft());
        case 'right': return this._moveTo(this._wordRight());
      }
      return;
    }
    if (key.meta) {
      switch (key.name) {
        case 'b': return this._moveTo(this._wordLeft());
        case 'f': return this._moveTo(this._wordRight());
        case 'd':
          var end = this._wordRight();
          this.line = this.line.slice(0, this.cursor) + this.line.slice(end);
          return this._refreshLine();
        case 'backspace':
          var from = this._wordLeft();
          this.line = this.line.slice(0, from) + this.line.slice(this.cursor);
          this.cursor = from;
          return this._refreshLine();
      }
      return;
    }
    switch (key.name) {
      case 'enter':
      case 'return': return this._line();
      case 'backspace': return this._deleteLeft();
      case 'delete': return this._deleteRight();
      case 'tab': return this._tabComplete();
      case 'left': return this._moveTo(this.cursor - 1);
      case 'right': return this._moveTo(this.cursor + 1);
      case 'home': return this._moveTo(0);
      case 'end': return this._moveTo(this.line.length);
      case 'up': return this._historyMove(1);
      case 'down': return this._historyMove(-1);
    }
    if (typeof s === 'string' && s.length) {
      // Pasted text arrives as one keypress; its newlines end lines.
      var parts = s.split(/\r\n|\n|\r/);
      for (var i = 0; i < parts.length; i++) {
        if (i > 0) this._line();
        if (parts[i].length && !/^[\x00-\x1f]$/.test(parts[i])) this._insert(parts[i]);
      }
    }
  };
};
