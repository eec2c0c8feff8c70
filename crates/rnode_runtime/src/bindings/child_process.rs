//! `process.binding('child_process')`: starting programs and signalling
//! them (the manual's "Child Processes" section; `js/child_process.js` is
//! the JS half, ported from Node 0.4's).
//!
//! A child's stdin, stdout and stderr are socket pairs, as libuv makes
//! them: the parent's ends become ordinary sockets of the net binding, so
//! bytes are read in Rust straight into Buffers with the same back-pressure
//! as any socket. The child is started with std's `Command` (for
//! `pre_exec`, `uid`/`gid` and descriptors as stdio) and its exit is
//! awaited on the reactor; it is reaped there, never left a zombie.

use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::{CommandExt, ExitStatusExt};

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::errors::{type_error, OsError};
use crate::event_loop::EventLoop;
use crate::rt;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(ctx, &[("spawn", spawn, 10), ("kill", kill, 2)])
}

/// What a child's descriptor `0..=2` (and the optional channel, 3) is.
enum Slot {
    /// A new socket pair: the parent keeps `ours`.
    Pair {
        ours: UnixStream,
        theirs: UnixStream,
    },
    /// A descriptor of the parent's (`customFds`), duplicated.
    Given(OwnedFd),
}

/// Exit code of a child that could not be started, as Node 0.4's
/// `execvp()` failure in the forked child reported it.
const EXEC_FAILED: i32 = 127;

