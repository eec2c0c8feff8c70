// The date formats V8's legacy parser accepted and Boa's does not, which
// code of Node 0.4's era passes to `new Date(string)` and `Date.parse`:
// "2010/02/14 11:48", "1982-09-10 13:37", "Feb 14 2010", "February 14,
// 2010", "14 Feb 2010 11:48:00 +0100", "02/14/2010", and Date#toString's
// own "Sun Feb 14 2010 11:48:00 GMT+0000 (UTC)". Loaded only when the
// engine's parser gave up (internal/bootstrap.js).

var MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun',
              'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// parse(text) → milliseconds since the epoch, or NaN.
exports.parse = function(text) {
  var s = String(text).replace(/\([^)]*\)/g, ' ').trim();
  var numbers = [], month = -1, pm = null, offset = null, time = null, m;
  var re = /(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?|([+-])(\d{2}):?(\d{2})|(\d+)|([a-z]+)/gi;
  while ((m = re.exec(s)) !== null) {
    if (m[1] !== undefined) {
      time = [+m[1], +m[2], +(m[3] || 0), m[4] ? Math.round(+('0.' + m[4]) * 1000) : 0];
    } else if (m[5] !== undefined) {
      if (numbers.length < 3 && !time) {
        // A '-' between date fields is a separator, not an offset.
        numbers.push(+(m[6] + m[7]));
        continue;
      }
      offset = (m[5] === '-' ? -1 : 1) * (+m[6] * 60 + +m[7]);
    } else if (m[8] !== undefined) {
      numbers.push(+m[8]);
    } else {
      var word = m[9].toLowerCase();
      var i = MONTHS.indexOf(word.slice(0, 3));
      if (i !== -1 && month === -1) month = i;
      else if (word === 'am' || word === 'pm') pm = word === 'pm';
      else if (word === 'gmt' || word === 'utc' || word === 'z' || word === 'ut') offset = offset || 0;
      else if (word === 't') continue;
      else if (!/^(mon|tue|wed|thu|fri|sat|sun)/.test(word)) return NaN;
    }
  }
  var year, day;
  if (month !== -1) {                         // "Feb 14 2010", "14 Feb 2010"
    if (numbers.length !== 2) return NaN;
    year = numbers[0] > 31 ? numbers[0] : numbers[1];
    day = numbers[0] > 31 ? numbers[1] : numbers[0];
  } else if (numbers.length === 3 && numbers[0] > 31) {   // Y/M/D
    year = numbers[0]; month = numbers[1] - 1; day = numbers[2];
  } else if (numbers.length === 3) {          // M/D/Y
    month = numbers[0] - 1; day = numbers[1]; year = numbers[2];
  } else {
    return NaN;
  }
  if (year < 100) year += year < 50 ? 2000 : 1900;
  var t = time || [0, 0, 0, 0];
  var hours = t[0];
  if (pm !== null) hours = hours % 12 + (pm ? 12 : 0);
  if (month < 0 || month > 11 || day < 1 || day > 31 || hours > 24 || t[1] > 59 || t[2] > 59) {
    return NaN;
  }
  if (offset === null) return new Date(year, month, day, hours, t[1], t[2], t[3]).getTime();
  return Date.UTC(year, month, day, hours, t[1], t[2], t[3]) - offset * 60000;
};
