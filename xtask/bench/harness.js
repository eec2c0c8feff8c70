// Shared by the benchmark scripts: runs `fn` `n` times (after a warm-up)
// and prints "RESULT <name> <ms per run> <unit-per-second figure>" lines
// that `cargo xtask bench` reads, for rnode and node alike.
exports.run = function(name, n, fn, bytesPerRun) {
  fn();
  var start = Date.now();
  for (var i = 0; i < n; i++) fn();
  var ms = Math.max(Date.now() - start, 1) / n;
  var rate = bytesPerRun ? (bytesPerRun / (1 << 20)) / (ms / 1000) : 1000 / ms;
  console.log('RESULT ' + name + ' ' + ms.toFixed(4) + ' ' + rate.toFixed(1) +
              (bytesPerRun ? ' MiB/s' : ' ops/s'));
};