/// `spawn(file, args, cwd, envPairs, customFds, setsid, uid, gid, channel,
/// onexit)` → `{ pid, stdio: [id|null ×3], fds: [fd|-1 ×3], channel:
/// id|null, error }`.
/// `onexit(code, signal)` runs once the child has ended. A program that
/// cannot be started still "exits" with 127 after writing
/// `execvp(): <reason>` to its stderr, as in 0.4; `error` says why.
fn spawn(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = args::to_string(ctx, a, 0)?;
    let argv = string_list(ctx, &args::arg(a, 1), "args")?;
    let cwd = args::to_string(ctx, a, 2)?;
    let env = string_list(ctx, &args::arg(a, 3), "envPairs")?;
    let custom = fd_list(ctx, &args::arg(a, 4))?;
    let setsid = args::arg(a, 5).to_boolean();
    let uid = id_arg(ctx, a, 6)?;
    let gid = id_arg(ctx, a, 7)?;
    let channel = args::arg(a, 8).to_boolean();
    let onexit = args::function(a, 9, "onexit")?;
    crate::permissions::of(ctx)
        .check_child_process(&file)
        .map_err(|e| e.into_js(ctx))?;
    if file.contains('\0') || argv.iter().chain(&env).any(|s| s.contains('\0')) {
        return Err(type_error(
            "arguments and environment must not contain NUL bytes",
        ));
    }

    let os_err =
        |ctx: &mut Context, e: std::io::Error, call| OsError::from_io(&e, call, None).into_js(ctx);
    let mut slots = Vec::with_capacity(4);
    for fd in custom {
        slots.push(match fd {
            Some(fd) => Slot::Given(dup(fd).map_err(|e| os_err(ctx, e, "dup"))?),
            None => pair().map_err(|e| os_err(ctx, e, "socketpair"))?,
        });
    }
    if channel {
        slots.push(pair().map_err(|e| os_err(ctx, e, "socketpair"))?);
    }

    let mut command = std::process::Command::new(&file);
    command.args(&argv).env_clear();
    for pair in &env {
        if let Some((key, value)) = pair.split_once('=') {
            command.env(key, value);
        }
    }
    if !cwd.is_empty() {
        command.current_dir(&cwd);
    }
    if let Some(uid) = uid {
        command.uid(uid);
    }
    if let Some(gid) = gid {
        command.gid(gid);
    }
    let channel_fd = match slots.get(3) {
        Some(Slot::Pair { theirs, .. }) => Some(theirs.as_raw_fd()),
        _ => None,
    };
    let ignored = ignored_signals();
    // Only when needed: a pre_exec hook makes std fork instead of using
    // posix_spawn, which starts a child about a third faster.
    // SAFETY: the closure runs in the forked child before exec and calls
    // only async-signal-safe functions (signal, setsid, dup2) on values
    // copied in.
    if setsid || channel_fd.is_some() || !ignored.is_empty() {
        unsafe {
            command.pre_exec(move || {
                for &signal in ignored {
                    libc::signal(signal, libc::SIG_DFL);
                }
                if setsid {
                    nix::unistd::setsid()?;
                }
                if let Some(fd) = channel_fd {
                    // The channel is the child's fd 3 (dup2 clears CLOEXEC).
                    if libc::dup2(fd, 3) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                Ok(())
            });
        }
    }

    // A copy of the child's stderr end, to write 0.4's exec failure to.
    let stderr_copy = match slots.get(2) {
        Some(Slot::Pair { theirs, .. }) => theirs.try_clone().ok(),
        _ => None,
    };
    let mut command = rt::process::Command::from(command);
    let mut stdio = slots.iter().take(3).map(child_stdio);
    if let (Some(i), Some(o), Some(e)) = (stdio.next(), stdio.next(), stdio.next()) {
        command.stdin(i?).stdout(o?).stderr(e?);
    }
    let spawned = command.spawn();

    // The parent's ends become sockets; the child's are closed here.
    let result = crate::host::new_object(ctx);
    let ids = JsArray::new(ctx)?;
    // 0.4's `child.fds`: the parent's descriptors for the child's stdio.
    let fds = JsArray::new(ctx)?;
    let mut channel_id = JsValue::null();
    for (i, slot) in slots.into_iter().enumerate() {
        let (id, fd) = match slot {
            Slot::Pair { ours, .. } => {
                let fd = ours.as_raw_fd();
                let id = super::net::adopt_unix(ours).map_err(|e| os_err(ctx, e, "socketpair"))?;
                (JsValue::from(id), JsValue::from(fd))
            }
            Slot::Given(_) => (JsValue::null(), JsValue::from(-1)),
        };
        if i < 3 {
            fds.push(fd, ctx)?;
        }
        match i {
            3 => channel_id = id,
            _ => {
                ids.push(id, ctx)?;
            }
        }
    }
    crate::host::put(ctx, &result, "stdio", ids);
    crate::host::put(ctx, &result, "fds", fds);
    crate::host::put(ctx, &result, "channel", channel_id);

    let lp = EventLoop::of(ctx)?;
    let completer = lp.submit(move |payload, ctx| {
        let (code, signal) = match payload.downcast::<std::io::Result<rt::process::ExitStatus>>() {
            Ok(status) => exit_values(*status),
            Err(_) => (JsValue::from(EXEC_FAILED), JsValue::null()),
        };
        onexit
            .call(&JsValue::undefined(), &[code, signal], ctx)
            .map(drop)
    });
    match spawned {
        Ok(mut child) => {
            crate::host::put(ctx, &result, "pid", child.id() as f64);
            rt::spawn(async move { completer.send(child.status().await) });
        }
        Err(err) => {
            if let Some(mut stderr) = stderr_copy {
                let reason = nix::errno::Errno::from_raw(err.raw_os_error().unwrap_or(0)).desc();
                let _ = writeln!(stderr, "execvp(): {reason}");
            }
            let error = OsError::from_io(&err, "spawn", Some(file)).into_js(ctx);
            let error = crate::report::error_value(ctx, error);
            crate::host::put(ctx, &result, "error", error);
            let failed: std::io::Result<rt::process::ExitStatus> =
                Ok(rt::process::ExitStatus::from_raw(EXEC_FAILED << 8));
            completer.send(failed);
        }
    }
    Ok(result.into())
}

/// The signals this process ignores (a `nohup` parent ignores SIGHUP),
/// read at the first spawn. Ignoring survives exec, so a child would start
/// deaf to them and `child.kill('SIGHUP')` would do nothing: as libuv does,
/// children start with them at their default. (SIGPIPE, which the CLI
/// ignores, std resets itself.)
fn ignored_signals() -> &'static [libc::c_int] {
    static IGNORED: std::sync::OnceLock<Vec<libc::c_int>> = std::sync::OnceLock::new();
    IGNORED.get_or_init(|| {
        (1..32)
            .filter(|&signal| {
                signal != libc::SIGPIPE && signal != libc::SIGKILL && signal != libc::SIGSTOP
            })
            .filter(|&signal| {
                let mut current = std::mem::MaybeUninit::<libc::sigaction>::zeroed();
                // SAFETY: a null new action only reads the disposition.
                let read =
                    unsafe { libc::sigaction(signal, std::ptr::null(), current.as_mut_ptr()) };
                // SAFETY: sigaction filled it in when it returned 0.
                read == 0 && unsafe { current.assume_init() }.sa_sigaction == libc::SIG_IGN
            })
            .collect()
    })
}

