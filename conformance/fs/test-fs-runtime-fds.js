// rnode-only: the reactor's own descriptors are rnode's (node would stop)
// A script cannot close, read or write the descriptors the runtime's
// reactor uses (epoll, eventfd, timerfd): EBADF, and the loop runs on.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

var reactor = fs.readdirSync('/proc/self/fd').map(Number).filter(function(fd) {
  try {
    return /^anon_inode:\[?(eventpoll|eventfd|timerfd)/.test(fs.readlinkSync('/proc/self/fd/' + fd));
  } catch (e) {
    return false;
  }
});
assert.ok(reactor.length >= 1, 'the reactor has descriptors');

reactor.forEach(function(fd) {
  assert.throws(function() { fs.closeSync(fd); }, function(e) { return e.code === 'EBADF'; });
  assert.throws(function() { fs.readSync(fd, new Buffer(8), 0, 8, null); }, function(e) { return e.code === 'EBADF'; });
  assert.throws(function() { fs.writeSync(fd, new Buffer(8), 0, 8, null); }, function(e) { return e.code === 'EBADF'; });
  fs.close(fd, common.mustCall(function(err) { assert.equal(err.code, 'EBADF'); }));
});

setTimeout(common.mustCall(function() {}), 10);
