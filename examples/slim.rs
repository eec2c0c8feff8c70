//! The runtime built with only its pure modules
//! (`--no-default-features`: no net/http, crypto, child_process, tty,
//! dgram, dns): events, util, path, buffer, fs, timers, vm still work, and
//! what was left out says so.
//!
//! `cargo run -p rnode_runtime --no-default-features --example slim`

use rnode_runtime::{Entry, Output, RuntimeOptions};

const SCRIPT: &str = r#"
var EventEmitter = require('events').EventEmitter, util = require('util');
var e = new EventEmitter();
e.on('x', function (v) { console.log('event ' + v); });
e.emit('x', require('path').join('a', 'b'));
console.log(util.inspect({ buffer: new Buffer('hi').toString('base64') }));
console.log(require('fs').readdirSync('/').length > 0);
console.log(require('vm').runInNewContext('a + 1', { a: 1 }));
setTimeout(function () { console.log('timer'); }, 1);
try { require('net'); console.log('net is here'); } catch (err) { console.log('no net: ' + err.message); }
"#;

fn main() {
    let (stdout, captured) = Output::capture();
    let mut options = RuntimeOptions::new(vec!["slim".into()]);
    options.stdout = stdout;
    let code = rnode_runtime::run(
        options,
        Entry::Eval {
            code: SCRIPT.into(),
            print: false,
        },
    );
    let text = captured
        .lock()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    print!("{text}");
    assert_eq!(code, 0);
    assert!(
        text.starts_with("event a/b\n{ buffer: 'aGk=' }\ntrue\n2\n"),
        "{text}"
    );
    if cfg!(feature = "net") {
        assert!(text.contains("net is here"));
    } else {
        assert!(text.contains("no net: No such module: net"), "{text}");
    }
    assert!(text.contains("timer\n"));
}
