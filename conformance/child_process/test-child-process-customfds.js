// rnode-only: spawn's `customFds` option is 0.4's (node 20 replaced it with `stdio` and ignores customFds).
// customFds [stdin, stdout, stderr]: a descriptor given there is the child's
// own; -1 means a new stream. The child's stdout goes straight into a file
// opened with fs.openSync, its stdin comes from another file, and its stderr
// still arrives on child.stderr.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var spawn = require('child_process').spawn;

try { fs.mkdirSync(common.tmpDir, parseInt('777', 8)); } catch (e) { if (e.code !== 'EEXIST') throw e; }
var outFile = path.join(common.tmpDir, 'cp-customfds-out-' + process.pid + '.txt');
var inFile = path.join(common.tmpDir, 'cp-customfds-in-' + process.pid + '.txt');
fs.writeFileSync(inFile, 'from the input file\n');

var outFd = fs.openSync(outFile, 'w');
var inFd = fs.openSync(inFile, 'r');

var child = spawn('/bin/sh', ['-c', 'echo to-stdout; cat; echo to-stderr >&2'],
                  { customFds: [inFd, outFd, -1] });
var seenOut = '', seenErr = '';
if (child.stdout) child.stdout.on('data', function(d) { seenOut += d; });
child.stderr.on('data', function(d) { seenErr += d; });
child.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  fs.closeSync(outFd);
  fs.closeSync(inFd);
  assert.strictEqual(fs.readFileSync(outFile, 'utf8'),
                     'to-stdout\nfrom the input file\n');
  assert.strictEqual(seenOut, '');
  assert.strictEqual(seenErr, 'to-stderr\n');
  fs.unlinkSync(outFile);
  fs.unlinkSync(inFile);
}));

// The deprecated 0.4 form spawn(path, args, env, customFds) also takes them.
var outFile2 = path.join(common.tmpDir, 'cp-customfds-out2-' + process.pid + '.txt');
var outFd2 = fs.openSync(outFile2, 'w');
var child2 = spawn('/bin/sh', ['-c', 'echo "$GREETING"'],
                   { GREETING: 'hi there', PATH: process.env.PATH }, [-1, outFd2, -1]);
child2.on('exit', common.mustCall(function(code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  fs.closeSync(outFd2);
  assert.strictEqual(fs.readFileSync(outFile2, 'utf8'), 'hi there\n');
  fs.unlinkSync(outFile2);
}));
