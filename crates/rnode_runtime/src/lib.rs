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
//! To drive a [`Runtime`] yourself (on a thread you made), see
//! `examples/embed.rs`. See `docs/architecture.md` for the design.

mod args;
mod bindings;
pub mod errors;
mod event_loop;
mod jobs;
mod limits;
mod modules;
pub mod permissions;
mod report;
pub mod rt;

use std::path::PathBuf;
use std::rc::Rc;

use boa_engine::context::ContextBuilder;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{js_string, Context, JsObject, JsValue};

use event_loop::{EventLoop, Stop};
use jobs::JobQueue;

pub use bindings::process::NODE_VERSION;
pub use permissions::Permissions;

/// What the runtime runs first.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A script file: the main module.
    File(PathBuf),
    /// Source text, as `rnode -e` (`print`: `-p`, print the result).
    Eval { code: String, print: bool },
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
}

impl RuntimeOptions {
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
    pub fn new(options: RuntimeOptions) -> Result<Self, String> {
        let jobs = Rc::new(JobQueue::default());
        let mut ctx = ContextBuilder::new()
            .job_executor(jobs.clone())
            .build()
            .map_err(|e| e.to_string())?;
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
        if options.owns_process_title {
            ctx.insert_data(bindings::process::OwnsTitle);
        }
        if let Some(budget) = options.max_run_time {
            limits::start_run_budget(&mut ctx, &event_loop, budget);
        }
        let hooks = bootstrap(&mut ctx, &options).map_err(|e| {
            let value = report::error_value(&mut ctx, e);
            value.display().to_string()
        })?;
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
    #[cfg(feature = "tty")]
    bindings::tty::restore_terminal();
    match joined {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 70,
        Err(err) => {
            eprintln!("rnode: cannot start the JS thread: {err}");
            70
        }
    }
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
    bindings::put(ctx, &obj, "kind", js_string!(kind));
    bindings::put(ctx, &obj, "code", js_string!(code));
    bindings::put(ctx, &obj, "print", print);
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