fn pair() -> std::io::Result<Slot> {
    let (ours, theirs) = UnixStream::pair()?;
    Ok(Slot::Pair { ours, theirs })
}

/// A close-on-exec copy of a `customFds` descriptor, numbered 3 or more so
/// it cannot be one of the 0–2 that the child's stdio are being set up on.
fn dup(fd: i32) -> std::io::Result<OwnedFd> {
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on any integer is memory-safe; an
    // invalid descriptor is EBADF.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
    if new < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `new` is a descriptor fcntl just made; nothing else owns it.
    Ok(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(new) })
}

fn child_stdio(slot: &Slot) -> JsResult<rt::process::Stdio> {
    let fd = match slot {
        Slot::Pair { theirs, .. } => theirs.try_clone().map(OwnedFd::from),
        Slot::Given(fd) => fd.try_clone(),
    };
    fd.map(rt::process::Stdio::from)
        .map_err(|e| type_error(format!("cannot pass a descriptor to the child: {e}")))
}

/// `(code, signal)` as 0.4's `'exit'` gives them: the exit code and null,
/// or null and the signal's name.
fn exit_values(status: std::io::Result<rt::process::ExitStatus>) -> (JsValue, JsValue) {
    let Ok(status) = status else {
        return (JsValue::from(EXEC_FAILED), JsValue::null());
    };
    if let Some(code) = status.code() {
        return (JsValue::from(code), JsValue::null());
    }
    let name = status
        .signal()
        .and_then(|n| nix::sys::signal::Signal::try_from(n).ok())
        .map_or("SIGKILL", |s| s.as_str());
    (JsValue::null(), js_string!(name).into())
}

/// `kill(pid, signum)` → true when the signal was sent, false when the
/// child is gone.
fn kill(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = args::int(a, 0, "pid")?;
    let signum = args::int(a, 1, "signal")?;
    if pid <= 0 {
        return Err(type_error("pid must be a positive integer"));
    }
    crate::permissions::of(ctx)
        .check_child_process(&format!("kill {pid}"))
        .map_err(|e| e.into_js(ctx))?;
    let signal = nix::sys::signal::Signal::try_from(signum)
        .map_err(|_| type_error(format!("Unknown signal: {signum}")))?;
    match nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), signal) {
        Ok(()) => Ok(true.into()),
        Err(nix::errno::Errno::ESRCH) => Ok(false.into()),
        Err(e) => Err(OsError::from_nix(e, "kill", None).into_js(ctx)),
    }
}

/// A JS array of strings (each converted), bounded.
fn string_list(ctx: &mut Context, value: &JsValue, what: &str) -> JsResult<Vec<String>> {
    const MAX: u64 = 1 << 20;
    let obj = value
        .as_object()
        .filter(|o| o.is_array())
        .ok_or_else(|| type_error(format!("{what} must be an array")))?;
    let len = obj.get(js_string!("length"), ctx)?.to_length(ctx)?;
    if len > MAX {
        return Err(type_error(format!("{what} has too many entries")));
    }
    (0..len)
        .map(|i| Ok(obj.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped()))
        .collect()
}

/// `customFds`: three entries, each a descriptor or -1/undefined (a new pipe).
fn fd_list(ctx: &mut Context, value: &JsValue) -> JsResult<Vec<Option<i32>>> {
    let mut fds = vec![None; 3];
    let Some(obj) = value.as_object() else {
        return Ok(fds);
    };
    for (i, slot) in fds.iter_mut().enumerate() {
        let v = obj.get(i, ctx)?;
        if let Some(n) = v.as_number() {
            if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(i32::MAX) {
                *slot = Some(n as i32);
            }
        }
    }
    Ok(fds)
}

/// A uid/gid option: a non-negative integer, or -1/undefined for none.
fn id_arg(ctx: &mut Context, a: &[JsValue], i: usize) -> JsResult<Option<u32>> {
    let v = args::arg(a, i);
    if v.is_null_or_undefined() {
        return Ok(None);
    }
    let n = v.to_number(ctx)?;
    if n == -1.0 {
        return Ok(None);
    }
    if n < 0.0 || n.fract() != 0.0 || n > f64::from(u32::MAX) {
        return Err(type_error("uid and gid must be non-negative integers"));
    }
    Ok(Some(n as u32))
}
