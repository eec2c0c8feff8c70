// The manual's Hello World server, on the port given as argv[2]
// (`cargo xtask bench http` loads it with wrk). With argv[3], a key name
// from conformance/fixtures/tls, it is the https one (`bench https`).
var fs = require('fs');
var path = require('path');

function hello(request, response) {
  response.writeHead(200, {'Content-Type': 'text/plain'});
  response.end('Hello World\n');
}

var port = +process.argv[2] || 8124;
var key = process.argv[3];
if (key) {
  var dir = path.join(__dirname, '../../conformance/fixtures/tls');
  require('https').createServer({
    key: fs.readFileSync(path.join(dir, key + '-key.pem')),
    cert: fs.readFileSync(path.join(dir, key + '-cert.pem'))
  }, hello).listen(port, '127.0.0.1');
} else {
  require('http').createServer(hello).listen(port, '127.0.0.1');
}
