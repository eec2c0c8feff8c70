// Issue 4's figures: 1 MiB toString/write per encoding, byteLength,
// small allocations, a 64 MiB copy.
var bench = require('./harness');
var MiB = 1 << 20;
var text = new Array(MiB / 16 + 1).join('hello, world! é'); // ~1 MiB of mixed text
var big = Buffer.alloc(MiB, 'abc€');
['utf8', 'base64', 'hex'].forEach(function(enc) {
  var encoded = big.toString(enc);
  bench.run('toString 1MiB ' + enc, 20, function() { big.toString(enc); }, MiB);
  var target = Buffer.alloc(Buffer.byteLength(encoded, enc));
  bench.run('write 1MiB ' + enc, 20, function() { target.write(encoded, 0, target.length, enc); }, MiB);
});
bench.run('Buffer.byteLength 1MiB string', 50, function() { Buffer.byteLength(text, 'utf8'); }, text.length);
bench.run('100,000 16-byte buffers', 3, function() {
  for (var i = 0; i < 100000; i++) Buffer.alloc(16);
});
var src = Buffer.alloc(64 * MiB, 1), dst = Buffer.alloc(64 * MiB);
bench.run('copy 64MiB', 10, function() { src.copy(dst, 0); }, 64 * MiB);
