//! The rnode runtime: a Boa context with Node v0.4's core API, a CommonJS
//! loader and an event loop driven by the reactor.
//!
//! Embedding, in short:
//!
//! ```no_run
//! use rnode_runtime::{Entry, RuntimeOptions};
//! let options = RuntimeOptions::new(vec!["rnode".into(), "app.js".into()]);
//! let code = rnode_runtime::run(options, Entry::File("app.js".into()));
//! std::process::exit(code);
//! ```
//!
//! [`run`] starts a thread with a stack large enough for deep JS recursion.
//! To drive a [`Runtime`] yourself (host modules, JSON calls, captured
//! output, stepping the loop), see `docs/embedding.md` and the
//! `examples/embed*.rs` programs; `docs/sandbox.md` for [`Permissions`]
//! and limits; `docs/architecture.md` for the design.

#![warn(missing_docs)]

// The bindings call POSIX through nix and libc. A Windows or WASI port
// needs its own fs, net, process and tty layers: docs/portability.md.
#[cfg(not(unix))]
compile_error!(
    "rnode_runtime supports Unix targets (Linux, macOS, FreeBSD) only; \
     docs/portability.md says what a Windows or WASI port needs"
);

mod args;
mod bindings;
pub mod debugger;
mod embed;
mod errors;
mod event_loop;
mod host;
mod jobs;
mod limits;
mod modules;
pub mod permissions;
mod report;
mod rt;

use std::path::PathBuf;
use std::rc::Rc;

use boa_engine::context::ContextBuilder;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{js_string, Context, JsObject, JsValue};

use event_loop::{EventLoop, Stop};
use jobs::JobQueue;

pub use bindings::process::NODE_VERSION;
/// The engine, for host modules and functions (`boa_engine::Context`,
/// `JsValue`, `NativeFunction`, …): the exact version the runtime uses.
pub use boa_engine;
pub use embed::{
    close_host_channel, host_channel, HostModule, HostSender, Output, Printer, ScriptError,
};
pub use permissions::Permissions;

/// What the runtime runs first.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A script file: the main module.
    File(PathBuf),
    /// Source text, as `rnode -e` (`print`: `-p`, print the result).
    Eval {
        /// The source text.
        code: String,
        /// Print the completion value (`-p`).
        print: bool,
    },
    /// A script read from standard input (`echo 'code' | rnode`).
    Stdin(String),
}

/// How to build a [`Runtime`].
#[derive(Debug, Clone)]
pub struct RuntimeOptions {
    /// `process.argv`: the program name, then the script and its arguments.
    pub argv: Vec<String>,
    /// `process.execPath`: the absolute path of the executable.
    pub exec_path: String,
    /// JS call depth before `RangeError: Maximum call stack size exceeded`.
    pub recursion_limit: usize,
    /// Stack size of the thread [`run`] starts. Host re-entry (getters,
    /// callbacks from native functions) uses it; deep recursion needs a lot.
    pub stack_size: usize,
    /// Whether `process.title = …` may rewrite this process's command line
    /// (what `ps -o args` shows) over the original argv strings, as Node
    /// does. Only a program that owns its argv (the `rnode` CLI) sets
    /// this; an embedding host keeps its own command line.
    pub owns_process_title: bool,
    /// What the script may touch ([`Permissions::all`] unless sandboxed).
    pub permissions: Permissions,
    /// Wall-clock budget for the whole run (`--max-run-time`): past it the
    /// script is stopped, even inside `while (true) {}`, and the run ends
    /// with code 1.
    pub max_run_time: Option<std::time::Duration>,
    /// Iterations of any one loop before it stops with an error
    /// (`--max-loop-iterations`; none by default).
    pub loop_iteration_limit: Option<u64>,
    /// Modules written in Rust that `require(name)` loads.
    pub host_modules: Vec<HostModule>,
    /// Where `process.stdout` (and `console.log`) writes.
    pub stdout: Output,
    /// Where `process.stderr`, `console.error` and uncaught-error reports go.
    pub stderr: Output,
    /// Run under the built-in debugger (`rnode debug`, `--debug-brk`).
    pub debug: Option<debugger::DebugOptions>,
}

