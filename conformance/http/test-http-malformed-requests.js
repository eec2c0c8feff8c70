// Malformed and hostile requests (RFC 9112 request-smuggling and robustness vectors), each on its own connection, one at a time: every one is answered with a 4xx/5xx or a close (never a hang, never a 200 for a smuggling vector), and afterwards the server still answers a normal GET.
// Run with RECORD=1 to print the answer of every case instead of checking it.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');
var raw = require('./raw');

var RECORD = !!process.env.RECORD;
var CASE_TIMEOUT = 2000;  // ms; a case with no answer by then is a 'timeout'
var GRACE = 50;           // ms to wait for more bytes after the last expected response

var HOST = 'Host: 127.0.0.1\r\n';

function repeat(s, n) {
  return new Array(n + 1).join(s);
}

// A GET with the Host header, the given extra header lines and the blank line.
function get(headers) {
  return 'GET / HTTP/1.1\r\n' + HOST + (headers || '') + '\r\n';
}

// A POST with the Host header, the given header lines, the blank line and body.
function post(headers, body) {
  return 'POST / HTTP/1.1\r\n' + HOST + headers + '\r\n' + (body || '');
}

// A chunked POST whose chunked body is `body` (written as is).
function chunked(body, headers) {
  return post((headers || '') + 'Transfer-Encoding: chunked\r\n', body);
}

// 512 bytes of deterministic binary noise.
function garbage() {
  var out = '', x = 12345;
  for (var i = 0; i < 512; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode((x >> 16) & 0xff);
  }
  return out;
}

// A TLS 1.2 ClientHello record (what an https client sends first).
function clientHello() {
  var random = '';
  for (var i = 0; i < 32; i++) random += String.fromCharCode(i * 7 & 0xff);
  var body = '\x03\x03' + random +
      '\x00' +                          // session id: empty
      '\x00\x04\x13\x01\xc0\x2f' +      // two cipher suites
      '\x01\x00' +                      // compression: null
      '\x00\x00';                       // no extensions
  var hs = '\x01\x00' + String.fromCharCode(body.length >> 8, body.length & 0xff) + body;
  return '\x16\x03\x01' + String.fromCharCode(hs.length >> 8, hs.length & 0xff) + hs;
}

// 2000 tiny headers ('0:1', '1:1', ... in base 36), about 14 KB in all:
// under the 16 KB header limit, so only their number is unusual.
function manyHeaders(n) {
  var out = '';
  for (var i = 0; i < n; i++) out += i.toString(36) + ':1\r\n';
  return out;
}

var SMUGGLED = 'GET /smuggled HTTP/1.1\r\n' + HOST + '\r\n';

