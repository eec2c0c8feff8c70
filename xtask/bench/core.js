// Issue 3's figures: url + querystring parsing, util.inspect, emit.
var bench = require('./harness');
var url = require('url'), qs = require('querystring'), util = require('util');
var EventEmitter = require('events').EventEmitter;

var requestUrl = '/search/results?q=node+js&page=2&sort=desc&filter=a%20b&lang=en#top';
bench.run('url.parse+querystring.parse', 2000, function() {
  var u = url.parse(requestUrl);
  qs.parse(u.query);
});

var big = {};
for (var i = 0; i < 1000; i++) big['key' + i] = i;
bench.run('util.inspect(1000 keys)', 20, function() { util.inspect(big); });

var e = new EventEmitter(), hits = 0;
for (var j = 0; j < 3; j++) e.on('ev', function(a, b) { hits += a; });
bench.run('emit (3 listeners)', 20000, function() { e.emit('ev', 1, 2); });
