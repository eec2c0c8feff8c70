// Hashing 256 MiB in 64 KiB updates gives sha256sum's answer: the hash
// state streams (no quadratic buffering, nothing lost between updates).
var common = require('../common');
var assert = require('assert');
var crypto = require('crypto');

// The bytes 0, 1, …, 255 repeated to 64 KiB, that chunk 4096 times:
//   python3 -c "import sys; sys.stdout.buffer.write(bytes(i & 0xff for i in range(65536))*4096)" | sha256sum
var chunk = new Buffer(65536);
for (var i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;

var hash = crypto.createHash('sha256');
for (var n = 0; n < 4096; n++) hash.update(chunk);
assert.strictEqual(hash.digest('hex'),
                   '486cc817b95d853d3c357ff283b204c0144bd255e73fe2deb1389493b257e3c0');
