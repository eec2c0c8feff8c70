//! Embedding rnode in a Rust program: build a runtime, run a string, drive
//! the event loop to completion and read the exit code.
//!
//! `cargo run -p rnode --example embed`

use rnode_runtime::{Entry, Runtime, RuntimeOptions};

fn main() {
    let options = RuntimeOptions::new(vec!["embedded".into()]);
    let stack_size = options.stack_size;
    // The JS thread needs a large stack for deep recursion through native
    // code; `rnode_runtime::run` does this for you.
    let worker = std::thread::Builder::new().stack_size(stack_size).spawn(move || {
        let mut runtime = match Runtime::new(options) {
            Ok(runtime) => runtime,
            Err(message) => {
                eprintln!("cannot start: {message}");
                return 1;
            }
        };
        let code = "setTimeout(function () { console.log('hello from JS, after a timer'); process.exit(7); }, 5);";
        runtime.execute(&Entry::Eval { code: code.into(), print: false });
        runtime.run_event_loop()
    });
    let code = worker.map(|w| w.join().unwrap_or(1)).unwrap_or(1);
    println!("the script exited with code {code}");
}