impl RuntimeOptions {
    /// Options for a script run with `argv` (`process.argv`): everything
    /// allowed, output to the process's own stdout and stderr, no limits
    /// but the recursion limit.
    pub fn new(argv: Vec<String>) -> Self {
        let exec_path = std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "rnode".to_owned());
        Self {
            argv,
            exec_path,
            recursion_limit: 10_000,
            stack_size: default_stack_size(),
            owns_process_title: false,
            permissions: Permissions::all(),
            max_run_time: None,
            loop_iteration_limit: None,
            host_modules: Vec::new(),
            stdout: Output::Inherit,
            stderr: Output::Inherit,
            debug: None,
        }
    }
}

const fn default_stack_size() -> usize {
    if cfg!(target_pointer_width = "64") {
        1 << 30
    } else {
        256 << 20
    }
}

/// One JS world: its context, its event loop and its `process`.
pub struct Runtime {
    ctx: Context,
    event_loop: Rc<EventLoop>,
    hooks: JsObject,
    exit_code: Option<i32>,
}

impl Runtime {
    /// Builds the context and runs the bootstrap script (globals, `process`,
    /// `console`, timers, the module system). Run this on a thread with a
    /// large stack (see [`RuntimeOptions::stack_size`]).
    pub fn new(options: RuntimeOptions) -> Result<Self, ScriptError> {
        rt::start();
        let jobs = Rc::new(JobQueue::default());
        let mut ctx = ContextBuilder::new()
            .job_executor(jobs.clone())
            .build()
            .map_err(|e| ScriptError::host(e.to_string()))?;
        let limits = ctx.runtime_limits_mut();
        limits.set_recursion_limit(options.recursion_limit);
        limits.set_stack_size_limit(options.recursion_limit.saturating_mul(256));
        if let Some(n) = options.loop_iteration_limit {
            limits.set_loop_iteration_limit(n);
        }
        limits::install(&mut ctx);
        let event_loop = Rc::new(EventLoop::new(jobs));
        ctx.insert_data(event_loop.clone());
        permissions::install(&mut ctx, options.permissions.clone());
        ctx.insert_data(embed::Outputs {
            stdout: options.stdout.clone(),
            stderr: options.stderr.clone(),
        });
        ctx.insert_data(bindings::natives::HostModules(options.host_modules.clone()));
        if options.owns_process_title {
            ctx.insert_data(bindings::process::OwnsTitle);
        }
        if let Some(budget) = options.max_run_time {
            limits::start_run_budget(&mut ctx, &event_loop, budget);
        }
        let hooks = bootstrap(&mut ctx, &options).map_err(|e| ScriptError::from_js(&mut ctx, e))?;
        if let Some(debug) = &options.debug {
            debugger::install(&mut ctx, debug);
        }
        Ok(Self {
            ctx,
            event_loop,
            hooks,
            exit_code: None,
        })
    }

    /// Runs `entry` as the main module. An uncaught exception goes to
    /// `process.on('uncaughtException')` or ends the runtime with code 1.
    pub fn execute(&mut self, entry: &Entry) {
        if self.exit_code.is_some() {
            return;
        }
        let entry_value = entry_object(&mut self.ctx, entry);
        let result = self.call_hook("runMain", &[entry_value]);
        self.settle(result);
    }

    /// Runs the event loop until no referenced handle is left (or the
    /// script exits), emits `process` `'exit'` and returns the exit code.
    pub fn run_event_loop(&mut self) -> i32 {
        if self.exit_code.is_none() {
            let result = self.event_loop.run(&mut self.ctx);
            if let Err(Stop::Exit(code)) = result {
                self.exit_code = Some(code);
            }
        }
        self.finish()
    }

    /// Emits `process` `'exit'` once the loop is done and gives the code.
    fn finish(&mut self) -> i32 {
        if self.exit_code.is_none() {
            // No nextTick or promise job runs after 'exit' (the manual says so).
            let result = self.call_hook("emitExit", &[JsValue::from(0)]);
            if let Err(Stop::Exit(code)) = self.event_loop.check(&mut self.ctx, result) {
                self.exit_code = Some(code);
            }
        }
        self.exit_code.unwrap_or(0)
    }

    /// The exit code, once the script has called `process.exit` or died.
    pub fn exit_code(&self) -> Option<i32> {
        self.exit_code
    }

