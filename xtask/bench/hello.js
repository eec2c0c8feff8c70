// The manual's Hello World server, on the port given as argv[2]
// (`cargo xtask bench http` loads it with wrk).
var http = require('http');

http.createServer(function (request, response) {
  response.writeHead(200, {'Content-Type': 'text/plain'});
  response.end('Hello World\n');
}).listen(+process.argv[2] || 8124, '127.0.0.1');
