// Helpers for the http tests that need the exact bytes on the wire: send raw
// request bytes over a net socket and parse the raw responses that come back.
var net = require('net');

// Connects to 127.0.0.1:port, writes `data` (a string or an array of pieces
// written with `delay` ms between them), collects everything until the
// server closes the connection, then calls cb(text) with it as 'binary'.
exports.request = function(port, data, cb, delay) {
  var pieces = Array.isArray(data) ? data.slice() : [data];
  var socket = net.createConnection(port, '127.0.0.1');
  var chunks = [];
  socket.on('connect', function() {
    (function next() {
      if (pieces.length === 0) return;
      socket.write(pieces.shift(), 'binary');
      if (pieces.length) setTimeout(next, delay || 20);
    })();
  });
  socket.on('data', function(d) { chunks.push(d); });
  socket.on('error', function() {});
  socket.on('close', function() {
    cb(Buffer.concat(chunks).toString('binary'));
  });
  return socket;
};

// Parses consecutive HTTP responses out of `text`. `noBody` may be an array
// of booleans, one per response, saying which answer a HEAD request (the
// wire cannot tell). 1xx, 204 and 304 responses never have a body.
// Each response is { httpVersion, statusCode, reason, headers, rawHeaders,
// body, chunked, chunks, trailers }; headers map lower-cased names to the
// value, or to an array when the name was repeated.
exports.parse = function(text, noBody) {
  var out = [];
  var pos = 0;
  while (pos < text.length) {
    var end = text.indexOf('\r\n\r\n', pos);
    if (end === -1) throw new Error('incomplete head: ' + JSON.stringify(text.slice(pos)));
    var lines = text.slice(pos, end).split('\r\n');
    pos = end + 4;
    var m = /^HTTP\/(\d\.\d) (\d{3}) ?(.*)$/.exec(lines[0]);
    if (!m) throw new Error('bad status line: ' + JSON.stringify(lines[0]));
    var res = {
      httpVersion: m[1], statusCode: +m[2], reason: m[3],
      headers: {}, rawHeaders: [], body: '', chunked: false, chunks: [], trailers: {}
    };
    lines.slice(1).forEach(function(line) {
      var i = line.indexOf(':');
      var name = line.slice(0, i), value = line.slice(i + 1).replace(/^\s+|\s+$/g, '');
      res.rawHeaders.push([name, value]);
      addHeader(res.headers, name.toLowerCase(), value);
    });
    var skipBody = (noBody && noBody[out.length]) ||
        res.statusCode === 204 || res.statusCode === 304 ||
        (res.statusCode >= 100 && res.statusCode < 200);
    if (!skipBody) {
      if (/chunked/i.test(res.headers['transfer-encoding'] || '')) {
        res.chunked = true;
        for (;;) {
          var eol = text.indexOf('\r\n', pos);
          if (eol === -1) throw new Error('incomplete chunk size');
          var size = parseInt(text.slice(pos, eol), 16);
          pos = eol + 2;
          if (size === 0) break;
          res.chunks.push(size);
          res.body += text.slice(pos, pos + size);
          if (text.slice(pos + size, pos + size + 2) !== '\r\n') {
            throw new Error('chunk of ' + size + ' bytes not followed by CRLF');
          }
          pos += size + 2;
        }
        // Trailers, then the blank line.
        for (;;) {
          var eol2 = text.indexOf('\r\n', pos);
          if (eol2 === -1) throw new Error('incomplete trailers');
          var line = text.slice(pos, eol2);
          pos = eol2 + 2;
          if (line === '') break;
          var j = line.indexOf(':');
          addHeader(res.trailers, line.slice(0, j).toLowerCase(),
                    line.slice(j + 1).replace(/^\s+|\s+$/g, ''));
        }
      } else if (res.headers['content-length'] !== undefined) {
        var len = +res.headers['content-length'];
        res.body = text.slice(pos, pos + len);
        if (res.body.length !== len) throw new Error('short body');
        pos += len;
      } else {
        // Delimited by the end of the connection.
        res.body = text.slice(pos);
        pos = text.length;
      }
    }
    out.push(res);
  }
  return out;
};

function addHeader(dest, name, value) {
  if (!(name in dest)) dest[name] = value;
  else if (Array.isArray(dest[name])) dest[name].push(value);
  else dest[name] = [dest[name], value];
}
