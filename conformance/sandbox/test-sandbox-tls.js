// rnode-only: --sandbox and --allow-net are rnode's flags
// tls and https connect and listen through net, so the sandbox's network
// rules hold for them: refused without --allow-net, as 'error' events;
// allowed with a rule for the place.
var common = require('../common');
var assert = require('assert');
var tls = require('tls');
var fs = require('fs');
var run = require('../fixtures/sandbox/run');

var dir = common.fixturesDir + '/tls/';
var server = tls.createServer({
  key: fs.readFileSync(dir + 'agent1-key.pem'), cert: fs.readFileSync(dir + 'agent1-cert.pem')
}, function(s) { s.end('secret'); });

var code = [
  'var tls = require("tls"), port = +process.argv[1];',
  'var c = tls.connect(port, "127.0.0.1", { rejectUnauthorized: false }, function() {',
  '  c.on("data", function(d) { console.log("connect " + d); });',
  '});',
  'c.on("error", function(e) { console.log("connect " + e.code); });',
  'var s = require("https").createServer({}, function() {});',
  's.on("error", function(e) { console.log("listen " + e.code); });',
  's.listen(0, "127.0.0.1", function() { console.log("listen ok"); s.close(); });'
].join('\n');

server.listen(common.PORT, '127.0.0.1', function() {
  run(['--sandbox'], code, [String(common.PORT)], common.mustCall(function(status, out) {
    assert.deepEqual(run.lines(out).sort(), ['connect ERR_ACCESS_DENIED', 'listen ERR_ACCESS_DENIED']);
    var rules = '--allow-net=127.0.0.1';
    run(['--sandbox', rules], code, [String(common.PORT)], common.mustCall(function(status, out) {
      assert.deepEqual(run.lines(out).sort(), ['connect secret', 'listen ok']);
      server.close();
    }));
  }));
});
