// querystring: Node v0.4's lib/querystring.js.
//
// stringify/parse look escape/unescape up on the exports object at call time,
// so a program may replace them (the manual says so).

var QueryString = exports;

// Called through Object.prototype so a key named 'hasOwnProperty' is safe.
function hasOwnProperty(obj, prop) {
  return Object.prototype.hasOwnProperty.call(obj, prop);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;         // 0-9
  if (c >= 65 && c <= 70) return c - 55;         // A-F
  if (c >= 97 && c <= 102) return c - 87;        // a-f
  return -1;
}

// The bytes `s` stands for: '%XX' escapes give their byte, other characters
// their UTF-8 encoding. A '%' not followed by two hex digits is an ordinary
// character, so malformed input is kept rather than rejected.
function toBytes(s) {
  var bytes = [];
  for (var i = 0, n = s.length; i < n; i++) {
    var c = s.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < n) {
      var hi = hexValue(s.charCodeAt(i + 1)),
          lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else if (c < 0x800) {
      bytes.push(0xC0 | c >> 6, 0x80 | c & 0x3F);
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) {
        var next = s.charCodeAt(i + 1);
        if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
          bytes.push(0xF0 | c >> 18, 0x80 | c >> 12 & 0x3F,
                     0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F);
          i++;
          continue;
        }
        c = 0xFFFD;  // a lone surrogate cannot be encoded
      }
      bytes.push(0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F);
    }
  }
  return bytes;
}

// Decodes UTF-8 like Buffer#toString() does: each invalid or truncated
// sequence becomes one U+FFFD (WHATWG "maximal subpart" rule).
function utf8Decode(bytes) {
  var out = '', i = 0, n = bytes.length;
  while (i < n) {
    var b = bytes[i++], need, cp, lower = 0x80, upper = 0xBF;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1; cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0x0F;
      if (b === 0xE0) lower = 0xA0;        // overlong
      else if (b === 0xED) upper = 0x9F;   // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x07;
      if (b === 0xF0) lower = 0x90;        // overlong
      else if (b === 0xF4) upper = 0x8F;   // above U+10FFFF
    } else {
      out += '\ufffd';
      continue;
    }
    for (; need > 0; need--) {
      var c = bytes[i];
      if (i >= n || c < lower || c > upper) break;  // c is re-read next round
      cp = cp << 6 | c & 0x3F;
      lower = 0x80; upper = 0xBF;
      i++;
    }
    if (need > 0) {
      out += '\ufffd';
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out += String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      out += String.fromCharCode(cp);
    }
  }
  return out;
}

var plusPattern = /\+/g;

// Needs Buffer, which is looked up when called (it may be set up after this
// module is loaded).
QueryString.unescapeBuffer = function(s, decodeSpaces) {
  if (typeof Buffer !== 'function') {
    throw new Error('querystring.unescapeBuffer needs Buffer');
  }
  if (decodeSpaces) s = s.replace(plusPattern, ' ');
  return new Buffer(toBytes(s));
};

// decodeURIComponent is native and fast but throws on malformed input; only
// then is the string decoded by hand.
QueryString.unescape = function(s, decodeSpaces) {
  if (decodeSpaces && s.indexOf('+') !== -1) s = s.replace(plusPattern, ' ');
  if (s.indexOf('%') === -1) return s;
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return utf8Decode(toBytes(s));
  }
};

QueryString.escape = function(str) {
  return encodeURIComponent(str);
};

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return isFinite(v) ? String(v) : '';
    default: return '';
  }
}

// Arrays become repeated keys; other non-primitive values become ''. A
// non-object is only encoded when given a `name` (v0.4's fourth argument).
QueryString.stringify = QueryString.encode = function(obj, sep, eq, name) {
  sep = sep || '&';
  eq = eq || '=';
  if (obj !== null && typeof obj === 'object') {
    var keys = Object.keys(obj), fields = [];
    for (var i = 0; i < keys.length; i++) {
      var ks = QueryString.escape(stringifyPrimitive(keys[i])) + eq,
          v = obj[keys[i]];
      if (Array.isArray(v)) {
        for (var j = 0; j < v.length; j++) {
          fields.push(ks + QueryString.escape(stringifyPrimitive(v[j])));
        }
      } else {
        fields.push(ks + QueryString.escape(stringifyPrimitive(v)));
      }
    }
    return fields.join(sep);
  }
  if (!name) return '';
  return QueryString.escape(stringifyPrimitive(name)) + eq +
         QueryString.escape(stringifyPrimitive(obj));
};

// Repeated keys collect into an array. Only the first `eq` splits a pair;
// a pair without one has the value ''. Empty pairs ('a&&b') are skipped.
QueryString.parse = QueryString.decode = function(qs, sep, eq) {
  sep = sep || '&';
  eq = eq || '=';
  var obj = {};
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  var pairs = qs.split(sep);
  for (var i = 0; i < pairs.length; i++) {
    var kvp = pairs[i];
    if (!kvp) continue;
    var idx = kvp.indexOf(eq), k, v;
    if (idx === -1) {
      k = kvp;
      v = '';
    } else {
      k = kvp.slice(0, idx);
      v = kvp.slice(idx + eq.length);
    }
    k = QueryString.unescape(k, true);
    v = QueryString.unescape(v, true);

    if (!hasOwnProperty(obj, k)) {
      obj[k] = v;
    } else if (Array.isArray(obj[k])) {
      obj[k].push(v);
    } else {
      obj[k] = [obj[k], v];
    }
  }
  return obj;
};
