//! Driving rnode's event loop from a host's own async-io executor, and
//! stepping it from a host's own loop.
//!
//! `cargo run -p rnode_runtime --example embed_async`

use std::time::Duration;

use rnode_runtime::{Entry, Output, Runtime, RuntimeOptions};

type Captured = std::sync::Arc<std::sync::Mutex<Vec<u8>>>;

fn runtime(script: &str) -> Result<(Runtime, Captured), String> {
    let (stdout, captured) = Output::capture();
    let mut options = RuntimeOptions::new(vec!["async-host".into()]);
    options.stdout = stdout;
    let mut runtime = Runtime::new(options).map_err(|e| e.to_string())?;
    runtime.execute(&Entry::Eval {
        code: script.into(),
        print: false,
    });
    Ok((runtime, captured))
}

fn text(buffer: &std::sync::Mutex<Vec<u8>>) -> String {
    buffer
        .lock()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn host() -> Result<(), String> {
    let script = "var n = 0; var t = setInterval(function () { console.log('tick ' + (++n)); if (n === 3) clearInterval(t); }, 10);";

    // 1. The whole loop as a future, next to the host's own work.
    let (mut rt, out) = runtime(script)?;
    let code = async_io::block_on(async {
        let host_work = async {
            async_io::Timer::after(Duration::from_millis(5)).await;
            println!("the host's own task ran while JS waited");
        };
        let (code, ()) = futures_lite::future::zip(rt.run_event_loop_async(), host_work).await;
        code
    });
    assert_eq!((code, text(&out).as_str()), (0, "tick 1\ntick 2\ntick 3\n"));

    // 2. One turn at a time, from the host's loop.
    let (mut rt, out) = runtime(script)?;
    let mut turns = 0;
    let code = loop {
        turns += 1;
        if let Some(code) = rt.step(Duration::from_millis(50)) {
            break code;
        }
    };
    println!("stepped {turns} turns, exit code {code}");
    assert_eq!((code, text(&out).as_str()), (0, "tick 1\ntick 2\ntick 3\n"));
    Ok(())
}

fn main() {
    // Default 8 MiB thread stacks are enough for this script; deep JS
    // recursion wants the large stack `RuntimeOptions::stack_size` names.
    if let Err(message) = host() {
        eprintln!("{message}");
        std::process::exit(1);
    }
}
