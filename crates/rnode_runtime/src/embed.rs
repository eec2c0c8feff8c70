//! What an embedding host gives the runtime and gets back: host modules
//! written in Rust, where the script's output goes, and errors as data.
//! See `docs/embedding.md`.

use std::sync::{Arc, Mutex};

use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue};

/// Builds a host module's exports on the JS thread.
pub type BuildExports = dyn Fn(&mut Context) -> JsResult<JsObject> + Send + Sync;

/// A core-like module written in Rust: `require(name)` calls `build` once
/// and caches the object it returns as the module's exports.
#[derive(Clone)]
pub struct HostModule {
    /// The name `require` takes (`'myhost'`). It shadows files of that name
    /// as core modules do, but not core modules themselves.
    pub name: String,
    /// Makes the exports object, on the JS thread, on first `require`.
    pub build: Arc<BuildExports>,
}

impl HostModule {
    /// A module named `name` whose exports `build` makes.
    pub fn new(
        name: impl Into<String>,
        build: impl Fn(&mut Context) -> JsResult<JsObject> + Send + Sync + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            build: Arc::new(build),
        }
    }
}

impl std::fmt::Debug for HostModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostModule")
            .field("name", &self.name)
            .finish()
    }
}

/// Where the script's standard output or error goes.
#[derive(Debug, Clone, Default)]
pub enum Output {
    /// The process's own descriptor (1 or 2), as the CLI does.
    #[default]
    Inherit,
    /// Appended to this buffer instead (`console.log`, `process.stdout`,
    /// uncaught-error reports for stderr); the stream is not a TTY.
    Capture(Arc<Mutex<Vec<u8>>>),
    /// Handed to this function, which writes it to the process's own
    /// descriptor its own way (a line editor printing above its prompt);
    /// the stream is a TTY when that descriptor is.
    Through(Printer),
}

/// Writes bytes its own way, from any thread.
pub type PrintFn = dyn Fn(&[u8]) + Send + Sync;

/// The function of [`Output::Through`].
#[derive(Clone)]
pub struct Printer(pub Arc<PrintFn>);

impl std::fmt::Debug for Printer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Printer")
    }
}

/// Delivers values from any thread to a handler on the JS thread: the
/// events of a host module's own thread (a line typed into the CLI's line
/// editor). While it is open, the event loop waits for it.
pub struct HostSender<T> {
    completer: crate::event_loop::Completer,
    _values: std::marker::PhantomData<fn(T)>,
}

impl<T> Clone for HostSender<T> {
    fn clone(&self) -> Self {
        Self {
            completer: self.completer.clone(),
            _values: std::marker::PhantomData,
        }
    }
}

impl<T: Send + 'static> HostSender<T> {
    /// Sends `value` to the handler (dropped once the channel is closed).
    pub fn send(&self, value: T) {
        self.completer.send(value);
    }
}

/// Opens a channel whose values `on_value` handles on the JS thread, as
/// any I/O callback (then `process.nextTick` callbacks run, and what it
/// throws is an uncaught exception). Call it on the JS thread, from a host
/// module's function.
pub fn host_channel<T: Send + 'static>(
    ctx: &Context,
    on_value: impl Fn(&mut Context, T) -> JsResult<()> + 'static,
) -> JsResult<HostSender<T>> {
    let event_loop = crate::event_loop::EventLoop::of(ctx)?;
    let handler: crate::event_loop::Handler =
        std::rc::Rc::new(move |payload, ctx| match payload.downcast::<T>() {
            Ok(value) => on_value(ctx, *value),
            Err(_) => Ok(()),
        });
    Ok(HostSender {
        completer: event_loop.open_handle(handler, true),
        _values: std::marker::PhantomData,
    })
}

/// Closes a [`host_channel`]: the event loop no longer waits for it and
/// values still sent are dropped.
pub fn close_host_channel<T>(ctx: &Context, sender: &HostSender<T>) {
    if let Ok(event_loop) = crate::event_loop::EventLoop::of(ctx) {
        event_loop.close_handle(&sender.completer);
    }
}

impl Output {
    /// A fresh capture buffer and the `Output` that fills it.
    pub fn capture() -> (Self, Arc<Mutex<Vec<u8>>>) {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        (Output::Capture(buffer.clone()), buffer)
    }
}

