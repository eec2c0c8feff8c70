//! rnode's HTTP server and client against real peers: curl and Node.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

fn rnode() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rnode"))
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// An echo server on an OS-assigned port; returns the child and the port.
fn start(program: &mut Command) -> (Child, u16) {
    let code = "var http = require('http');
var server = http.createServer(function (req, res) {
  var body = [];
  req.on('data', function (d) { body.push(d); });
  req.on('end', function () {
    var text = Buffer.concat(body).toString();
    res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Version': req.httpVersion });
    res.end(req.method + ' ' + req.url + ' ' + text.length + ' ' + text.slice(0, 16));
  });
});
server.listen(0, '127.0.0.1', function () { console.log(server.address().port); });
setTimeout(function () { process.exit(0); }, 10000);";
    let mut child = program
        .args(["-e", code])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start server");
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().expect("stdout"))
        .read_line(&mut line)
        .expect("port line");
    let port = line.trim().parse().expect("a port");
    (child, port)
}

fn curl(args: &[&str]) -> String {
    let out = Command::new("curl")
        .args(["-s", "--max-time", "5"])
        .args(args)
        .output()
        .expect("curl");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn curl_talks_to_the_rnode_server() {
    if !have("curl") {
        eprintln!("curl not installed: skipped");
        return;
    }
    let (mut server, port) = start(&mut rnode());
    let url = format!("http://127.0.0.1:{port}/path?q=1");
    assert_eq!(curl(&[&url]), "GET /path?q=1 0 ");
    let head = curl(&["-i", "--http1.0", &url]);
    assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
    assert!(
        head.to_ascii_lowercase().contains("connection: close"),
        "{head}"
    );
    assert!(head.contains("X-Version: 1.0"), "{head}");
    assert_eq!(
        curl(&[
            "-H",
            "Expect: 100-continue",
            "--data-binary",
            "hello there",
            &url
        ]),
        "POST /path?q=1 11 hello there"
    );
    let chunked = curl(&[
        "-H",
        "Transfer-Encoding: chunked",
        "--data-binary",
        "@-",
        &url,
    ]);
    assert_eq!(chunked, "POST /path?q=1 0 ");
    let _ = server.kill();
}

#[test]
fn node_client_talks_to_the_rnode_server_and_back() {
    if !have("node") {
        eprintln!("node not installed: skipped");
        return;
    }
    let client = "var http = require('http');
var req = http.request({ host: '127.0.0.1', port: +process.argv[1], method: 'POST', path: '/x',
                         headers: { 'Connection': 'close' } }, function (res) {
  var body = ''; res.setEncoding('utf8');
  res.on('data', function (d) { body += d; });
  res.on('end', function () { console.log(res.statusCode + ' ' + body); });
});
req.write('abc'); req.end('def');";
    for (server_cmd, client_cmd) in [("rnode", "node"), ("node", "rnode")] {
        let mut server_program = if server_cmd == "rnode" {
            rnode()
        } else {
            Command::new("node")
        };
        let (mut server, port) = start(&mut server_program);
        let mut client_program = if client_cmd == "rnode" {
            rnode()
        } else {
            Command::new("node")
        };
        let out = client_program
            .args(["-e", client, &port.to_string()])
            .output()
            .expect("client");
        let _ = server.kill();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "200 POST /x 6 abcdef\n",
            "{server_cmd} server, {client_cmd} client"
        );
    }
}
