// Issue 17's figures: spawn-and-wait of /bin/true, and MB/s through a
// child's stdout (cat of a 256 MiB file). Each run is asynchronous, so
// this file times itself and prints the harness's RESULT lines.
var spawn = require('child_process').spawn;
var fs = require('fs');
var path = require('path');
var os = require('os');

function result(name, ms, rate, unit) {
  console.log('RESULT ' + name + ' ' + ms.toFixed(4) + ' ' + rate.toFixed(1) + ' ' + unit);
}

var N = 300;
function spawnTrue(done) {
  var left = N, start = Date.now();
  (function next() {
    if (left-- === 0) {
      var ms = (Date.now() - start) / N;
      result('spawn+wait /bin/true', ms, 1000 / ms, 'ops/s');
      return done();
    }
    spawn('/bin/true').on('exit', next);
  })();
}

var MiB = 1 << 20, SIZE = 256 * MiB;
function catThrough(done) {
  var file = path.join(os.tmpdir(), 'rnode-bench-child-' + process.pid);
  var fd = fs.openSync(file, 'w');
  var chunk = new Buffer(MiB);
  chunk.fill(120);
  for (var i = 0; i < SIZE / MiB; i++) fs.writeSync(fd, chunk, 0, MiB, null);
  fs.closeSync(fd);
  var start = Date.now(), got = 0;
  var cat = spawn('cat', [file]);
  cat.stdout.on('data', function(d) { got += d.length; });
  cat.on('exit', function() {
    var ms = Date.now() - start;
    fs.unlinkSync(file);
    if (got !== SIZE) throw new Error('lost bytes: ' + got);
    result('cat 256MiB through stdout', ms, (SIZE / MiB) / (ms / 1000), 'MiB/s');
    done();
  });
}

spawnTrue(function() { catThrough(function() {}); });