/// The script's stdout and stderr, as the runtime keeps them.
pub(crate) struct Outputs {
    pub stdout: Output,
    pub stderr: Output,
}

/// Where the host takes fd 1 or 2's output instead of the descriptor.
pub(crate) enum Sink {
    Buffer(Arc<Mutex<Vec<u8>>>),
    Through(Printer),
}

impl Sink {
    pub(crate) fn write(&self, bytes: &[u8]) {
        match self {
            Sink::Buffer(buffer) => append(buffer, bytes),
            Sink::Through(printer) => (printer.0)(bytes),
        }
    }

    /// Whether a script may take the stream for a terminal (a capture
    /// buffer never is one).
    pub(crate) fn may_be_tty(&self) -> bool {
        matches!(self, Sink::Through(_))
    }
}

/// The host's sink for fd 1 or 2, if it takes that stream.
pub(crate) fn captured(ctx: &Context, fd: i32) -> Option<Sink> {
    let outputs = ctx.get_data::<Outputs>()?;
    let output = match fd {
        1 => &outputs.stdout,
        2 => &outputs.stderr,
        _ => return None,
    };
    match output {
        Output::Inherit => None,
        Output::Capture(buffer) => Some(Sink::Buffer(buffer.clone())),
        Output::Through(printer) => Some(Sink::Through(printer.clone())),
    }
}

/// Appends to a capture buffer (a poisoned lock still takes the bytes).
pub(crate) fn append(buffer: &Mutex<Vec<u8>>, bytes: &[u8]) {
    match buffer.lock() {
        Ok(mut b) => b.extend_from_slice(bytes),
        Err(poisoned) => poisoned.into_inner().extend_from_slice(bytes),
    }
}

/// Writes runtime messages (uncaught errors, limits) to the script's
/// stderr: the capture buffer, or fd 2.
pub(crate) fn write_stderr(ctx: &Context, text: &str) {
    use std::io::Write;
    match captured(ctx, 2) {
        Some(sink) => sink.write(text.as_bytes()),
        None => {
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
}

/// The exception that ended the run, kept for [`crate::Runtime::uncaught_error`].
pub(crate) struct Uncaught(pub ScriptError);

/// A JS exception as data: what an embedding host gets instead of text
/// printed to stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    /// `err.name` (`TypeError`), or empty when a non-error was thrown.
    pub name: String,
    /// `err.message`, or `String(value)` for a thrown non-error.
    pub message: String,
    /// `err.stack` (V8's form: `Name: message` then `    at …` lines).
    pub stack: Option<String>,
    /// `err.code` (`ENOENT`, `ERR_ACCESS_DENIED`), when it is a string.
    pub code: Option<String>,
}

impl std::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.stack, self.name.is_empty()) {
            (Some(stack), _) => f.write_str(stack),
            (None, true) => f.write_str(&self.message),
            (None, false) => write!(f, "{}: {}", self.name, self.message),
        }
    }
}

impl std::error::Error for ScriptError {}

impl ScriptError {
    /// Reads an engine error (thrown value or engine limit) into data.
    pub fn from_js(ctx: &mut Context, err: JsError) -> Self {
        let value = crate::report::error_value(ctx, err);
        Self::from_value(ctx, &value)
    }

    /// Reads a thrown value into data.
    pub fn from_value(ctx: &mut Context, value: &JsValue) -> Self {
        let text = |ctx: &mut Context, key: &str| -> Option<String> {
            let obj = value.as_object()?;
            let v = obj.get(js_string!(key), ctx).ok()?;
            v.as_string().map(|s| s.to_std_string_escaped())
        };
        let message = match text(ctx, "message") {
            Some(m) => m,
            None => value
                .to_string(ctx)
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default(),
        };
        Self {
            name: text(ctx, "name").unwrap_or_default(),
            message,
            stack: text(ctx, "stack"),
            code: text(ctx, "code"),
        }
    }

    /// A failure that is not a JS exception (the runtime could not start).
    pub(crate) fn host(message: impl Into<String>) -> Self {
        Self {
            name: "Error".to_owned(),
            message: message.into(),
            stack: None,
            code: None,
        }
    }
}
