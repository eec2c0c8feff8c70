// rnode-only: spawn(path, args, env, [customFds]) is 0.4's deprecated form; node 20 reads the third argument as options only.
// In 0.4, a third argument with none of cwd/env/customFds/uid/gid/setsid is
// the environment itself: exactly those variables reach the child (so an
// empty object means an empty environment).
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

function envOf(third, cb) {
  var child = spawn('/usr/bin/env', [], third);
  var out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', function(d) { out += d; });
  child.on('exit', common.mustCall(function(code, signal) {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    cb(out.split('\n').filter(function(l) { return l !== ''; }).sort());
  }));
}

envOf({ FOO: 'bar', BAZ: 'a=b c' }, function(vars) {
  assert.deepEqual(vars, ['BAZ=a=b c', 'FOO=bar']);
});

envOf({}, function(vars) {
  assert.deepEqual(vars, []);
});

// With a real option present, the object is options and env defaults to ours.
process.env.RNODE_CP_V04_VAR = 'yes';
envOf({ cwd: '/' }, function(vars) {
  assert.ok(vars.indexOf('RNODE_CP_V04_VAR=yes') !== -1, vars.join('\n'));
});
delete process.env.RNODE_CP_V04_VAR;
