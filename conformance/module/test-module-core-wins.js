// Core modules always win over files of the same name.
var common = require('../common');
var assert = require('assert');
var events = require('events');

assert.strictEqual(typeof events.EventEmitter, 'function');
assert.strictEqual(require('events'), events);
assert.strictEqual(require.resolve('events'), 'events');
assert.strictEqual(require('util'), require('util'));
