//! `process.binding('tty')`: terminals (the manual's "TTY" section; the JS
//! half is `js/tty.js`, ported from Node 0.4's `tty_posix.js`).
//!
//! Raw mode saves the terminal's settings the first time it is turned on;
//! they are put back when raw mode goes off, when the runtime ends (normal
//! end, `process.exit`, an uncaught exception) and when a signal that
//! would kill the process arrives.

use std::os::fd::BorrowedFd;
use std::sync::Mutex;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
use nix::sys::termios::{self, SetArg, Termios};

use crate::args;
use crate::errors::OsError;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("setRawMode", set_raw_mode, 2),
            ("getWindowSize", get_window_size, 1),
            ("setWindowSize", set_window_size, 3),
            ("openpty", openpty, 0),
        ],
    )
}

/// The settings of the terminal raw mode changed, to put back.
static SAVED: Mutex<Option<(i32, Termios)>> = Mutex::new(None);

/// Puts back the terminal settings raw mode changed, if any.
pub fn restore_terminal() {
    let saved = match SAVED.lock() {
        Ok(mut guard) => guard.take(),
        Err(poisoned) => poisoned.into_inner().take(),
    };
    if let Some((fd, settings)) = saved {
        // SAFETY: the descriptor was open when raw mode was set; if it has
        // been closed since, tcsetattr fails with EBADF and nothing happens.
        let fd = unsafe { BorrowedFd::borrow_raw(fd) };
        let _ = termios::tcsetattr(fd, SetArg::TCSADRAIN, &settings);
    }
}

fn fd_arg(a: &[JsValue], i: usize) -> JsResult<i32> {
    let fd = args::int(a, i, "fd")?;
    if fd < 0 {
        return Err(crate::errors::type_error(
            "fd must be a non-negative integer",
        ));
    }
    Ok(fd)
}

/// `setRawMode(fd, on)`.
fn set_raw_mode(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    let on = args::arg(a, 1).to_boolean();
    let err = |ctx: &mut Context, e| OsError::from_nix(e, "tcsetattr", None).into_js(ctx);
    if !on {
        restore_terminal();
        return Ok(JsValue::undefined());
    }
    // SAFETY: termios calls on a closed or bad descriptor fail with EBADF.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    let current = termios::tcgetattr(borrowed).map_err(|e| err(ctx, e))?;
    let mut raw = current.clone();
    termios::cfmakeraw(&mut raw);
    // Keep output processing, so "\n" still starts a new line.
    raw.output_flags = current.output_flags;
    if let Ok(mut saved) = SAVED.lock() {
        if saved.is_none() {
            *saved = Some((fd, current));
            restore_on_fatal_signals();
        }
    }
    termios::tcsetattr(borrowed, SetArg::TCSADRAIN, &raw).map_err(|e| err(ctx, e))?;
    Ok(JsValue::undefined())
}

/// For each signal that would end the process (and that nothing else
/// handles), put the terminal back first, then die of it as before.
fn restore_on_fatal_signals() {
    extern "C" fn on_fatal(signum: libc::c_int) {
        // tcsetattr is async-signal-safe; try_lock never blocks.
        if let Ok(mut saved) = SAVED.try_lock() {
            if let Some((fd, settings)) = saved.take() {
                // SAFETY: see restore_terminal.
                let fd = unsafe { BorrowedFd::borrow_raw(fd) };
                let _ = termios::tcsetattr(fd, SetArg::TCSANOW, &settings);
            }
        }
        if let Ok(signal) = Signal::try_from(signum) {
            let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
            // SAFETY: restoring the default action, then re-raising.
            unsafe {
                let _ = sigaction(signal, &default);
                libc::raise(signum);
            }
        }
    }
    let action = SigAction::new(
        SigHandler::Handler(on_fatal),
        SaFlags::SA_RESTART,
        SigSet::empty(),
    );
    for signal in [
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGQUIT,
        Signal::SIGINT,
    ] {
        // SAFETY: only replaces the default action (checked just before).
        unsafe {
            let previous = sigaction(signal, &action);
            if let Ok(previous) = previous {
                if previous.handler() != SigHandler::SigDfl {
                    let _ = sigaction(signal, &previous);
                }
            }
        }
    }
}

/// `getWindowSize(fd)` → `[rows, columns]`.
fn get_window_size(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one winsize into `size`.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(OsError::from_io(&e, "ioctl", None).into_js(ctx));
    }
    let pair = [JsValue::from(size.ws_row), JsValue::from(size.ws_col)];
    Ok(JsArray::from_iter(pair, ctx).into())
}

/// `setWindowSize(fd, rows, columns)`.
fn set_window_size(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    let dimension = |i: usize, name: &str| -> JsResult<u16> {
        let n = args::number(a, i, name)?;
        if !(0.0..=65535.0).contains(&n) {
            return Err(crate::errors::range_error(format!(
                "{name} must be 0 to 65535"
            )));
        }
        Ok(n as u16)
    };
    let size = libc::winsize {
        ws_row: dimension(1, "row")?,
        ws_col: dimension(2, "col")?,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one winsize from `size`.
    if unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &size) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(OsError::from_io(&e, "ioctl", None).into_js(ctx));
    }
    Ok(JsValue::undefined())
}

/// `openpty()` → `[master, slave]` descriptors (close-on-exec; the child
/// gets its own copies).
fn openpty(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use std::os::fd::IntoRawFd;
    let pty = nix::pty::openpty(None, None)
        .map_err(|e| OsError::from_nix(e, "openpty", None).into_js(ctx))?;
    for fd in [&pty.master, &pty.slave] {
        let _ = nix::fcntl::fcntl(
            fd,
            nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
        );
    }
    let pair = [
        JsValue::from(pty.master.into_raw_fd()),
        JsValue::from(pty.slave.into_raw_fd()),
    ];
    Ok(JsArray::from_iter(pair, ctx).into())
}
