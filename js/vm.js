// vm: the manual's "Script" section. process.binding('vm') compiles and
// runs; a new context is a separate realm with its own built-ins.
var binding = process.binding('vm');

// Where 0.4 took a filename, later Node takes an options object:
// { filename, timeout } (and here permissions, see docs/sandbox.md).
function optionsOf(filename) {
  return filename !== null && typeof filename === 'object' ? filename : undefined;
}
function filenameOf(filename) {
  var options = optionsOf(filename);
  return options ? options.filename : filename;
}

function Script(code, filename) {
  if (!(this instanceof Script)) return new Script(code, filename);
  this.code = String(code);
  this.options = optionsOf(filename);
  filename = filenameOf(filename);
  this.filename = filename;
  // A syntax error is thrown here, at creation, as 0.4 did.
  binding.compile(this.code, filename, this.options);
}

function checkScript(script) {
  if (!(script instanceof Script)) {
    throw new TypeError('this is not a vm.Script');
  }
}

Script.prototype.runInThisContext = function(options) {
  checkScript(this);
  return binding.runInThisContext(this.code, this.filename, optionsOf(options) || this.options);
};

Script.prototype.runInNewContext = function(sandbox, options) {
  checkScript(this);
  return binding.runInNewContext(this.code, sandbox || {}, this.filename,
                                 optionsOf(options) || this.options);
};

Script.prototype.runInContext = function(context, options) {
  checkScript(this);
  if (!isContext(context)) throw new TypeError('needs a \'context\' argument.');
  return binding.runInNewContext(this.code, context, this.filename,
                                 optionsOf(options) || this.options);
};

// A context is the sandbox object itself, marked: what a run leaves in the
// context's globals is written back to it, and what the program writes to
// it is a global in the next run (so `sbx.window = sbx` keeps working).
var contextMark = typeof Symbol === 'function' ? Symbol('vm.context') : '__vmContext';

function isContext(object) {
  return object !== null && typeof object === 'object' && object[contextMark] === true;
}

Script.createScript = function(code, filename) {
  return new Script(code, filename);
};
Script.createContext = function(sandbox) {
  if (sandbox === undefined) sandbox = {};
  if (sandbox === null || typeof sandbox !== 'object') {
    throw new TypeError('sandbox must be an object');
  }
  if (!isContext(sandbox)) {
    Object.defineProperty(sandbox, contextMark, { value: true });
  }
  return sandbox;
};
// 0.4 had it on scripts too.
Script.prototype.createContext = Script.createContext;
Script.runInThisContext = function(code, filename) {
  return binding.runInThisContext(code, filenameOf(filename), optionsOf(filename));
};
Script.runInNewContext = function(code, sandbox, filename) {
  return binding.runInNewContext(code, sandbox || {}, filenameOf(filename), optionsOf(filename));
};
Script.runInContext = function(code, context, filename) {
  return new Script(code, filename).runInContext(context);
};

exports.Script = Script;
exports.createScript = Script.createScript;
exports.createContext = Script.createContext;
exports.runInThisContext = Script.runInThisContext;
exports.runInNewContext = Script.runInNewContext;
exports.runInContext = Script.runInContext;
