// rnode-only: --sandbox and --allow-env are rnode's flags
// process.env holds only the variables the script may read; reading or
// setting any other throws ERR_ACCESS_DENIED.
var common = require('../common');
var assert = require('assert');
var run = require('../fixtures/sandbox/run');

var code = [
  'console.log(JSON.stringify(Object.keys(process.env).sort()));',
  'console.log("allowed " + process.env.RNODE_ALLOWED);',
  'try { process.env.RNODE_SECRET; console.log("read ok"); } catch (e) { console.log("read " + e.code + " " + e.permission + " " + e.resource); }',
  'try { process.env.HOME = "/x"; console.log("set ok"); } catch (e) { console.log("set " + e.code); }',
  'process.env.RNODE_ALLOWED = 5; console.log("set allowed " + typeof process.env.RNODE_ALLOWED);',
  'console.log("in " + ("RNODE_SECRET" in process.env));'
].join('\n');

process.env.RNODE_ALLOWED = 'yes';
process.env.RNODE_SECRET = 'hunter2';
run(['--sandbox', '--allow-env=RNODE_ALLOWED'], code, common.mustCall(function(status, out, err) {
  assert.equal(status, 0, err);
  assert.ok(out.indexOf('hunter2') === -1);
  assert.deepEqual(run.lines(out), [
    '["RNODE_ALLOWED"]',
    'allowed yes',
    'read ERR_ACCESS_DENIED Environment RNODE_SECRET',
    'set ERR_ACCESS_DENIED',
    'set allowed string',
    'in false'
  ]);
}));

run(['--sandbox', '--allow-env'], 'console.log(process.env.RNODE_SECRET)', common.mustCall(function(status, out) {
  assert.equal(status, 0);
  assert.equal(out, 'hunter2\n');
}));
