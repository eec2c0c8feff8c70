// rnode-only
// socket.write(data, [encoding], fd, [callback]) on a UNIX socket sends a file descriptor (Node 0.4 only); the receiver gets an 'fd' event with a working descriptor to the same file.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var fs = require('fs');
var path = require('path');

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var sockPath = path.join(common.tmpDir, 'net-fd-' + process.pid + '.sock');
var fileA = path.join(common.tmpDir, 'net-fd-a-' + process.pid + '.txt');
var fileB = path.join(common.tmpDir, 'net-fd-b-' + process.pid + '.txt');
fs.writeFileSync(fileA, 'contents of file A');
fs.writeFileSync(fileB, 'contents of file B');

function readAll(fd) {
  var buf = new Buffer(64);
  var n = fs.readSync(fd, buf, 0, buf.length, 0);
  return buf.toString('utf8', 0, n);
}

var receivedFds = [];
var receivedData = '';
var server = net.createServer(common.mustCall(function(socket) {
  socket.on('fd', function(fd) {
    assert.strictEqual(typeof fd, 'number');
    assert.ok(fd >= 0);
    receivedFds.push(fd);
    // The descriptor reads the file the sender opened.
    var text = readAll(fd);
    fs.closeSync(fd);
    socket.write('got ' + text + '\n');
  });
  socket.setEncoding('utf8');
  socket.on('data', function(d) { receivedData += d; });
  socket.on('end', common.mustCall(function() {
    assert.strictEqual(receivedData, 'ab');
    server.close();
  }));
}));

server.listen(sockPath, common.mustCall(function() {
  var fdA = fs.openSync(fileA, 'r');
  var fdB = fs.openSync(fileB, 'r');
  var c = net.createConnection(sockPath);
  var lines = '';
  c.setEncoding('utf8');
  c.on('connect', common.mustCall(function() {
    // write(data, encoding, fd, callback)
    c.write('a', 'utf8', fdA, common.mustCall(function() {}));
  }));
  c.on('data', function(d) {
    lines += d;
    if (lines === 'got contents of file A\n') {
      // write(data, fd): the fd as the second argument.
      c.write('b', fdB);
    } else if (lines === 'got contents of file A\ngot contents of file B\n') {
      c.end();
    }
  });
  c.on('close', common.mustCall(function(hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(receivedFds.length, 2);
    // The sender's descriptors are still its own, and still open.
    assert.strictEqual(readAll(fdA), 'contents of file A');
    assert.strictEqual(readAll(fdB), 'contents of file B');
    fs.closeSync(fdA);
    fs.closeSync(fdB);
  }));
}));
