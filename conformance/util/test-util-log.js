// util.log(string): "<day> <Mon> HH:MM:SS - string" on stdout.
var common = require('../common');
var assert = require('assert');
var util = require('util');

var written = [];
var realWrite = process.stdout.write;
process.stdout.write = function(s) { written.push(String(s)); return true; };
var before = new Date();
try {
  util.log('Timestmaped message.');
  util.log(42);
} finally {
  process.stdout.write = realWrite;
}
var after = new Date();

assert.strictEqual(written.length, 2);
var re = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d\d):(\d\d):(\d\d) - Timestmaped message\.\n$/;
var m = re.exec(written[0]);
assert.ok(m, JSON.stringify(written[0]));
assert.ok(/^\d{1,2} \w{3} \d\d:\d\d:\d\d - 42\n$/.test(written[1]));

// The timestamp is local time, taken while logging.
var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
              'Oct', 'Nov', 'Dec'];
var stamp = new Date(before.getFullYear(), months.indexOf(m[2]), +m[1],
                     +m[3], +m[4], +m[5]);
assert.ok(stamp.getTime() >= Math.floor(before.getTime() / 1000) * 1000 - 1000);
assert.ok(stamp.getTime() <= after.getTime() + 1000);
