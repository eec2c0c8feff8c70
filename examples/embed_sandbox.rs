//! Running an untrusted snippet with less than the host has: it may read
//! one directory and nothing else, its output is captured, and it gets a
//! wall-clock budget that stops even `while (true) {}`; the host survives
//! and gets each refusal as a structured error.
//!
//! `cargo run -p rnode_runtime --example embed_sandbox`

use std::time::Duration;

use rnode_runtime::{Entry, Output, Permissions, Runtime, RuntimeOptions};

fn run_untrusted(
    code: &str,
    readable: &std::path::Path,
) -> (i32, String, Option<rnode_runtime::ScriptError>) {
    let (stderr, captured) = Output::capture();
    let mut options = RuntimeOptions::new(vec!["untrusted".into()]);
    options.permissions = Permissions::none().allow_fs_read([readable]);
    options.max_run_time = Some(Duration::from_millis(200));
    options.stderr = stderr;
    let code = code.to_owned();
    let worker = std::thread::Builder::new()
        .stack_size(options.stack_size)
        .spawn(move || {
            let mut runtime = match Runtime::new(options) {
                Ok(runtime) => runtime,
                Err(err) => return (1, Some(err)),
            };
            runtime.execute(&Entry::Eval { code, print: false });
            let status = runtime.run_event_loop();
            (status, runtime.uncaught_error())
        });
    let (status, error) = match worker.map(|w| w.join()) {
        Ok(Ok(result)) => result,
        _ => (70, None),
    };
    let text = captured
        .lock()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    (status, text, error)
}

fn main() {
    let dir = std::env::temp_dir().join(format!("rnode-embed-sandbox-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("data.txt"), "public data");

    let reads = format!(
        "var fs = require('fs');\
         if (String(fs.readFileSync({:?})) !== 'public data') throw new Error('wrong data');\
         fs.readFileSync('/etc/passwd');",
        dir.join("data.txt")
    );
    let (status, _, error) = run_untrusted(&reads, &dir);
    let error = error.unwrap_or_else(|| rnode_runtime::ScriptError {
        name: String::new(),
        message: "no error".into(),
        stack: None,
        code: None,
    });
    println!(
        "reading outside: exit {status}, {} ({:?})",
        error.message, error.code
    );
    assert_eq!(status, 1);
    assert_eq!(error.code.as_deref(), Some("ERR_ACCESS_DENIED"));

    let (status, stderr, error) = run_untrusted("while (true) {}", &dir);
    println!("endless loop: exit {status}, {}", stderr.trim());
    assert_eq!(status, 1);
    assert_eq!(
        error.and_then(|e| e.code).as_deref(),
        Some("ERR_RUN_TIME_LIMIT")
    );

    let _ = std::fs::remove_dir_all(&dir);
    println!("the host is still here");
}
