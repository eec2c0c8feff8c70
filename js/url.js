// url: URL parsing, formatting and resolution, after Node v0.4's lib/url.js.
//
// Parsed objects carry only the fields present in the string (no nulls, no
// `path`), `host` includes the auth as the v0.4 manual documents, and
// hostnames and protocols are lowercased. parse() runs on every HTTP request,
// so it avoids work the common cases do not need.

var querystring = require('querystring');

exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = function(source, relative) {
  var result = urlResolveObject(source, relative);
  // v0.4 left the source's href on the result; keep it truthful.
  if (result && typeof result === 'object') result.href = urlFormat(result);
  return result;
};
exports.format = urlFormat;

var protocolPattern = /^[a-z0-9]+:/i,
    portPattern = /:[0-9]+$/,
    // '//user@host' starts a host even when slashes do not denote one.
    authHostPattern = /^\/\/[^@\/]+@[^@\/]+/,
    // RFC 2396 delimiters: a URL ends at the first one (after the host).
    delimPattern = /[<>"` \r\n\t]/,
    // The host ends at the first of these: path/query/fragment starts, the
    // RFC 2396 "unwise" characters, the delimiters and "'".
    nonHostPattern = /[%\/?;#{}|\\^~\[\]`<>" \r\n\t']/,
    // An '@' is the end of the auth only if none of these comes before it,
    // and format() escapes them inside the auth. (search() ignores the g.)
    nonAuthPattern = /[\/@?#<>"` \r\n\t]/g,
    hostnameMaxLen = 255,
    hostnamePartPattern = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}$/,
    hostnamePartStart = /^([a-zA-Z0-9][a-zA-Z0-9_-]{0,62})(.*)$/,
    // Protocols that have no host and whose URLs may hold delimiters.
    hostlessProtocol = { 'javascript:': true },
    // Protocols that always have a '//' and a path.
    slashedProtocol = {
      'http:': true, 'https:': true, 'ftp:': true, 'gopher:': true,
      'file:': true
    };

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url && typeof url === 'object' && url.href) return url;
  if (typeof url !== 'string') {
    throw new TypeError("Parameter 'url' must be a string, not " + typeof url);
  }

  var out = {}, rest = url;

  // Skip leading delimiters, so that '<http://foo.com>' parses.
  var start = 0;
  while (start < rest.length && delimPattern.test(rest.charAt(start))) start++;
  if (start) rest = rest.slice(start);

  var proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0].toLowerCase();
    out.protocol = proto;
    rest = rest.slice(proto.length);
  } else {
    proto = '';
  }

  // '//foo/bar' only has a host after a protocol, when asked for (url
  // resolution does, as browsers do) or when it starts with user@server.
  var slashes = false;
  if (proto || slashesDenoteHost ||
      (rest.charCodeAt(1) === 47 && authHostPattern.test(rest))) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !hostlessProtocol[proto]) {
      rest = rest.slice(2);
      out.slashes = true;
    }
  }

  // Non-slashed protocols (mailto:, xmpp:) have a host too: 'user@host'.
  if (!hostlessProtocol[proto] &&
      (slashes || (proto && !slashedProtocol[proto]))) {
    var at = rest.indexOf('@');
    if (at !== -1 && rest.search(nonAuthPattern) === at) {
      out.auth = rest.slice(0, at);
      rest = rest.slice(at + 1);
    }

    var end = rest.search(nonHostPattern);
    if (end === -1) end = rest.length;
    var hostname = rest.slice(0, end);
    rest = rest.slice(end);

    var port = portPattern.exec(hostname);
    if (port) {
      port = port[0];
      hostname = hostname.slice(0, hostname.length - port.length);
    }

    // Validate each label; the host ends inside the first bad one and what
    // follows goes back to the path ('x.com*a/b' is host 'x.com', '/*a/b').
    if (hostname.length > hostnameMaxLen) {
      hostname = '';
    } else {
      var parts = hostname.split('.');
      for (var i = 0; i < parts.length; i++) {
        var part = parts[i];
        if (!part || hostnamePartPattern.test(part)) continue;
        var valid = parts.slice(0, i), notHost = parts.slice(i + 1),
            bit = hostnamePartStart.exec(part);
        if (bit) {
          valid.push(bit[1]);
          notHost.unshift(bit[2]);
        }
        if (notHost.length) rest = '/' + notHost.join('.') + rest;
        hostname = valid.join('.');
        break;
      }
    }

    // A host was indicated, so hostname is present even if empty.
    hostname = hostname.toLowerCase();
    out.host = (out.auth ? out.auth + '@' : '') + hostname + (port || '');
    if (port) out.port = port.slice(1);
    out.hostname = hostname;
  }

  if (!hostlessProtocol[proto]) {
    // "'" is legal but an XSS vector: always escape it. A delimiter ends the
    // URL.
    if (rest.indexOf("'") !== -1) rest = rest.split("'").join('%27');
    var chop = rest.search(delimPattern);
    if (chop !== -1) rest = rest.slice(0, chop);
  }
  var tail = rest;

  var hash = rest.indexOf('#');
  if (hash !== -1) {
    out.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  var qm = rest.indexOf('?');
  if (qm !== -1) {
    out.search = rest.slice(qm);
    out.query = rest.slice(qm + 1);
    if (parseQueryString) out.query = querystring.parse(out.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    out.search = '';
    out.query = {};
  }
  if (rest) out.pathname = rest;
  if (slashedProtocol[proto] && out.hostname && !out.pathname) {
    out.pathname = '/';
  }

  // href is rebuilt from what was validated. Without protocol or host that
  // is exactly the cleaned-up remainder, so the request-path case skips
  // format().
  out.href = (proto || out.host !== undefined) ? urlFormat(out) : tail;
  return out;
}

function urlFormat(obj) {
  // Formatting a string cleans it up.
  if (typeof obj === 'string') obj = urlParse(obj);

  var auth = obj.auth;
  if (auth) auth = auth.replace(nonAuthPattern, encodeURIComponent);

  var protocol = obj.protocol || '',
      host = obj.host != null ? obj.host :
             obj.hostname != null ?
                 (auth ? auth + '@' : '') + obj.hostname +
                 (obj.port ? ':' + obj.port : '') :
             false,
      pathname = obj.pathname || '',
      query = obj.query && typeof obj.query === 'object' &&
              Object.keys(obj.query).length ?
                  querystring.stringify(obj.query) : '',
      search = obj.search || (query && '?' + query) || '',
      hash = obj.hash || '';

  if (protocol && protocol.charAt(protocol.length - 1) !== ':') protocol += ':';

  // Only the slashed protocols get the '//' (not mailto:, xmpp:, ...), unless
  // the URL had them to begin with.
  if (obj.slashes ||
      (!protocol || slashedProtocol[protocol]) && host !== false) {
    host = '//' + (host || '');
    if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
  } else if (!host) {
    host = '';
  }

  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;

  return protocol + host + pathname + search + hash;
}

function urlResolve(source, relative) {
  return urlFormat(urlResolveObject(source, relative));
}

// Resolves `relative` against `source` as a browser resolves an anchor's href
// against the page's URL. Both are (re)parsed with slashes denoting a host.
// For non-slashed URLs with a host ('mailto:local@domain'): move the host
// into the first path segment so relative links resolve against it.
function hostIntoPath(obj, pathParts) {
  delete obj.hostname;
  delete obj.auth;
  delete obj.port;
  if (obj.host) {
    if (pathParts[0] === '') pathParts[0] = obj.host;
    else pathParts.unshift(obj.host);
  }
  delete obj.host;
}

function urlResolveObject(source, relative) {
  if (!source) return relative;

  source = urlParse(urlFormat(source), false, true);
  relative = urlParse(urlFormat(relative), false, true);

  // The hash always comes from the relative URL.
  source.hash = relative.hash;

  if (relative.href === '') return source;

  // '//foo/bar' keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    relative.protocol = source.protocol;
    return relative;
  }

  if (relative.protocol && relative.protocol !== source.protocol) {
    // Changing to an unknown protocol: the relative URL is absolute.
    if (!slashedProtocol[relative.protocol]) return relative;

    // A known protocol must have a host, so 'https:/a/b' takes its first
    // path segment as the host: 'https://a/b'.
    source.protocol = relative.protocol;
    if (!relative.host && !hostlessProtocol[relative.protocol]) {
      var relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      relative.pathname = relPath.join('/');
    }
    source.pathname = relative.pathname;
    source.search = relative.search;
    source.query = relative.query;
    source.host = relative.host || '';
    delete source.auth;
    delete source.hostname;
    source.port = relative.port;
    return source;
  }

  var isSourceAbs = source.pathname && source.pathname.charAt(0) === '/',
      isRelAbs = relative.host !== undefined ||
                 relative.pathname && relative.pathname.charAt(0) === '/',
      mustEndAbs = isRelAbs || isSourceAbs ||
                   (source.host && relative.pathname),
      removeAllDots = mustEndAbs,
      srcPath = source.pathname && source.pathname.split('/') || [],
      relPath = relative.pathname && relative.pathname.split('/') || [],
      // A non-slashed URL with a host ('mailto:local@domain'): relative
      // links like ../.. may climb into the host, so treat the host as the
      // first path segment for now.
      psychotic = source.protocol && !slashedProtocol[source.protocol] &&
                  source.host !== undefined;

  if (psychotic) {
    hostIntoPath(source, srcPath);
    if (relative.protocol) hostIntoPath(relative, relPath);
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // An absolute path (or a new host) replaces the whole path.
    source.host = (relative.host || relative.host === '') ?
                  relative.host : source.host;
    source.search = relative.search;
    source.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    source.search = relative.search;
    source.query = relative.query;
  } else if ('search' in relative) {
    // Just a query ('?foo'): keep the path.
    if (psychotic) source.host = srcPath.shift();
    source.search = relative.search;
    source.query = relative.query;
    return source;
  }
  if (!srcPath.length) {
    delete source.pathname;
    return source;
  }

  // A path ending in '.' or '..' (or '') gets a trailing slash; anything
  // else must not.
  var last = srcPath[srcPath.length - 1];
  var hasTrailingSlash = (source.host || relative.host) &&
                         (last === '.' || last === '..') || last === '';

  // Strip '.', resolve '..' against the previous segment; `up` counts the
  // '..'s that climbed above the start.
  var up = 0;
  for (var i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  // A relative result may keep climbing.
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' &&
      (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }

  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') {
    srcPath.push('');
  }

  var isAbsolute = srcPath[0] === '' ||
                   (srcPath[0] && srcPath[0].charAt(0) === '/');

  // Put the host back.
  if (psychotic) source.host = isAbsolute ? '' : srcPath.shift();

  mustEndAbs = mustEndAbs || (source.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  source.pathname = srcPath.join('/');
  return source;
}
