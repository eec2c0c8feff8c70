// The manual's module.exports example: a module that is an EventEmitter.
var common = require('../common');
var assert = require('assert');
var EventEmitter = require('events').EventEmitter;

var a = require('../fixtures/module/emitter-module');
assert.ok(a instanceof EventEmitter);
var ready = false;
a.on('ready', function() {
  ready = true;
});
process.on('exit', function() {
  assert.ok(ready, "module a never emitted 'ready'");
});
