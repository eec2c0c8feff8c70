// A helper of the terminal REPL tests (not a test): kept out of common.js,
// whose requires the conformance runner reads to skip tests a slim build
// cannot run.
// Runs this runtime with no script on a pseudo-terminal (`script`): types
// `keys` one entry every `pause` ms, answers the line editor's
// cursor-position query as a terminal does, and gives cb(exit code,
// output without escape sequences or carriage returns). `env` is added to
// this process's environment.
module.exports = function replOnTerminal(env, keys, pause, cb) {
  var spawn = require('child_process').spawn;
  var childEnv = { TERM: 'xterm' };
  var k;
  for (k in process.env) childEnv[k] = process.env[k];
  for (k in env) childEnv[k] = env[k];
  var child = spawn('script', ['-qfec', process.execPath, '/dev/null'], { env: childEnv });
  var out = '';
  child.stdout.on('data', function(d) {
    out += d;
    if (String(d).indexOf('\x1b[6n') !== -1) child.stdin.write('\x1b[1;1R');
  });
  var i = 0;
  (function next() {
    if (i === keys.length) return;
    child.stdin.write(keys[i++]);
    setTimeout(next, pause);
  })();
  child.on('exit', function(code) {
    cb(code, out.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '').replace(/\r/g, ''));
  });
};
