//! The embedding examples run as an embedder would run them (cargo builds
//! examples before tests), and the slim build (`--no-default-features`:
//! the pure modules alone) compiles and runs.

use std::path::PathBuf;
use std::process::Command;

/// `target/<profile>/examples/<name>`, next to the rnode binary.
fn example(name: &str) -> PathBuf {
    let rnode = PathBuf::from(env!("CARGO_BIN_EXE_rnode"));
    rnode
        .parent()
        .expect("rnode has a directory")
        .join("examples")
        .join(name)
}

fn run_example(name: &str) -> String {
    let path = example(name);
    assert!(path.is_file(), "{} was not built", path.display());
    let out = Command::new(&path).output().expect("example starts");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{name} failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn embed_example_runs() {
    let out = run_example("embed");
    assert!(out.contains(r#""greeting":"hello, Rust""#), "{out}");
}

#[test]
fn embed_sandbox_example_runs() {
    let out = run_example("embed_sandbox");
    assert!(out.contains("the host is still here"), "{out}");
}

#[test]
fn embed_async_example_runs() {
    let out = run_example("embed_async");
    assert!(out.contains("exit code 0"), "{out}");
}

/// Builds the runtime without its optional modules and runs a script on
/// what is left. In a target directory of its own (`target/slim`): a
/// second build of the crates in the main one would leave two copies of
/// the engine there, which the doc tests cannot link against.
#[test]
fn slim_build_runs_the_pure_modules() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args([
            "run",
            "-q",
            "-p",
            "rnode_runtime",
            "--no-default-features",
            "--example",
            "slim",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARGO_TARGET_DIR", slim_target_dir())
        .output()
        .expect("cargo starts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "slim build failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "no net: No such module: net (this rnode was built without its 'net' feature)"
        ),
        "{stdout}"
    );
}

/// `<workspace>/target/slim` (or under `CARGO_TARGET_DIR` when set).
fn slim_target_dir() -> PathBuf {
    let rnode = PathBuf::from(env!("CARGO_BIN_EXE_rnode"));
    // target/<profile>/rnode → target
    match rnode.parent().and_then(std::path::Path::parent) {
        Some(target) => target.join("slim"),
        None => PathBuf::from("target/slim"),
    }
}

/// `host_channel`: values sent from another thread reach a JS callback on
/// the JS thread, the loop waits while the channel is open, and closing it
/// lets the run end; `Output::Through` hands stdout to a function.
#[test]
fn host_channel_and_output_through() {
    use rnode_runtime::boa_engine::object::ObjectInitializer;
    use rnode_runtime::boa_engine::{JsString, JsValue, NativeFunction};
    use rnode_runtime::{Entry, HostModule, Output, Printer, RuntimeOptions};
    use std::sync::{Arc, Mutex};

    fn start(
        _: &JsValue,
        a: &[JsValue],
        ctx: &mut rnode_runtime::boa_engine::Context,
    ) -> rnode_runtime::boa_engine::JsResult<JsValue> {
        let on_value = a
            .first()
            .and_then(JsValue::as_callable)
            .expect("a function");
        let sender = rnode_runtime::host_channel(ctx, move |ctx, n: u32| {
            let done = on_value.call(&JsValue::undefined(), &[n.into()], ctx)?;
            if done.to_boolean() {
                CHANNEL.with_borrow(|c| {
                    c.iter()
                        .for_each(|s| rnode_runtime::close_host_channel(ctx, s))
                });
            }
            Ok(())
        })?;
        let from_thread = sender.clone();
        std::thread::spawn(move || (1..=3).for_each(|n| from_thread.send(n)));
        CHANNEL.set(Some(sender));
        Ok(JsValue::undefined())
    }
    thread_local! {
        static CHANNEL: std::cell::RefCell<Option<rnode_runtime::HostSender<u32>>> =
            const { std::cell::RefCell::new(None) };
    }

    let written = Arc::new(Mutex::new(Vec::new()));
    let sink = written.clone();
    let mut options = RuntimeOptions::new(vec!["embedder".into()]);
    options.stdout = Output::Through(Printer(Arc::new(move |bytes| {
        sink.lock().expect("lock").extend_from_slice(bytes)
    })));
    options.host_modules.push(HostModule::new("counter", |ctx| {
        Ok(ObjectInitializer::new(ctx)
            .function(
                NativeFunction::from_fn_ptr(start),
                JsString::from("start"),
                1,
            )
            .build())
    }));
    let code = "var seen = []; require('counter').start(function (n) {
                  seen.push(n); console.log('got ' + n); return seen.length === 3; });"
        .to_owned();
    let exit = rnode_runtime::run(options, Entry::Eval { code, print: false });
    assert_eq!(exit, 0);
    let out = String::from_utf8(written.lock().expect("lock").clone()).expect("utf8");
    assert_eq!(out, "got 1\ngot 2\ngot 3\n");
}
