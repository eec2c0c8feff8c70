// rnode-only: node 20 words JSON.parse errors as later V8 ("Unexpected token i in JSON at position 1", "Expected property name").
// JSON.parse's SyntaxErrors name the token it stopped at in V8 of 2011's
// words (Node 0.4's test-repl.js matches "Unexpected token ILLEGAL").
var assert = require('assert');

function message(text) {
  try {
    JSON.parse(text);
  } catch (e) {
    assert.ok(e instanceof SyntaxError, String(e));
    return e.message;
  }
  throw new Error('parsed: ' + text);
}

assert.strictEqual(message("{invalid: 'json'}"), 'Unexpected token ILLEGAL');
assert.strictEqual(message(''), 'Unexpected end of input');
assert.strictEqual(message('{"a":1'), 'Unexpected end of input');
assert.strictEqual(message('{"a":}'), 'Unexpected token }');
assert.strictEqual(message('[1,]'), 'Unexpected token ]');
assert.strictEqual(message('[1,\n 2,\n ]'), 'Unexpected token ]');   // on a later line
assert.strictEqual(message('{"a" true}'), 'Unexpected token true');
assert.strictEqual(message('{"a":1}x'), 'Unexpected token ILLEGAL');
assert.strictEqual(message('{"\u00e9":x}'), 'Unexpected token ILLEGAL'); // after a multi-byte character
assert.strictEqual(message('"\\q"'), 'Unexpected token ILLEGAL');        // a bad escape
assert.strictEqual(message('{"a":"b\u0001"}'), 'Unexpected token ILLEGAL');
assert.strictEqual(message('{"a" "b"}'), 'Unexpected string');
assert.strictEqual(message('01'), 'Unexpected number');

// Valid text still parses, 1e400 included.
assert.deepEqual(JSON.parse('{"valid": "json", "n": [1e400]}'), { valid: 'json', n: [Infinity] });
