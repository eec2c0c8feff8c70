// rnode-only: tty.open (0.4; node 20 has no tty.open). A program runs on a
// new pseudo-terminal: it sees terminals on its stdio, its window size,
// raw-mode keypresses (the manual's example), 'resize' on SIGWINCH, and
// the terminal works normally again after it exits.
var common = require('../common');
var assert = require('assert');
var path = require('path');
var tty = require('tty');

var fixture = path.join(common.fixturesDir, 'tty', 'report.js');
var opened = tty.open(process.execPath, [fixture]);
var term = opened[0], child = opened[1];
assert.ok(child.pid > 0);
assert.strictEqual(child.stdin, null);   // its stdio is the terminal

var out = '', keysSent = false, resized = false;
term.setEncoding('utf8');
term.on('data', function(text) {
  out += text;
  if (!keysSent && out.indexOf('READY') !== -1) {
    keysSent = true;
    term.write('q');
    setTimeout(function() { term.write('\x1b[A'); }, 50);
    setTimeout(function() { child.kill('SIGWINCH'); }, 100);
    setTimeout(function() { term.write('\x03'); }, 300);
  }
});
child.on('exit', common.mustCall(function(code) {
  assert.strictEqual(code, 0);
  setTimeout(function() {
    var report = JSON.parse(/REPORT (.*)/.exec(out)[1]);
    assert.deepEqual(report.stdin, true);
    assert.strictEqual(report.stdout, true);
    assert.strictEqual(report.isTTY, true);
    assert.strictEqual(report.instance, true);
    assert.strictEqual(report.size.length, 2);
    assert.strictEqual(report.rows, report.size[0]);
    assert.strictEqual(report.columns, report.size[1]);
    assert.ok(out.indexOf('KEY ["q","q",false]') !== -1, out);
    assert.ok(out.indexOf('KEY ["\\u001b[A","up",false]') !== -1 ||
              out.indexOf('"up"') !== -1, out);
    assert.ok(out.indexOf('KEY ["\\u0003","c",true]') !== -1, out);
    assert.ok(/RESIZE \d+x\d+/.test(out), out);
    term.destroy();
  }, 50);
}));