// [name, raw request, allowed answers, options]
//
// The answer is the status code of the first final (non-1xx) response, or
// 'closed' when the server closed the connection without a final response,
// or 'timeout' when nothing decisive happened within CASE_TIMEOUT (always a
// failure). The first allowed answer is what Node 20 answers; any others are
// what RFC 9112 also allows, with the reason in a comment.
//
// Options:
//   responses: how many final responses must come back: a number, a list
//              of numbers, or an object giving either per answer. By default
//              1 when the answer is a status, 0 when it is 'closed'. A hidden
//              (smuggled) request that gets its own answer shows up here.
//   bodyLength: the X-Body-Length the first 200 must carry (the body the
//              server saw).
//   interim:   how many 1xx responses must come before the final one.
//   closes:    whether the server must close the connection after its
//              answer; by default true for the error answers (400, 413, 414,
//              431, 501, 505: the framing of what follows is unknown), not
//              checked otherwise.
//   halfClose: end our side of the connection after writing.
var cases = [
  // --- Content-Length ---------------------------------------------------
  ['cl-valid', post('Content-Length: 5\r\n', 'hello'), [200], { bodyLength: '5' }],
  ['cl-negative', post('Content-Length: -1\r\n', 'hello'), [400]],
  ['cl-overflow', post('Content-Length: 99999999999999999999\r\n', 'hello'), [400]],
  ['cl-non-numeric', post('Content-Length: abc\r\n', 'hello'), [400]],
  ['cl-empty', post('Content-Length: \r\n', 'hello'), [400]],
  ['cl-plus-sign', post('Content-Length: +5\r\n', 'hello'), [400]],
  ['cl-hex', post('Content-Length: 0x5\r\n', 'hello'), [400]],
  ['cl-decimal-point', post('Content-Length: 5.0\r\n', 'hello'), [400]],
  ['cl-inner-space', post('Content-Length: 1 2\r\n', 'hello world!'), [400]],
  // Spaces and tabs around a field value are OWS, not part of the value.
  ['cl-ows-around', post('Content-Length:   5   \r\n', 'hello'), [200], { bodyLength: '5' }],
  ['cl-ows-tab', post('Content-Length:\t5\r\n', 'hello'), [200], { bodyLength: '5' }],
  ['cl-leading-zeros', post('Content-Length: 005\r\n', 'hello'), [200], { bodyLength: '5' }],
  ['cl-two-different', post('Content-Length: 5\r\nContent-Length: 6\r\n', 'hello!'), [400]],
  // RFC 9112 6.3: identical repeated values MAY be taken as one; Node rejects.
  ['cl-two-identical', post('Content-Length: 5\r\nContent-Length: 5\r\n', 'hello'), [400, 200],
    { bodyLength: '5' }],
  ['cl-list-identical', post('Content-Length: 5, 5\r\n', 'hello'), [400, 200],
    { bodyLength: '5' }],
  ['cl-list-different', post('Content-Length: 5, 6\r\n', 'hello!'), [400]],
  // RFC 9112 6.3 lets a server process Content-Length with chunked as
  // chunked (and close afterwards) or reject it; Node rejects, and so must
  // we: it is the classic smuggling vector.
  ['cl-and-te-chunked',
    post('Content-Length: 5\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n'), [400]],
  ['te-chunked-and-cl',
    post('Transfer-Encoding: chunked\r\nContent-Length: 5\r\n', '0\r\n\r\n'), [400]],

  // --- Transfer-Encoding ------------------------------------------------
  ['te-chunked-valid', chunked('5\r\nhello\r\n0\r\n\r\n'), [200], { bodyLength: '5' }],
  ['te-chunked-upper-case', post('Transfer-Encoding: CHUNKED\r\n', '5\r\nhello\r\n0\r\n\r\n'),
    [200], { bodyLength: '5' }],
  ['te-xchunked', post('Transfer-Encoding: xchunked\r\n', '5\r\nhello\r\n0\r\n\r\n'), [400, 501]],
  ['te-chunked-identity', post('Transfer-Encoding: chunked, identity\r\n', '5\r\nhello\r\n0\r\n\r\n'),
    [400, 501]],
  ['te-identity', post('Transfer-Encoding: identity\r\n', 'hello'), [400, 501]],
  ['te-empty', post('Transfer-Encoding: \r\n', 'hello'), [400, 501]],
  // The final coding is chunked, so the framing is unambiguous; the body is
  // passed on still gzip-coded. RFC 9112 6.1: a server that does not
  // understand a coding SHOULD answer 501.
  ['te-gzip-chunked', post('Transfer-Encoding: gzip, chunked\r\n', '5\r\nhello\r\n0\r\n\r\n'),
    [200, 501, 400], { bodyLength: '5' }],
  ['te-chunked-twice', post('Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n',
    '5\r\nhello\r\n0\r\n\r\n'), [400]],
  ['te-space-before-colon', post('Transfer-Encoding : chunked\r\nContent-Length: 5\r\n',
    '0\r\n\r\n'), [400]],
  ['te-vertical-tab', post('Transfer-Encoding: \x0bchunked\r\n', '5\r\nhello\r\n0\r\n\r\n'), [400]],
  // RFC 9112 6.1: Transfer-Encoding in an HTTP/1.0 message MUST be treated
  // as faulty framing, and the connection closed after the message. Node
  // decodes the chunked body and answers 200, then closes (an HTTP/1.0
  // connection without keep-alive), so nothing can follow the message.
  ['te-http10', 'POST / HTTP/1.0\r\n' + HOST + 'Transfer-Encoding: chunked\r\n\r\n' +
    '5\r\nhello\r\n0\r\n\r\n', [200, 400, 'closed'], { closes: true }],
  // The same with keep-alive and a request after it. Node keeps the
  // connection and answers both (a smuggling risk behind a proxy that frames
  // HTTP/1.0 differently); RFC 9112 6.1 requires a close after the first
  // message, i.e. one answer (or a 400) and never the second.
  ['te-http10-keep-alive', 'POST / HTTP/1.0\r\n' + HOST + 'Connection: keep-alive\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' + SMUGGLED,
    [200, 400, 'closed'], { responses: { 200: [2, 1] } }],

  // --- chunked framing --------------------------------------------------
  ['chunk-plus-sign', chunked('+5\r\nhello\r\n0\r\n\r\n'), [400]],
  ['chunk-minus-sign', chunked('-5\r\nhello\r\n0\r\n\r\n'), [400]],
  ['chunk-invalid-hex', chunked('zz\r\nhello\r\n0\r\n\r\n'), [400]],
  ['chunk-0x-prefix', chunked('0x5\r\nhello\r\n0\r\n\r\n'), [400]],
  ['chunk-size-overflow', chunked('ffffffffffffffffffff\r\nhello\r\n0\r\n\r\n'), [400]],
  ['chunk-missing-crlf', chunked('5\r\nhelloXX0\r\n\r\n'), [400]],
  ['chunk-leading-zeros', chunked('0005\r\nhello\r\n0\r\n\r\n'), [200], { bodyLength: '5' }],
  ['chunk-size-trailing-space', chunked('5 \r\nhello\r\n0\r\n\r\n'), [400]],
  // RFC 9112 7.1.1 allows BWS before ';' (chunk-ext = *( BWS ";" BWS ...)),
  // Node does not.
  ['chunk-ext-bws', chunked('5 ;a=b\r\nhello\r\n0\r\n\r\n'), [400, 200]],
  ['chunk-ext-valid', chunked('5;name=value\r\nhello\r\n0\r\n\r\n'), [200], { bodyLength: '5' }],
  ['chunk-ext-quoted', chunked('5;name="a b"\r\nhello\r\n0\r\n\r\n'), [200], { bodyLength: '5' }],
  ['chunk-ext-too-long', chunked('5;' + repeat('a', 20000) + '\r\nhello\r\n0\r\n\r\n'), [413, 400]],
  ['chunk-data-bare-cr', chunked('5\r\nhello\r0\r\n\r\n'), [400]],
  ['chunk-bare-lf', chunked('5\nhello\n0\n\n'), [400]],
  ['chunk-last-missing-half-close', chunked('5\r\nhello\r\n'), [400, 'closed'], { halfClose: true }],
  ['trailers-valid', chunked('5\r\nhello\r\n0\r\nX-Trailer: 1\r\n\r\n'), [200], { bodyLength: '5' }],
  // A Content-Length in the trailers must not frame anything (RFC 9110
  // 6.5.1: framing fields are not allowed there). Node's parser rejects it
  // as Content-Length with Transfer-Encoding; ignoring it is as good, but
  // then the request after the chunked body must be answered on its own.
  ['trailers-content-length', chunked('0\r\nContent-Length: 5\r\n\r\n') + get(), [400, 200],
    { responses: { 200: 2 }, bodyLength: '0' }],
  ['trailers-unterminated', chunked('5\r\nhello\r\n0\r\nX-Trailer: ' + repeat('a', 100 * 1024)),
    [431, 'closed']],

  // --- request line -----------------------------------------------------
  // A request line without a version is invalid in RFC 9112 (400). Node
  // takes it as HTTP/0.9 (with header fields, even), answers 200 and closes
  // the connection, so nothing can be smuggled after it.
  ['rl-missing-version', 'GET /\r\n' + HOST + '\r\n', [200, 400], { closes: true }],
  ['rl-http09', 'GET /\r\n\r\n', [200, 400], { closes: true }],
  // HTTP/2.0 in an HTTP/1 request line: Node answers 200 and closes; RFC
  // 9110 15.6.6 allows 505 (a 400 is fine as well).
  ['rl-http2-version', 'GET / HTTP/2.0\r\n' + HOST + '\r\n', [200, 505, 400], { closes: true }],
  ['rl-http12-version', 'GET / HTTP/1.2\r\n' + HOST + '\r\n', [400, 505]],
  ['rl-http1-version', 'GET / HTTP/1\r\n' + HOST + '\r\n', [400]],
  ['rl-version-suffix', 'GET / HTTP/1.1x\r\n' + HOST + '\r\n', [400]],
  ['rl-version-leading-zero', 'GET / HTTP/01.1\r\n' + HOST + '\r\n', [400]],
  ['rl-version-lower-case', 'GET / http/1.1\r\n' + HOST + '\r\n', [400]],
  // Methods are case-sensitive tokens: 'get' and 'FOO' are valid syntax but
  // unknown methods, for which RFC 9110 15.6.2 suggests 501; Node's parser
  // knows a fixed list of methods and answers 400.
  ['rl-lower-case-method', 'get / HTTP/1.1\r\n' + HOST + '\r\n', [400, 501]],
  ['rl-unknown-method', 'FOO / HTTP/1.1\r\n' + HOST + '\r\n', [400, 501]],
  ['rl-long-method', 'GETGETGETGET / HTTP/1.1\r\n' + HOST + '\r\n', [400, 501]],
  // No 'connect' listener: Node closes the connection without a word.
  ['rl-connect-no-listener', 'CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n',
    ['closed', 400, 405, 501]],
  ['rl-invalid-method-char', 'G(T / HTTP/1.1\r\n' + HOST + '\r\n', [400]],
  ['rl-space-in-target', 'GET /a b HTTP/1.1\r\n' + HOST + '\r\n', [400]],
  // RFC 9112 3: recipients MAY split the request line on any whitespace
  // run; Node accepts two spaces (and nothing about framing changes).
  ['rl-double-space', 'GET  / HTTP/1.1\r\n' + HOST + '\r\n', [200, 400]],
  ['rl-tab-separator', 'GET\t/\tHTTP/1.1\r\n' + HOST + '\r\n', [400]],
  ['rl-nul-in-target', 'GET /\x00 HTTP/1.1\r\n' + HOST + '\r\n', [400]],
  ['rl-empty', ' \r\n' + HOST + '\r\n', [400]],
  ['rl-only-crlf-half-close', '\r\n\r\n\r\n', ['closed'], { halfClose: true }],
  // RFC 9112 2.2: a server SHOULD ignore at least one empty line before the request line.
  ['rl-leading-crlf', '\r\n' + get(), [200]],
  ['rl-two-leading-crlf', '\r\n\r\n' + get(), [200, 400]],
  ['rl-absolute-form', 'GET http://127.0.0.1/ HTTP/1.1\r\n' + HOST + '\r\n', [200]],
  ['rl-asterisk-options', 'OPTIONS * HTTP/1.1\r\n' + HOST + '\r\n', [200]],
  ['rl-long-url-8k', 'GET /' + repeat('a', 8000) + ' HTTP/1.1\r\n' + HOST + '\r\n', [200]],
  // RFC 9110 15.5.15 suggests 414 for a target too long; Node counts the
  // target in its 16 KB header limit and answers 431.
  ['rl-long-url-100k', 'GET /' + repeat('a', 100 * 1024) + ' HTTP/1.1\r\n' + HOST + '\r\n',
    [431, 414, 400]],

  // --- header fields ----------------------------------------------------
  ['hdr-no-colon', get('Foo\r\n'), [400]],
  ['hdr-empty-name', get(': value\r\n'), [400]],
  ['hdr-space-before-colon', 'GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n', [400]],
  ['hdr-whitespace-name', get('\t: x\r\n'), [400]],
  ['hdr-invalid-name-char', get('X(A): 1\r\n'), [400]],
  ['hdr-nul-in-value', get('X-A: a\x00b\r\n'), [400]],
  ['hdr-bare-cr-in-value', get('X-A: a\rb\r\n'), [400]],
  ['hdr-ctl-in-value', get('X-A: a\x01b\r\n'), [400]],
  ['hdr-obs-text-in-value', get('X-A: caf\xe9\r\n'), [200]],
  // RFC 9112 5.2: obs-fold MUST be rejected with 400 or replaced by SP.
  ['hdr-obs-fold', get('X-A: a\r\n b\r\n'), [400, 200]],
  ['hdr-obs-fold-te', post('Transfer-Encoding: identity\r\n chunked\r\n', '0\r\n\r\n'),
    [400]],
  // RFC 9112 2.2: whitespace before the first field line MUST be rejected
  // or the line ignored.
  ['hdr-first-line-indented', 'GET / HTTP/1.1\r\n X-A: 1\r\n' + HOST + '\r\n', [400, 200]],
  // RFC 9112 2.2: a recipient MAY take a bare LF as a line terminator;
  // Node 20 does not.
  ['hdr-bare-lf-everywhere', 'GET / HTTP/1.1\n' + 'Host: 127.0.0.1\n\n', [400, 200]],
  ['hdr-bare-cr-everywhere', 'GET / HTTP/1.1\r' + 'Host: 127.0.0.1\r\r', [400]],
  ['hdr-incomplete-half-close', 'GET / HTTP/1.1\r\n' + HOST, [400, 'closed'], { halfClose: true }],
  // 17 KiB of head: node 20 refuses past 16 KiB; rnode's default bound is
  // Node 0.4's 80 KiB (maxHeaderSize changes it), so both answers stand.
  ['hdr-17k', get('X-Big: ' + repeat('a', 17 * 1024) + '\r\n'), [431, 200]],
  ['hdr-80k', get('X-Big: ' + repeat('a', 80 * 1024) + '\r\n'), [431]],
  ['hdr-2000-small', get(manyHeaders(2000)), [200]],
  ['hdr-10000-small', get(repeat('a:1\r\n', 10000)), [431]],
  // RFC 9112 §3.2 and node 20: 400. Node 0.4 answered it, and its own
  // tests send HTTP/1.1 requests without Host; rnode keeps answering.
  ['hdr-missing-host-http11', 'GET / HTTP/1.1\r\n\r\n', [400, 200]],
  ['hdr-missing-host-http10', 'GET / HTTP/1.0\r\n\r\n', [200]],
  // RFC 9112 3.2: a server MUST answer 400 to more than one Host. Node
  // takes the first; no framing depends on Host, so for an origin server
  // this is a routing ambiguity, not a way to smuggle a request.
  ['hdr-two-hosts', 'GET / HTTP/1.1\r\n' + HOST + 'Host: example.com\r\n\r\n', [200, 400]],

  // --- bodies and pipelining --------------------------------------------
  // The body ends early: the request must not be answered 200 as if whole.
  ['body-short-half-close', post('Content-Length: 10\r\n', 'hello'), [400, 'closed'],
    { halfClose: true }],
  ['body-expect-continue', post('Expect: 100-continue\r\nContent-Length: 5\r\n', 'hello'),
    [200], { interim: 1, bodyLength: '5' }],
  // Node answers 417, skips the body and keeps the connection open.
  ['body-expect-unknown', post('Expect: bogus\r\nContent-Length: 5\r\n', 'hello'), [417]],
  ['pipeline-after-chunked', chunked('5\r\nhello\r\n0\r\n\r\n') + get(), [200],
    { responses: 2, bodyLength: '5' }],
  ['pipeline-after-content-length', post('Content-Length: 5\r\n', 'hello') + get(), [200],
    { responses: 2, bodyLength: '5' }],
  ['pipeline-after-trailers', chunked('5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n') + get(), [200],
    { responses: 2, bodyLength: '5' }],
  // Node parses the garbage before it has written the 200, so the 400 is
  // all that comes back; a 200 and then a 400 or a close is as good.
  ['pipeline-garbage-after-request', get() + 'XYZZY\r\n\r\n', [400, 200],
    { responses: { 200: [1, 2] } }],
  // Each of these is read one way by a Content-Length parser and another by
  // a chunked one; a second answer would be the smuggled GET's.
  ['smuggle-cl-te', post('Content-Length: 6\r\nTransfer-Encoding: chunked\r\n',
    '0\r\n\r\nG' + SMUGGLED), [400]],
  ['smuggle-te-cl', post('Transfer-Encoding: chunked\r\nContent-Length: 4\r\n',
    SMUGGLED.length.toString(16) + '\r\n' + SMUGGLED + '\r\n0\r\n\r\n'), [400]],
  ['smuggle-two-cl', post('Content-Length: 0\r\nContent-Length: ' + SMUGGLED.length + '\r\n',
    SMUGGLED), [400]],

  // --- not HTTP at all --------------------------------------------------
  ['binary-garbage', garbage(), [400]],
  ['tls-client-hello', clientHello(), [400]],
  ['http2-preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', [400, 505]],
  ['nul-request-line', '\x00\x00\x00\r\n\r\n', [400]]
];

