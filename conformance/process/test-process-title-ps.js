// Setting process.title changes what `ps` shows: the process's name
// (/proc/PID/comm, 15 bytes kept by the kernel; `ps -o comm=`) and its
// command line (/proc/PID/cmdline; `ps -o args=`), as Node does on Linux.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');

if (process.platform.indexOf('linux') !== 0) {
  console.log('skipping: /proc is Linux only');
  process.exit(0);
}

function proc(name) {
  return fs.readFileSync('/proc/' + process.pid + '/' + name, 'utf8');
}

var title = 'rnode-title-test';  // shorter than any test's command line
process.title = title;
assert.strictEqual(process.title, title);
assert.strictEqual(proc('comm'), title.slice(0, 15) + '\n');
assert.strictEqual(proc('cmdline').split('\u0000')[0], title);

// A later, shorter title replaces it whole.
process.title = 'x';
assert.strictEqual(proc('comm'), 'x\n');
assert.strictEqual(proc('cmdline').split('\u0000')[0], 'x');
