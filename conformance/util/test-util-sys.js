// 'sys' is the old name of 'util'.
var common = require('../common');
var assert = require('assert');

assert.strictEqual(require('sys'), require('util'));
assert.strictEqual(typeof require('sys').inspect, 'function');