var server = http.createServer(function(req, res) {
  var length = 0;
  req.on('data', function(d) { length += d.length; });
  req.on('end', function() {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 2,
                         'X-Body-Length': String(length) });
    res.end('ok');
  });
});

// Parses what came back; raw.parse throws on an incomplete response.
function parsed(text) {
  try {
    return raw.parse(text);
  } catch (e) {
    return null;
  }
}

var ERROR_ANSWERS = [400, 413, 414, 431, 501, 505];

// Whether the server must close the connection after answering `answer`.
function mustClose(answer, opts) {
  if (opts.closes !== undefined) return opts.closes;
  return ERROR_ANSWERS.indexOf(answer) !== -1;
}

function finals(responses) {
  return responses.filter(function(r) { return r.statusCode >= 200; });
}

// Sends one case on its own connection; calls cb(result) with
// { answer, statuses, finals, bodyLength, closed }.
function runCase(c, cb) {
  var data = c[1], opts = c[3] || {};
  var want = 1;  // final responses to wait for before the grace period
  var r = opts.responses;
  if (typeof r === 'number') want = r;
  else if (Array.isArray(r)) want = Math.max.apply(Math, r);
  else if (r) for (var k in r) want = Math.max.apply(Math, [want].concat(r[k]));
  var text = '';
  var done = false, grace = null, closed = false;
  var socket = net.createConnection(common.PORT, '127.0.0.1');
  socket.setEncoding('binary');

  var timer = setTimeout(function() { finish(true); }, CASE_TIMEOUT);

  function finish(timedOut) {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (grace) clearTimeout(grace);
    socket.destroy();
    var responses = parsed(text);
    if (!responses) {
      // An incomplete response: keep what its status line says.
      var m = /^HTTP\/\d\.\d (\d{3})/.exec(text);
      responses = m ? [{ statusCode: +m[1], headers: {} }] : [];
    }
    var f = finals(responses);
    var answer;
    if (f.length > 0) answer = f[0].statusCode;
    else if (timedOut) answer = 'timeout';
    else if (text.length === 0 || responses.length > 0) answer = 'closed';
    else answer = 'garbage: ' + JSON.stringify(text.slice(0, 40));
    cb({
      answer: answer,
      statuses: responses.map(function(r) { return r.statusCode; }),
      finals: f.length,
      bodyLength: f.length > 0 ? f[0].headers['x-body-length'] : undefined,
      closed: closed
    });
  }

  socket.on('connect', function() {
    socket.write(data, 'binary');
    if (opts.halfClose) socket.end();
  });
  socket.on('data', function(d) {
    text += d;
    var responses = parsed(text);
    var f = responses && finals(responses);
    if (f && f.length >= want) {
      // When the connection must be closed after this answer, wait for the
      // close (or the timeout, which then reports it left open).
      if (mustClose(f[0].statusCode, opts)) return;
      if (grace) clearTimeout(grace);
      grace = setTimeout(function() { finish(false); }, GRACE);
    }
  });
  socket.on('error', function() {});
  socket.on('close', function() {
    if (!done) closed = true;
    finish(false);
  });
}

