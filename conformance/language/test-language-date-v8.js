// Dates as V8 printed and parsed them: toString ends with the zone's name
// in parentheses (V8 of 2011: `(UTC)`, `(CET)`; node 20 prints ICU's long
// names, which the pattern allows), the printed form parses back, and an
// ISO offset of hours alone (`+01`) is not a date.
var common = require('../common');
var assert = require('assert');

var d = new Date(1e12);
var text = d.toString();
assert.ok(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d GMT[+-]\d{4} \([A-Za-z][A-Za-z ]*\)$/.test(text), text);
assert.equal(String(d), text);
assert.equal(new Date(text).getTime(), 1e12);
assert.equal(Date.parse(text), 1e12);
assert.equal(new Date(NaN).toString(), 'Invalid Date');

assert.ok(isNaN(new Date('2011-01-01T00:00:00+01').getTime()));
assert.ok(isNaN(Date.parse('2011-01-01T00:00:00+01')));
assert.equal(Date.parse('2011-01-01T00:00:00+0100'), 1293836400000);
assert.equal(Date.parse('2011-01-01T00:00:00+01:00'), 1293836400000);