    /// The underlying Boa context, for embedders adding their own globals.
    pub fn context(&mut self) -> &mut Context {
        &mut self.ctx
    }

    /// Runs the event loop like [`Self::run_event_loop`], as a future for a
    /// host's own executor on this thread. The host's executor must let
    /// async-io's reactor run (any async-io/smol executor does).
    pub async fn run_event_loop_async(&mut self) -> i32 {
        if self.exit_code.is_none() {
            let result = rt::run_local(self.event_loop.run_async(&mut self.ctx)).await;
            if let Err(Stop::Exit(code)) = result {
                self.exit_code = Some(code);
            }
        }
        self.finish()
    }

    /// One turn of the event loop: runs due timers and the I/O completions
    /// that have arrived, waiting at most `max_wait` for more. Returns the
    /// exit code once nothing is left to do (or the script exited), `None`
    /// while the loop is alive: call it again.
    pub fn step(&mut self, max_wait: std::time::Duration) -> Option<i32> {
        if self.exit_code.is_none() {
            let until = std::time::Instant::now() + max_wait;
            let (event_loop, ctx) = (&self.event_loop, &mut self.ctx);
            let alive = rt::block_on(async {
                event_loop.after_callback(ctx)?;
                event_loop.turn(ctx, Some(until)).await
            });
            match alive {
                Ok(true) => return None,
                Ok(false) => {}
                Err(Stop::Exit(code)) => self.exit_code = Some(code),
            }
        }
        Some(self.finish())
    }

    /// Evaluates `code` as a global script (like `rnode -e`, without a
    /// module wrapper), runs the nextTick and promise jobs it queued, and
    /// returns its completion value as JSON (`undefined` and functions
    /// become `null`).
    pub fn eval(&mut self, code: &str) -> Result<serde_json::Value, ScriptError> {
        let source = boa_engine::Source::from_bytes(code.as_bytes());
        let result = self.ctx.eval(source);
        self.json_result(result)
    }

    /// Calls the global function at `path` (`"render"`, `"app.handle"`)
    /// with JSON arguments and returns its result as JSON, after the
    /// nextTick and promise jobs it queued have run.
    pub fn call(
        &mut self,
        path: &str,
        args: &[serde_json::Value],
    ) -> Result<serde_json::Value, ScriptError> {
        let result = self.call_path(path, args);
        self.json_result(result)
    }

    fn call_path(
        &mut self,
        path: &str,
        args: &[serde_json::Value],
    ) -> boa_engine::JsResult<JsValue> {
        let ctx = &mut self.ctx;
        let mut this = JsValue::undefined();
        let mut value: JsValue = ctx.global_object().into();
        for key in path.split('.') {
            let obj = value.as_object().ok_or_else(|| {
                errors::type_error(format!("{path}: '{key}' is read from a non-object"))
            })?;
            this = value.clone();
            value = obj.get(js_string!(key), ctx)?;
        }
        let f = value
            .as_callable()
            .ok_or_else(|| errors::type_error(format!("{path} is not a function")))?;
        let args = args
            .iter()
            .map(|a| JsValue::from_json(a, ctx))
            .collect::<boa_engine::JsResult<Vec<_>>>()?;
        f.call(&this, &args, ctx)
    }

    /// Settles the jobs a host call queued, then turns its value into JSON.
    fn json_result(
        &mut self,
        result: boa_engine::JsResult<JsValue>,
    ) -> Result<serde_json::Value, ScriptError> {
        let value = match result {
            Ok(value) => value,
            Err(err) => return Err(ScriptError::from_js(&mut self.ctx, err)),
        };
        if let Err(Stop::Exit(code)) = self.event_loop.after_callback(&mut self.ctx) {
            self.exit_code = Some(code);
        }
        match value.to_json(&mut self.ctx) {
            Ok(json) => Ok(json.unwrap_or(serde_json::Value::Null)),
            Err(err) => Err(ScriptError::from_js(&mut self.ctx, err)),
        }
    }

    /// Makes `f` a global function `name` of `length` declared parameters.
    pub fn register_function(
        &mut self,
        name: &str,
        length: usize,
        f: boa_engine::NativeFunction,
    ) -> Result<(), ScriptError> {
        self.ctx
            .register_global_callable(js_string!(name), length, f)
            .map_err(|e| ScriptError::from_js(&mut self.ctx, e))
    }

