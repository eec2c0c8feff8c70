// close() closes the socket there and then: its port can be bound again
// at once — right after close() returns, and in the 'close' listener —
// as a server restarting on its port does.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 15;
var rounds = 0;

function rebind(when, next) {
  var first = dgram.createSocket('udp4');
  first.on('listening', common.mustCall(function() {
    var again = function() {
      var second = dgram.createSocket('udp4');
      second.on('error', function(err) {
        assert.fail(err.code, 'listening',
                    'binding port ' + PORT + ' ' + when + ': ' + err.message);
      });
      second.on('listening', common.mustCall(function() {
        assert.strictEqual(second.address().port, PORT);
        // It receives on that port.
        var buf = new Buffer(when);
        var sender = dgram.createSocket('udp4');
        sender.send(buf, 0, buf.length, PORT, '127.0.0.1');
        second.on('message', common.mustCall(function(msg) {
          assert.strictEqual(msg.toString(), when);
          rounds++;
          sender.close();
          second.close();
          setTimeout(next, 10);
        }));
      }));
      second.bind(PORT, '127.0.0.1');
    };
    first.close();
    if (when === 'right after close()') again();
    else first.on('close', again);
  }));
  first.bind(PORT, '127.0.0.1');
}

rebind('right after close()', function() {
  rebind("in the 'close' listener", function() {});
});

process.on('exit', function() {
  assert.strictEqual(rounds, 2);
});
