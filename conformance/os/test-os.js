// Every member of os returns real figures of the right shape.
var common = require('../common');
var assert = require('assert');
var os = require('os');

assert.ok(os.hostname().length > 0);
assert.strictEqual(os.type(), 'Linux');
assert.ok(/^\d+\.\d+/.test(os.release()), os.release());
assert.ok(os.uptime() > 0);
var load = os.loadavg();
assert.strictEqual(load.length, 3);
load.forEach(function(l) { assert.ok(typeof l === 'number' && l >= 0); });
assert.ok(os.totalmem() > 0);
assert.ok(os.freemem() > 0 && os.freemem() <= os.totalmem());
var cpus = os.cpus();
assert.ok(cpus.length > 0);
cpus.forEach(function(cpu) {
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  ['user', 'nice', 'sys', 'idle', 'irq'].forEach(function(k) {
    assert.strictEqual(typeof cpu.times[k], 'number', k);
  });
});
var ifaces = os.networkInterfaces();
assert.ok(ifaces.lo, 'the loopback interface is listed');
var lo4 = ifaces.lo.filter(function(a) { return a.family === 'IPv4' || a.family === 4; })[0];
assert.equal(lo4.address, '127.0.0.1');
assert.strictEqual(lo4.internal, true);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(typeof os.tmpdir(), 'string');