    /// The exception (or limit) that ended the run, if one did.
    pub fn uncaught_error(&self) -> Option<ScriptError> {
        self.ctx.get_data::<embed::Uncaught>().map(|u| u.0.clone())
    }

    fn call_hook(&mut self, name: &str, args: &[JsValue]) -> boa_engine::JsResult<()> {
        let hook = self.hooks.get(js_string!(name), &mut self.ctx)?;
        match hook.as_callable() {
            Some(f) => f.call(&JsValue::undefined(), args, &mut self.ctx).map(drop),
            None => Ok(()),
        }
    }

    /// Routes a callback's result through the uncaught-exception path, then
    /// drains nextTick callbacks and promise jobs.
    fn settle(&mut self, result: boa_engine::JsResult<()>) {
        let outcome = self
            .event_loop
            .check(&mut self.ctx, result)
            .and_then(|()| self.event_loop.after_callback(&mut self.ctx));
        if let Err(Stop::Exit(code)) = outcome {
            self.exit_code = Some(code);
        }
    }
}

/// Runs `entry` to completion on a new thread with a large stack and
/// returns the process exit code.
pub fn run(options: RuntimeOptions, entry: Entry) -> i32 {
    let stack_size = options.stack_size;
    let thread = std::thread::Builder::new()
        .name("rnode-js".into())
        .stack_size(stack_size)
        .spawn(move || {
            let mut runtime = match Runtime::new(options) {
                Ok(runtime) => runtime,
                Err(message) => {
                    eprintln!("rnode: failed to start: {message}");
                    return 1;
                }
            };
            runtime.execute(&entry);
            runtime.run_event_loop()
        });
    let joined = thread.map(std::thread::JoinHandle::join);
    restore_terminal();
    match joined {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 70,
        Err(err) => {
            eprintln!("rnode: cannot start the JS thread: {err}");
            70
        }
    }
}

/// Puts a terminal the script switched to raw mode back as it was (the
/// runtime does this when a run ends; a host's panic handler may too).
pub fn restore_terminal() {
    #[cfg(feature = "tty")]
    bindings::tty::restore_terminal();
}

/// Compiles and calls `js/internal/bootstrap.js`, which returns the hooks
/// object (`runMain`, `emitExit`).
fn bootstrap(ctx: &mut Context, options: &RuntimeOptions) -> boa_engine::JsResult<JsObject> {
    let process = bindings::process::create(ctx, options)?;
    let source = modules::core_source("internal/bootstrap").unwrap_or_default();
    let head = "(function (process, global, loader) { ";
    let f = modules::compile_wrapped(ctx, head, source, "node.js")?;
    let f = f
        .as_object()
        .and_then(JsFunction::from_object)
        .ok_or_else(|| errors::plain_error("bad bootstrap"))?;
    let global = ctx.global_object();
    let loader = bindings::fs::loader(ctx);
    let hooks = f.call(
        &JsValue::undefined(),
        &[process.into(), global.into(), loader.into()],
        ctx,
    )?;
    hooks
        .as_object()
        .ok_or_else(|| errors::plain_error("bootstrap returned no hooks"))
}

fn entry_object(ctx: &mut Context, entry: &Entry) -> JsValue {
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    let (kind, code, print) = match entry {
        Entry::File(path) => ("file", path.to_string_lossy().into_owned(), false),
        Entry::Eval { code, print } => ("eval", code.clone(), *print),
        Entry::Stdin(code) => ("stdin", code.clone(), false),
    };
    crate::host::put(ctx, &obj, "kind", js_string!(kind));
    crate::host::put(ctx, &obj, "code", js_string!(code));
    crate::host::put(ctx, &obj, "print", print);
    obj.into()
}

/// Makes writes to a closed pipe fail with `EPIPE` (an `'error'` event on
/// the stream) instead of killing the process, as Node does. Process-wide,
/// so the CLI calls it; embedders decide for themselves.
pub fn ignore_sigpipe() {
    use nix::sys::signal::{signal, SigHandler, Signal};
    // SAFETY: SIG_IGN installs no handler code.
    let _ = unsafe { signal(Signal::SIGPIPE, SigHandler::SigIgn) };
}
