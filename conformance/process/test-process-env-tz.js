// Setting process.env.TZ changes the process's local time zone at once
// (tzset(3)), as Node 0.4's test-process-env.js expects; deleting it
// goes back to the system's zone.
var common = require('../common');
var assert = require('assert');

var when = new Date('Fri, 10 Sep 1982 03:15:00 GMT');

process.env.TZ = 'Europe/Amsterdam';
assert.equal(when.getUTCHours(), 3);
assert.equal(when.getHours(), 5);            // summer time, UTC+2
assert.equal(when.getTimezoneOffset(), -120);

process.env.TZ = 'Asia/Tokyo';
assert.equal(when.getHours(), 12);           // UTC+9
assert.equal(new Date(1982, 8, 10, 12, 15).getTime(), when.getTime());
assert.ok(/GMT\+0900/.test(when.toString()), when.toString());

process.env.TZ = 'UTC';
assert.equal(when.getHours(), 3);
assert.equal(when.getTimezoneOffset(), 0);

// Through defineProperty too, and the value is a string.
Object.defineProperty(process.env, 'TZ', { value: 'Asia/Tokyo', writable: true,
                                           enumerable: true, configurable: true });
assert.equal(when.getHours(), 12);
assert.strictEqual(process.env.TZ, 'Asia/Tokyo');

// A NUL ends the value, as in the C environment (no crash).
process.env.TZ = 'Asia/Tokyo\u0000junk';
assert.equal(when.getHours(), 12);

delete process.env.TZ;
assert.equal('TZ' in process.env, false);
