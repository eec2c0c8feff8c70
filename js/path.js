// path: POSIX path string utilities, after Node v0.4's lib/path.js.
//
// Semantics follow the POSIX tools the manual compares them to (`dirname`,
// `basename`), as Node has since v0.6: trailing slashes are ignored by
// dirname/basename/extname. As in v0.4, join() and resolve() silently skip
// arguments that are not strings or are empty.
//
// The module loader itself uses this module, so nothing is required at load
// time.

function assertPath(p) {
  if (typeof p !== 'string') {
    throw new TypeError('Path must be a string. Received ' + typeof p);
  }
}

// Resolves '.' and '..' in an array of path segments, dropping empty ones
// (so runs of slashes collapse). A '..' that would climb above the start is
// kept for relative paths and dropped for absolute ones ('/..' is '/').
function normalizeArray(parts, allowAboveRoot) {
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
    } else {
      out.push(p);
    }
  }
  return out;
}

// Index just past the last non-slash character: where a path ends once its
// trailing slashes are ignored. A path made only of slashes gives 0.
function trimmedEnd(p) {
  var end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47 /* / */) end--;
  return end;
}

// The last path component, trailing slashes ignored; shared by basename and
// extname.
function lastPart(p) {
  var end = trimmedEnd(p);
  if (end === 0) return '';
  return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}

exports.sep = '/';
exports.delimiter = ':';

exports.normalize = function(p) {
  assertPath(p);
  if (p === '') return '.';
  var isAbsolute = p.charCodeAt(0) === 47,
      trailingSlash = p.charCodeAt(p.length - 1) === 47;
  p = normalizeArray(p.split('/'), !isAbsolute).join('/');
  if (!p && !isAbsolute) p = '.';
  // The trailing slash is preserved, except on the bare root ('/' + '/').
  if (p && trailingSlash) p += '/';
  return (isAbsolute ? '/' : '') + p;
};

exports.join = function() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    var p = arguments[i];
    if (p && typeof p === 'string') parts.push(p);
  }
  return exports.normalize(parts.join('/'));
};

// Works right to left like a series of `cd`s, stopping at the first absolute
// path; process.cwd() is the implicit leftmost one.
exports.resolve = function() {
  var resolved = '', isAbsolute = false;
  for (var i = arguments.length - 1; i >= -1 && !isAbsolute; i--) {
    var p = i >= 0 ? arguments[i] : process.cwd();
    if (typeof p !== 'string' || !p) continue;
    resolved = p + '/' + resolved;
    isAbsolute = p.charCodeAt(0) === 47;
  }
  // Normalizing the joined string also drops any trailing slash.
  resolved = normalizeArray(resolved.split('/'), !isAbsolute).join('/');
  return ((isAbsolute ? '/' : '') + resolved) || '.';
};

exports.isAbsolute = function(p) {
  assertPath(p);
  return p.charCodeAt(0) === 47;
};

// The path from `from` to `to`, both resolved first: '..' up to their common
// ancestor, then down to `to`.
exports.relative = function(from, to) {
  assertPath(from);
  assertPath(to);
  from = exports.resolve(from);
  to = exports.resolve(to);
  if (from === to) return '';
  // Both are absolute and normalized, so slicing off the root leaves plain
  // segments ('/' itself has none).
  var fromParts = from === '/' ? [] : from.slice(1).split('/'),
      toParts = to === '/' ? [] : to.slice(1).split('/'),
      n = Math.min(fromParts.length, toParts.length),
      same = 0;
  while (same < n && fromParts[same] === toParts[same]) same++;
  var out = [];
  for (var i = same; i < fromParts.length; i++) out.push('..');
  return out.concat(toParts.slice(same)).join('/');
};

exports.dirname = function(p) {
  assertPath(p);
  var end = trimmedEnd(p);
  if (end === 0) return p ? '/' : '.';
  var slash = p.lastIndexOf('/', end - 1);
  if (slash === -1) return '.';
  if (slash === 0) return '/';
  return p.slice(0, slash);
};

exports.basename = function(p, ext) {
  assertPath(p);
  var base = lastPart(p);
  // As in v0.4, a matching `ext` is removed even if it is the whole name.
  if (typeof ext === 'string' && ext &&
      base.slice(-ext.length) === ext) {
    base = base.slice(0, base.length - ext.length);
  }
  return base;
};

// From the last '.' of the last component, unless that dot is the
// component's first character ('.profile', '..') or there is none.
exports.extname = function(p) {
  assertPath(p);
  var base = lastPart(p),
      dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
};

// v0.4 kept exists/existsSync here; they now live in fs. fs is looked up at
// call time because it is loaded after this module.
exports.exists = function(p, callback) {
  return require('fs').exists(p, callback);
};

exports.existsSync = function(p) {
  return require('fs').existsSync(p);
};
