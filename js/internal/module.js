// The CommonJS module system: the manual's "Modules" section, following
// Node v0.4's lib/module.js. The Rust half (process.binding('natives'))
// compiles a module's source inside the function wrapper; file probing
// and reading go through the loader binding bootstrap hands only to this
// module (its sixth argument): reading the modules a script requires is
// not the script's own file access, so the permission layer does not
// check it, and user code cannot call it.
var NativeModule = require('native_module');
var natives = process.binding('natives');
var fsb = arguments[5];
var path = require('path');

function Module(id, parent) {
  this.id = id;
  this.exports = {};
  this.parent = parent;
  this.filename = null;
  this.loaded = false;
  this.exited = false;
  this.children = [];
  if (parent && parent.children) parent.children.push(this);
}
module.exports = Module;

Module._cache = {};
Module._pathCache = {};
Module._extensions = {};
Module.Module = Module;

// require.paths: one array shared by every module, from NODE_PATH.
Module._paths = [];
(function() {
  var nodePath = fsb.nodePath;
  if (nodePath) {
    Module._paths = nodePath.split(':').filter(function(p) { return !!p; });
  }
})();

function isFile(p) { return fsb.internalStat(p) === 1; }

// LOAD_AS_FILE then LOAD_AS_DIRECTORY, for each candidate directory.
Module._findPath = function(request, paths) {
  var exts = Object.keys(Module._extensions);
  if (request.charAt(0) === '/') paths = [''];
  var trailingSlash = request.slice(-1) === '/';
  var cacheKey = JSON.stringify({ request: request, paths: paths });
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];

  for (var i = 0, PL = paths.length; i < PL; i++) {
    var basePath = path.resolve(paths[i], request);
    var filename;
    if (!trailingSlash) {
      if (isFile(basePath)) filename = fsb.realpath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename) filename = tryPackage(basePath, exts);
    if (!filename) filename = tryExtensions(path.resolve(basePath, 'index'), exts);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function tryExtensions(p, exts) {
  for (var i = 0, EL = exts.length; i < EL; i++) {
    if (isFile(p + exts[i])) return fsb.realpath(p + exts[i]);
  }
  return false;
}

var packageMainCache = {};
function readPackageMain(requestPath) {
  if (Object.prototype.hasOwnProperty.call(packageMainCache, requestPath)) {
    return packageMainCache[requestPath];
  }
  var jsonPath = path.resolve(requestPath, 'package.json');
  if (!isFile(jsonPath)) return (packageMainCache[requestPath] = false);
  var json = fsb.readFileUtf8(jsonPath);
  var main;
  try {
    main = JSON.parse(json).main;
  } catch (e) {
    e.path = jsonPath;
    e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
    throw e;
  }
  return (packageMainCache[requestPath] = typeof main === 'string' ? main : false);
}

function tryPackage(requestPath, exts) {
  var main = readPackageMain(requestPath);
  if (!main) return false;
  var filename = path.resolve(requestPath, main);
  if (isFile(filename)) return fsb.realpath(filename);
  return tryExtensions(filename, exts) ||
         tryExtensions(path.resolve(filename, 'index'), exts);
}

// NODE_MODULES_PATHS(START), with both of the manual's optimizations.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  var splitRe = /\//;
  var paths = [];
  var parts = from.split(splitRe);
  var root = parts.indexOf('node_modules') - 1;
  if (root < 0) root = 0;
  for (var tip = parts.length - 1; tip >= root; tip--) {
    if (parts[tip] === 'node_modules') continue;
    var dir = parts.slice(0, tip + 1).concat('node_modules').join('/');
    paths.push(dir);
  }
  return paths;
};

// Where to look for `request` when required from `parent`: its own
// directory for relative ids, else node_modules folders then require.paths
// (relative require.paths entries are taken from the parent's directory).
Module._resolveLookupPaths = function(request, parent) {
  if (NativeModule.exists(request)) return [request, []];
  var start = request.substring(0, 2);
  if (start !== './' && start !== '..') {
    var parentDir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    var extra = Module._paths.map(function(p) { return path.resolve(parentDir, p); });
    var paths = (parent && parent.paths) ? parent.paths.concat(extra) : extra;
    return [request, paths];
  }
  if (!parent || !parent.id || !parent.filename) {
    // Relative to the current directory: the main module or -e code.
    return [request, ['.']];
  }
  var isIndex = /^index\.\w+?$/.test(path.basename(parent.filename));
  var parentIdPath = isIndex ? parent.id : path.dirname(parent.id);
  var id = path.resolve(parentIdPath, request);
  if (parentIdPath === '.' && id.indexOf('/') === -1) id = './' + id;
  return [id, [path.dirname(parent.filename)]];
};

Module._load = function(request, parent, isMain) {
  var resolved = Module._resolveFilename(request, parent);
  var id = resolved[0];
  var filename = resolved[1];

  var cachedModule = Module._cache[filename];
  if (cachedModule) return cachedModule.exports;

  if (NativeModule.exists(id)) return NativeModule.require(id);

  var module = new Module(id, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  var hadException = true;
  try {
    module.load(filename);
    hadException = false;
  } finally {
    if (hadException) delete Module._cache[filename];
  }
  return module.exports;
};

Module._resolveFilename = function(request, parent) {
  if (NativeModule.exists(request)) return [request, request];
  var resolvedModule = Module._resolveLookupPaths(request, parent);
  var id = resolvedModule[0];
  var paths = resolvedModule[1];
  var filename = Module._findPath(request, paths);
  if (!filename) {
    var err = new Error("Cannot find module '" + request + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return [id, filename];
};

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  var extension = path.extname(filename) || '.js';
  if (!Module._extensions[extension]) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(path) {
  return Module._load(path, this);
};

// Runs `content` inside the module wrapper; returns what the wrapper returns.
Module.prototype._compile = function(content, filename) {
  var self = this;
  function require(path) { return self.require(path); }
  require.resolve = function(request) {
    return Module._resolveFilename(request, self)[1];
  };
  require.paths = Module._paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.registerExtension = function(ext, compile) {
    Module._extensions[ext] = function(module, filename) {
      module._compile(compile(fsb.readFileUtf8(filename)), filename);
    };
  };
  require.cache = Module._cache;
  var dirname = path.dirname(filename);
  var fn = natives.compile(content, filename);
  return fn.call(self.exports, self.exports, require, self, filename, dirname);
};

Module._extensions['.js'] = function(module, filename) {
  module._compile(stripBOM(fsb.readFileUtf8(filename)), filename);
};

Module._extensions['.json'] = function(module, filename) {
  var content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  var err = new Error('Native addons are not supported by rnode: ' + filename);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module.runMain = function() {
  Module._load(path.resolve(process.argv[1]), null, true);
};

// Source text run as a module named `name` in the current directory
// (`rnode -e`, a script piped on stdin). Returns the completion value.
Module._runSource = function(name, code) {
  var cwd = process.cwd();
  var module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  process.mainModule = module;
  module._evalSource = code;
  return module._compile('return eval(module._evalSource);', module.filename);
};

// The function wrapper around a module's source, as 0.4 exposed it (the
// loader compiles with the same head, in Rust).
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

Module._initPaths = function() {};
Module.requireRepl = function() { return Module._load('repl', '.'); };