function pad(s, n) {
  s = String(s);
  while (s.length < n) s += ' ';
  return s;
}


// Returns a description of what is wrong with `result` for case `c`, or null.
function check(c, result) {
  var allowed = c[2], opts = c[3] || {};
  if (allowed.indexOf(result.answer) === -1) {
    return 'answered ' + result.answer + ', allowed ' + JSON.stringify(allowed);
  }
  var responses = opts.responses;
  if (responses !== undefined && typeof responses === 'object' && !Array.isArray(responses)) {
    responses = responses[result.answer];
  }
  if (responses === undefined) responses = typeof result.answer === 'number' ? 1 : 0;
  if (typeof responses === 'number') responses = [responses];
  if (responses.indexOf(result.finals) === -1) {
    return result.finals + ' final responses (' + result.statuses.join(',') +
        '), expected ' + responses.join(' or ');
  }
  if (mustClose(result.answer, opts) && !result.closed) return 'the connection was left open after ' + result.answer;
  if (opts.interim !== undefined) {
    var interim = result.statuses.length - result.finals;
    if (interim !== opts.interim) {
      return interim + ' interim responses, expected ' + opts.interim;
    }
  }
  if (opts.bodyLength !== undefined && result.answer === 200 &&
      result.bodyLength !== opts.bodyLength) {
    return 'X-Body-Length ' + result.bodyLength + ', expected ' + opts.bodyLength;
  }
  return null;
}

