// request.pause() stops 'data' events on an upload until request.resume(); nothing is lost. response.pause()/resume() likewise on the client.
var common = require('../common');
var assert = require('assert');
var http = require('http');
var raw = require('./raw');

var PIECES = ['first-', 'second-', 'third-', 'fourth'];
var BODY = PIECES.join('');

var server = http.createServer(function(req, res) {
  if (req.url === '/download') {
    // Write the body in pieces over time.
    res.writeHead(200, { 'Content-Length': BODY.length });
    var i = 0;
    (function next() {
      res.write(PIECES[i++]);
      if (i < PIECES.length) setTimeout(next, 30);
      else res.end();
    })();
    return;
  }
  var body = '';
  var paused = false;
  var pausedOnce = false;
  req.setEncoding('utf8');
  req.on('data', function(d) {
    assert.ok(!paused, 'data while paused');
    body += d;
    if (!pausedOnce) {
      pausedOnce = true;
      paused = true;
      req.pause();
      // The rest of the body is sent meanwhile.
      setTimeout(function() {
        paused = false;
        req.resume();
      }, 300);
    }
  });
  req.on('end', common.mustCall(function() {
    assert.ok(!paused);
    assert.strictEqual(body, BODY);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('got ' + body.length);
  }));
});

server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var start = Date.now();
  raw.request(common.PORT, [
    'POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n' +
        'Content-Length: ' + BODY.length + '\r\n\r\n' + PIECES[0]
  ].concat(PIECES.slice(1)), common.mustCall(function(text) {
    assert.ok(Date.now() - start >= 250, 'the pause held the upload back');
    assert.strictEqual(raw.parse(text)[0].body, 'got ' + BODY.length);
    download();
  }), 20);
}));

function download() {
  http.get({ host: '127.0.0.1', port: common.PORT, path: '/download',
             headers: { 'Connection': 'close' } }, common.mustCall(function(res) {
    var body = '';
    var paused = false;
    var start = Date.now();
    res.setEncoding('utf8');
    res.on('data', function(d) {
      assert.ok(!paused, 'data while paused');
      if (body === '') {
        paused = true;
        res.pause();
        setTimeout(function() {
          paused = false;
          res.resume();
        }, 300);
      }
      body += d;
    });
    res.on('end', common.mustCall(function() {
      assert.strictEqual(body, BODY);
      assert.ok(Date.now() - start >= 250);
      server.close();
    }));
  }));
}
