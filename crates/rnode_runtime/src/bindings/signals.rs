//! `process.binding('signals')`: delivering POSIX signals to
//! `process.on('SIGINT', …)` listeners on the JS thread.
//!
//! The C handler only writes the signal number to a pipe (async-signal
//! safe); a reader thread forwards it to the event loop as a message of an
//! unreferenced handle, so a listener alone does not keep the process
//! alive. Removing the last listener restores the default action.

use std::rc::Rc;
use std::sync::atomic::{AtomicI32, Ordering};

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};

use crate::args;
use crate::errors::{type_error, OsError};
use crate::event_loop::EventLoop;

static PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[("setup", setup, 1), ("start", start, 1), ("stop", stop, 1)],
    )
}

extern "C" fn on_signal(signum: libc::c_int) {
    let byte = signum as u8;
    let fd = PIPE_WRITE.load(Ordering::Relaxed);
    // SAFETY: write(2) is async-signal-safe; a full pipe drops the byte.
    unsafe { libc::write(fd, (&byte as *const u8).cast(), 1) };
}

/// `setup(dispatch)`: `dispatch(name)` is called for every signal caught.
fn setup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let dispatch = args::function(a, 0, "dispatch")?;
    let (read_fd, write_fd) =
        signal_pipe().map_err(|e| OsError::from_nix(e, "pipe", None).into_js(ctx))?;
    let lp = EventLoop::of(ctx)?;
    let handler = Rc::new(
        move |payload: crate::event_loop::Payload, ctx: &mut Context| {
            let Ok(signum) = payload.downcast::<i32>() else {
                return Ok(());
            };
            let Ok(signal) = Signal::try_from(*signum) else {
                return Ok(());
            };
            dispatch
                .call(
                    &JsValue::undefined(),
                    &[js_string!(signal.as_str()).into()],
                    ctx,
                )
                .map(drop)
        },
    );
    let completer = lp.open_handle(handler, false);
    use std::os::fd::IntoRawFd;
    PIPE_WRITE.store(write_fd.into_raw_fd(), Ordering::Relaxed);
    let spawned = std::thread::Builder::new()
        .name("rnode-signals".into())
        .spawn(move || {
            use std::io::Read;
            let mut pipe = std::fs::File::from(read_fd);
            let mut byte = [0u8; 1];
            while let Ok(1) = pipe.read(&mut byte) {
                completer.send(i32::from(byte[0]));
            }
        });
    spawned.map_err(|e| OsError::from_io(&e, "pthread_create", None).into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// The pipe from the signal handler to its reader thread. Both ends close
/// on exec (children must not inherit them), and the write end never
/// blocks: a signal arriving while the pipe is full drops its byte rather
/// than hang inside the handler. (pipe + fcntl, not pipe2: one path for
/// every Unix, macOS included.)
fn signal_pipe() -> nix::Result<(std::os::fd::OwnedFd, std::os::fd::OwnedFd)> {
    use nix::fcntl::{fcntl, FcntlArg, FdFlag, OFlag};
    let (read, write) = nix::unistd::pipe()?;
    for fd in [&read, &write] {
        fcntl(fd, FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC))?;
    }
    fcntl(&write, FcntlArg::F_SETFL(OFlag::O_NONBLOCK))?;
    Ok((read, write))
}

fn signal_arg(a: &[JsValue]) -> JsResult<Signal> {
    let name = args::string(a, 0, "signal")?;
    super::constants::signal_by_name(&name)
        .ok_or_else(|| type_error(format!("Unknown signal: {name}")))
}

fn install(ctx: &mut Context, signal: Signal, handler: SigHandler) -> JsResult<JsValue> {
    let action = SigAction::new(handler, SaFlags::SA_RESTART, SigSet::empty());
    // SAFETY: the handler only calls write(2) on a descriptor it owns.
    unsafe { sigaction(signal, &action) }
        .map_err(|e| OsError::from_nix(e, "sigaction", None).into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// `start(name)`: catch the signal from now on.
fn start(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let signal = signal_arg(a)?;
    install(ctx, signal, SigHandler::Handler(on_signal))
}

/// `stop(name)`: restore the default action.
fn stop(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let signal = signal_arg(a)?;
    install(ctx, signal, SigHandler::SigDfl)
}
