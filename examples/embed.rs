//! Embedding rnode in a Rust program: a host module written in Rust, a
//! host function, the script's output captured, JSON in and out, errors
//! as data, and the event loop run to completion.
//!
//! `cargo run -p rnode_runtime --example embed`

use rnode_runtime::boa_engine::object::ObjectInitializer;
use rnode_runtime::boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction};
use rnode_runtime::{Entry, HostModule, Output, Runtime, RuntimeOptions};

/// `require('greeter').greet(name)`, written in Rust.
fn greet(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    Ok(js_string!(format!("hello, {}", name.to_std_string_escaped())).into())
}

fn main() {
    let (stdout, captured) = Output::capture();
    let mut options = RuntimeOptions::new(vec!["embedded".into()]);
    options.stdout = stdout;
    options.host_modules.push(HostModule::new("greeter", |ctx| {
        Ok(ObjectInitializer::new(ctx)
            .function(NativeFunction::from_fn_ptr(greet), js_string!("greet"), 1)
            .build())
    }));
    // The JS thread wants a large stack for deep recursion through native
    // code; `rnode_runtime::run` makes such a thread for you.
    let stack_size = options.stack_size;
    let worker = std::thread::Builder::new().stack_size(stack_size).spawn(move || {
        let mut runtime = match Runtime::new(options) {
            Ok(runtime) => runtime,
            Err(err) => return Err(format!("cannot start: {err}")),
        };
        let double = NativeFunction::from_fn_ptr(|_, args, ctx| {
            let n = args.first().cloned().unwrap_or_default().to_number(ctx)?;
            Ok(JsValue::from(n * 2.0))
        });
        runtime.register_function("double", 1, double).map_err(|e| e.to_string())?;

        let script = r#"
            var greeter = require('greeter'), fs = require('fs');
            // The main module's scope is its own: what the host calls is global.
            global.summary = function (items) {
                return { count: items.length, doubled: items.map(double), greeting: greeter.greet('Rust') };
            };
            global.readMissing = function () { return fs.readFileSync('/no/such/file'); };
            setTimeout(function () { console.log('a timer ran'); }, 5);
        "#;
        runtime.execute(&Entry::Eval { code: script.into(), print: false });

        // Evaluate global code; call JS with JSON, get JSON back.
        assert_eq!(runtime.eval("[1, 2].length + 40").map_err(|e| e.to_string())?, 42);
        let result = runtime
            .call("summary", &[serde_json::json!([1, 2, 3])])
            .map_err(|e| e.to_string())?;
        println!("summary: {result}");
        assert_eq!(result["doubled"], serde_json::json!([2, 4, 6]));
        assert_eq!(result["greeting"], "hello, Rust");

        // Errors come back as data, not printed text.
        let err = match runtime.call("readMissing", &[]) {
            Err(err) => err,
            Ok(value) => return Err(format!("expected an error, got {value}")),
        };
        println!("error: name={} code={:?} message={}", err.name, err.code, err.message);
        assert_eq!(err.code.as_deref(), Some("ENOENT"));

        let code = runtime.run_event_loop();
        Ok(code)
    });
    let code = match worker.map(|w| w.join()) {
        Ok(Ok(Ok(code))) => code,
        Ok(Ok(Err(message))) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
        _ => {
            eprintln!("the JS thread failed");
            std::process::exit(70);
        }
    };
    let output = captured
        .lock()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    println!("the script printed {output:?} and exited with code {code}");
    assert_eq!(output, "a timer ran\n");
    assert_eq!(code, 0);
}
