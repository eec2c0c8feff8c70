// Issue 5's figures: a 256 MiB stream copy, 64 MiB readFileSync and
// writeFileSync, 10,000 async stats.
var fs = require('fs');
var MiB = 1 << 20;
var dir = process.env.TMPDIR || '/tmp';
var src = dir + '/rnode-bench-src.bin', dst = dir + '/rnode-bench-dst.bin';
var big = new Buffer(64 * MiB);
big.fill(7);

function report(name, ms, bytes) {
  var rate = bytes ? (bytes / MiB) / (ms / 1000) : 1000 / ms;
  console.log('RESULT ' + name + ' ' + ms.toFixed(4) + ' ' + rate.toFixed(1) + (bytes ? ' MiB/s' : ' ops/s'));
}

// The best of three: the first write to a new file is much slower.
function best(fn) {
  var ms = Infinity;
  for (var i = 0; i < 3; i++) {
    var start = Date.now();
    fn();
    ms = Math.min(ms, Date.now() - start);
  }
  return ms;
}
report('writeFileSync 64MiB', best(function() { fs.writeFileSync(src, big); }), 64 * MiB);
report('readFileSync 64MiB', best(function() { fs.readFileSync(src); }), 64 * MiB);
var t;

// Grow the source to 256 MiB, then copy it with streams.
for (var i = 0; i < 3; i++) fs.appendFileSync(src, big);
t = Date.now();
fs.createReadStream(src).pipe(fs.createWriteStream(dst)).on('close', function() {
  report('stream copy 256MiB', Date.now() - t, 256 * MiB);
  var n = 0;
  t = Date.now();
  for (var j = 0; j < 10000; j++) {
    fs.stat(src, function(err) {
      if (err) throw err;
      if (++n === 10000) {
        report('10,000 async fs.stat', (Date.now() - t) / 10000);
        fs.unlinkSync(src);
        fs.unlinkSync(dst);
      }
    });
  }
});
