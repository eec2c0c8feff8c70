// Expect: 100-continue: a 'checkContinue' listener gets (req, res) instead of 'request' and calls writeContinue() or answers with a final status; with no listener the server sends 100 Continue itself.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var net = require('net');
var raw = require('./raw');

var HEAD = 'POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n' +
           'Content-Length: 5\r\nConnection: close\r\n\r\n';

// Sends HEAD; when the server answers with an interim 100 Continue sends
// the body. Calls cb(allText, sawContinueBeforeBody).
function client(port, cb) {
  var c = net.createConnection(port, '127.0.0.1');
  var text = '';
  var sentBody = false;
  c.setEncoding('binary');
  c.on('connect', function() { c.write(HEAD); });
  c.on('data', function(d) {
    text += d;
    if (!sentBody && text.indexOf('HTTP/1.1 100 Continue\r\n') === 0 &&
        text.indexOf('\r\n\r\n') !== -1) {
      sentBody = true;
      c.write('hello');
    }
  });
  c.on('close', function() { cb(text, sentBody); });
}

var pending = 3;
function done() { if (--pending === 0) { a.close(); b.close(); auto.close(); } }

// A: checkContinue that accepts.
var a = http.createServer(function() { assert.fail('request must not be emitted'); });
a.on('checkContinue', common.mustCall(function(req, res) {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.headers.expect, '100-continue');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', common.mustCall(function() {
    assert.strictEqual(body, 'hello');
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('got ' + body);
  }));
  res.writeContinue();
}));
a.listen(common.PORT, '127.0.0.1', function() {
  client(common.PORT, common.mustCall(function(text, sentBody) {
    assert.ok(sentBody, 'saw 100 Continue');
    var r = raw.parse(text);
    assert.strictEqual(r.length, 2);
    assert.strictEqual(r[0].statusCode, 100);
    assert.strictEqual(r[0].reason, 'Continue');
    assert.strictEqual(r[1].statusCode, 200);
    assert.strictEqual(r[1].body, 'got hello');
    done();
  }));
});

// B: checkContinue that refuses; no 100 is sent, the body never comes.
var b = http.createServer(function() { assert.fail('request must not be emitted'); });
b.on('checkContinue', common.mustCall(function(req, res) {
  res.writeHead(417, { 'Content-Type': 'text/plain', 'Content-Length': 4 });
  res.end('nope');
}));
b.listen(common.PORT + 1, '127.0.0.1', function() {
  client(common.PORT + 1, common.mustCall(function(text, sentBody) {
    assert.ok(!sentBody);
    var r = raw.parse(text);
    assert.strictEqual(r.length, 1);
    assert.strictEqual(r[0].statusCode, 417);
    assert.strictEqual(r[0].reason, 'Expectation Failed');
    assert.strictEqual(r[0].body, 'nope');
    done();
  }));
});

// No listener: 100 Continue is automatic, then 'request'.
var auto = http.createServer(common.mustCall(function(req, res) {
  assert.strictEqual(req.headers.expect, '100-continue');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function(d) { body += d; });
  req.on('end', function() {
    res.end('auto ' + body);
  });
}));
auto.listen(common.PORT + 2, '127.0.0.1', function() {
  client(common.PORT + 2, common.mustCall(function(text, sentBody) {
    assert.ok(sentBody, 'saw 100 Continue');
    var r = raw.parse(text);
    assert.strictEqual(r.length, 2);
    assert.strictEqual(r[0].statusCode, 100);
    assert.strictEqual(r[1].statusCode, 200);
    assert.strictEqual(r[1].body, 'auto hello');
    done();
  }));
});
