// The manual's client example: send to 'localhost' and close() at once,
// before the name is even looked up. Nothing throws, 'close' comes, and
// the process exits by itself. (Whether the datagram still goes out is
// not said: node 20 drops it, even one sent to an IP literal.)
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var PORT = common.PORT + 14;
var server = dgram.createSocket('udp4');

server.on('listening', common.mustCall(function() {
  var message = new Buffer('Some bytes');
  var client = dgram.createSocket('udp4');
  client.send(message, 0, message.length, PORT, 'localhost');
  client.close();
  client.on('close', common.mustCall());

  var other = dgram.createSocket('udp4');
  var literal = new Buffer('to a literal');
  other.send(literal, 0, literal.length, PORT, '127.0.0.1');
  other.close();
  other.on('close', common.mustCall());

  setTimeout(function() {
    server.close();
  }, 300);
}));

server.bind(PORT, '127.0.0.1');
