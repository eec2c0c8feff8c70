// A first rnode program: modules, timers, events and process.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Greeter(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Greeter, EventEmitter);

Greeter.prototype.greet = function(delay) {
  var self = this;
  setTimeout(function() {
    self.emit('greeting', 'Hello, ' + self.name + '!');
  }, delay);
};

var greeter = new Greeter(process.argv[2] || 'world');
greeter.on('greeting', function(text) {
  console.log(text);
  console.log('running %s on rnode %s (Node API %s)',
              require('path').basename(__filename), process.versions.rnode, process.version);
});
greeter.greet(10);