var failures = [];
var ran = 0;
var finalGet = null;

server.listen(common.PORT, '127.0.0.1', function() {
  var i = 0;
  (function next() {
    if (i === cases.length) return afterCases();
    var c = cases[i++];
    runCase(c, function(result) {
      ran++;
      if (RECORD) {
        console.log(pad(c[0], 34) + ' -> ' + pad(result.answer, 8) +
            ' statuses=' + pad(result.statuses.join(','), 8) +
            (result.closed ? ' closed' : ' open  ') +
            (result.bodyLength !== undefined ? ' body=' + result.bodyLength : ''));
      } else {
        var problem = check(c, result);
        if (problem) {
          failures.push(c[0] + ': ' + problem);
          console.error('FAIL ' + c[0] + ': ' + problem);
        }
      }
      next();
    });
  })();
});

// A normal request after all the abuse: the server must still serve it.
function afterCases() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/after',
             headers: { Connection: 'close' } }, function(res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function(d) { body += d; });
    res.on('end', function() {
      finalGet = { status: res.statusCode, body: body };
      server.close();
    });
  });
}

process.on('exit', function() {
  assert.ok(cases.length >= 64);
  assert.strictEqual(ran, cases.length);
  assert.deepEqual(failures, []);
  assert.deepEqual(finalGet, { status: 200, body: 'ok' });
});
