// rnode-only
// http.getAgent(host, port) (Node 0.4): one Agent per host:port, maxSockets 5, sockets and queue arrays; the 6th and 7th concurrent requests wait in agent.queue, the server never sees more than 5 at once, all complete and the agent empties.
var common = require('../common');
var assert = require('assert');
var http = require('http');

var agent = http.getAgent('127.0.0.1', common.PORT);
assert.ok(agent instanceof http.Agent);
assert.ok(agent instanceof require('events').EventEmitter);
assert.strictEqual(http.getAgent('127.0.0.1', common.PORT), agent);
assert.notStrictEqual(http.getAgent('127.0.0.1', common.PORT + 1), agent);
assert.strictEqual(agent.maxSockets, 5);
assert.ok(Array.isArray(agent.sockets));
assert.ok(Array.isArray(agent.queue));
assert.strictEqual(agent.sockets.length, 0);
assert.strictEqual(agent.queue.length, 0);

var open = 0;
var maxOpen = 0;
var connections = 0;
var checkedQueue = false;
var server = http.createServer(function(req, res) {
  open++;
  maxOpen = Math.max(maxOpen, open);
  if (open === 5 && connections === 5) {
    // Five requests in flight on five sockets, the other two queued.
    assert.strictEqual(agent.sockets.length, 5);
    assert.strictEqual(agent.queue.length, 2);
    checkedQueue = true;
  }
  setTimeout(function() {
    open--;
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(req.url);
  }, 100);
});
server.on('connection', function() { connections++; });

var N = 7;
server.listen(common.PORT, '127.0.0.1', common.mustCall(function() {
  var bodies = [];
  var ended = 0;
  for (var i = 0; i < N; i++) {
    (function(i) {
      http.get({ host: '127.0.0.1', port: common.PORT, path: '/' + i }, common.mustCall(function(res) {
        var body = '';
        res.setEncoding('utf8');
        res.on('data', function(d) { body += d; });
        res.on('end', function() {
          bodies[i] = body;
          if (++ended === N) finish(bodies);
        });
      }));
    })(i);
  }
}));

function finish(bodies) {
  for (var i = 0; i < N; i++) assert.strictEqual(bodies[i], '/' + i);
  assert.strictEqual(maxOpen, 5);
  assert.ok(checkedQueue);
  // 0.4 sends 'Connection: close' by default: one connection per request.
  assert.strictEqual(connections, N);
  assert.strictEqual(agent.queue.length, 0);
  setTimeout(function() {
    // Every connection was closed ('Connection: close' by default).
    assert.strictEqual(agent.sockets.length, 0);
    server.close();
  }, 200);
}
