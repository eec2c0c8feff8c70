// vm: the manual's "Script" section. process.binding('vm') compiles and
// runs; a new context is a separate realm with its own built-ins.
var binding = process.binding('vm');

function Script(code, filename) {
  if (!(this instanceof Script)) return new Script(code, filename);
  this.code = String(code);
  this.filename = filename;
}

Script.prototype.runInThisContext = function() {
  return binding.runInThisContext(this.code, this.filename);
};

Script.prototype.runInNewContext = function(sandbox) {
  return binding.runInNewContext(this.code, sandbox || {}, this.filename);
};

Script.prototype.runInContext = function(context) {
  if (!(context instanceof Context)) throw new TypeError('needs a \'context\' argument.');
  return binding.runInNewContext(this.code, context, this.filename);
};

// A context: an object whose properties are the globals of each run.
function Context(sandbox) {
  for (var key in sandbox) {
    if (Object.prototype.hasOwnProperty.call(sandbox, key)) this[key] = sandbox[key];
  }
}

Script.createScript = function(code, filename) {
  return new Script(code, filename);
};
Script.createContext = function(sandbox) {
  return new Context(sandbox || {});
};
// 0.4 had it on scripts too.
Script.prototype.createContext = Script.createContext;
Script.runInThisContext = function(code, filename) {
  return binding.runInThisContext(code, filename);
};
Script.runInNewContext = function(code, sandbox, filename) {
  return binding.runInNewContext(code, sandbox || {}, filename);
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
