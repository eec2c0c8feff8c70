// Issue 7's in-process figure: 1 MiB POST bodies echoed by an http server
// to an http client, 64 times over one keep-alive connection.
var http = require('http');
var MiB = 1 << 20, rounds = 64;
var body = Buffer.alloc(MiB, 'x');

var server = http.createServer(function(req, res) {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  req.on('data', function(d) { res.write(d); });
  req.on('end', function() { res.end(); });
});

server.listen(0, '127.0.0.1', function() {
  var port = server.address().port, done = 0, start = Date.now();
  (function post() {
    var req = http.request({ host: '127.0.0.1', port: port, method: 'POST', path: '/echo',
                             headers: { 'Content-Length': body.length } }, function(res) {
      var got = 0;
      res.on('data', function(d) { got += d.length; });
      res.on('end', function() {
        if (got !== MiB) throw new Error('short echo: ' + got);
        if (++done < rounds) return post();
        var ms = Date.now() - start;
        console.log('RESULT 1MiB POST echo ' + (ms / rounds).toFixed(4) + ' ' +
                    ((rounds * MiB / (1 << 20)) / (ms / 1000)).toFixed(1) + ' MiB/s');
        server.close();
      });
    });
    req.end(body);
  })();
});
