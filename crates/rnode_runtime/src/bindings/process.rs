//! The native half of the `process` object (the manual's "process"
//! section); `js/internal/bootstrap.js` adds the EventEmitter, `exit`,
//! `nextTick`, `kill`'s signal names and the stdio streams.

use std::time::Instant;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use nix::unistd::{Gid, Group, Uid, User};

use crate::args;
use crate::errors::{plain_error, type_error, OsError};
use crate::event_loop::EventLoop;
use crate::RuntimeOptions;

/// The `process.version` programs of the era compare against.
pub const NODE_VERSION: &str = "v0.4.12";

thread_local! {
    static STARTED: Instant = Instant::now();
}

pub fn create(ctx: &mut Context, options: &RuntimeOptions) -> JsResult<JsObject> {
    STARTED.with(|_| ());
    let obj = crate::host::object_with(
        ctx,
        &[
            ("binding", super::js_binding, 1),
            ("cwd", cwd, 0),
            ("chdir", chdir, 1),
            ("umask", umask, 1),
            ("getuid", getuid, 0),
            ("getgid", getgid, 0),
            ("setuid", setuid, 1),
            ("setgid", setgid, 1),
            ("_kill", kill, 2),
            ("memoryUsage", memory_usage, 0),
            ("uptime", uptime, 0),
            ("hrtime", hrtime, 1),
            ("reallyExit", really_exit, 1),
            ("_needTickCallback", need_tick, 0),
            ("_setupCallbacks", setup_callbacks, 2),
            ("_setTitle", set_title, 1),
            ("_permissionHas", permission_has, 2),
            ("_checkEnv", check_env, 1),
            ("_setTimeZone", set_time_zone, 1),
        ],
    );
    let argv: Vec<JsValue> = options
        .argv
        .iter()
        .map(|s| js_string!(s.as_str()).into())
        .collect();
    let argv = JsArray::from_iter(argv, ctx);
    crate::host::put(ctx, &obj, "argv", argv);
    crate::host::put(
        ctx,
        &obj,
        "execPath",
        js_string!(options.exec_path.as_str()),
    );
    crate::host::put(ctx, &obj, "pid", std::process::id());
    crate::host::put(ctx, &obj, "platform", js_string!(platform()));
    crate::host::put(ctx, &obj, "arch", js_string!(arch()));
    crate::host::put(ctx, &obj, "version", js_string!(NODE_VERSION));
    crate::host::put(
        ctx,
        &obj,
        "installPrefix",
        js_string!(install_prefix(&options.exec_path)),
    );
    let versions = crate::host::new_object(ctx);
    crate::host::put(ctx, &versions, "node", js_string!(&NODE_VERSION[1..]));
    crate::host::put(
        ctx,
        &versions,
        "rnode",
        js_string!(env!("CARGO_PKG_VERSION")),
    );
    crate::host::put(ctx, &versions, "boa", js_string!("0.22"));
    // Programs of the era test `versions.openssl` to see whether tls and
    // https exist; rustls stands in, and says so.
    #[cfg(feature = "tls")]
    crate::host::put(ctx, &versions, "openssl", js_string!("1.0.0-rustls-0.23"));
    crate::host::put(ctx, &obj, "versions", versions);
    let env = crate::host::new_object(ctx);
    let perms = crate::permissions::of(ctx);
    for (key, value) in std::env::vars_os() {
        // A sandboxed script sees only the variables it may read.
        if !perms.allows_env(&key.to_string_lossy()) {
            continue;
        }
        crate::host::put(
            ctx,
            &env,
            &key.to_string_lossy(),
            js_string!(value.to_string_lossy().as_ref()),
        );
    }
    obj.set(js_string!("_rawEnv"), env, false, ctx)?;
    Ok(obj)
}

/// Node 0.4 called Linux `linux2`; other systems by their usual names.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "linux" => "linux2",
        "macos" => "darwin",
        os => os,
    }
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "ia32",
        "aarch64" => "arm64",
        a => a,
    }
}

/// The directory above the one holding the executable (`/usr/local` for
/// `/usr/local/bin/rnode`).
fn install_prefix(exec_path: &str) -> String {
    std::path::Path::new(exec_path)
        .parent()
        .and_then(std::path::Path::parent)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "/usr/local".to_owned())
}

fn cwd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match std::env::current_dir() {
        Ok(p) => Ok(js_string!(p.to_string_lossy().as_ref()).into()),
        Err(e) => Err(OsError::from_io(&e, "getcwd", None).into_js(ctx)),
    }
}

fn chdir(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let dir = args::string(a, 0, "directory")?;
    std::env::set_current_dir(&dir)
        .map_err(|e| OsError::from_io(&e, "chdir", Some(dir)).into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// `umask([mask])`: mask as a number or an octal string; returns the old mask.
fn umask(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    use nix::sys::stat::{umask as set_umask, Mode};
    let new = match args::arg(a, 0) {
        v if v.is_undefined() => None,
        v => Some(if let Some(s) = v.as_string() {
            let s = s.to_std_string_escaped();
            u32::from_str_radix(&s, 8)
                .map_err(|_| type_error("argument must be an integer or octal string."))?
        } else {
            let n = v
                .as_number()
                .ok_or_else(|| type_error("argument must be an integer or octal string."))?;
            n as u32
        }),
    };
    let old = match new {
        Some(mask) => set_umask(Mode::from_bits_truncate(mask & 0o777)),
        None => {
            let old = set_umask(Mode::from_bits_truncate(0o022));
            set_umask(old);
            old
        }
    };
    Ok(JsValue::from(old.bits()))
}

fn getuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(Uid::current().as_raw()))
}

fn getgid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(Gid::current().as_raw()))
}

/// A numeric id, or a name looked up with `lookup`.
fn id_arg(a: &[JsValue], what: &str, lookup: impl Fn(&str) -> Option<u32>) -> JsResult<u32> {
    let v = args::arg(a, 0);
    if let Some(n) = v.as_number() {
        return Ok(n as u32);
    }
    let Some(name) = v.as_string() else {
        return Err(type_error(format!(
            "set{what} argument must be a number or a string"
        )));
    };
    let name = name.to_std_string_escaped();
    lookup(&name).ok_or_else(|| plain_error(format!("set{what} {what} id does not exist")))
}

fn setuid(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let uid = id_arg(a, "uid", |n| {
        User::from_name(n).ok().flatten().map(|u| u.uid.as_raw())
    })?;
    nix::unistd::setuid(Uid::from_raw(uid))
        .map_err(|e| OsError::from_nix(e, "setuid", None).into_js(ctx))?;
    Ok(JsValue::undefined())
}

fn setgid(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let gid = id_arg(a, "gid", |n| {
        Group::from_name(n).ok().flatten().map(|g| g.gid.as_raw())
    })?;
    nix::unistd::setgid(Gid::from_raw(gid))
        .map_err(|e| OsError::from_nix(e, "setgid", None).into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// `_permissionHas(scope, [resource])`: `process.permission.has`.
fn permission_has(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = args::to_string(ctx, a, 0)?;
    let resource = match args::arg(a, 1) {
        v if v.is_undefined() => None,
        v => Some(v.to_string(ctx)?.to_std_string_escaped()),
    };
    crate::permissions::of(ctx)
        .has(&scope, resource.as_deref())
        .map(JsValue::from)
        .ok_or_else(|| type_error(format!("Unknown permission scope: {scope}")))
}

/// `_checkEnv(name)`: throws `ERR_ACCESS_DENIED` unless the script may
/// use environment variable `name` (`process.env`'s traps ask).
fn check_env(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = args::to_string(ctx, a, 0)?;
    crate::permissions::of(ctx)
        .check_env(&name)
        .map_err(|e| e.into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// `_setTimeZone(tz)`: `process.env.TZ = tz` (or `delete`, with
/// `undefined`) changes the local time zone at once, as in 0.4 (its
/// test-process-env.js): TZ goes into the C environment and `tzset`
/// re-reads it, so Date's local time and its zone name follow.
fn set_time_zone(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    crate::permissions::of(ctx)
        .check_env("TZ")
        .map_err(|e| e.into_js(ctx))?;
    let value = args::arg(a, 0);
    // Other threads may read the environment meanwhile (getaddrinfo on the
    // blocking pool); glibc and musl never free a replaced value, so that
    // is a stale read at worst.
    if value.is_undefined() {
        std::env::remove_var("TZ");
    } else {
        // A C string ends at its first NUL, as setenv(3) would read it
        // (std's set_var panics on one).
        let text = args::to_string(ctx, a, 0)?;
        let text = text.split('\0').next().unwrap_or_default();
        std::env::set_var("TZ", text);
    }
    // POSIX tzset(3), which the libc crate does not declare.
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset has no preconditions.
    unsafe { tzset() };
    Ok(JsValue::undefined())
}

/// `_kill(pid, signum)`: the JS side maps signal names to numbers.
fn kill(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = args::int(a, 0, "pid")?;
    let sig = args::int(a, 1, "signal")?;
    // Signalling itself is the script's own business; any other process
    // (a group, every process: pid <= 0) needs the child-process grant.
    if pid <= 0 || pid != std::process::id() as i32 {
        crate::permissions::of(ctx)
            .check_child_process(&format!("kill {pid}"))
            .map_err(|e| e.into_js(ctx))?;
    }
    // SAFETY: kill(2) has no memory-safety preconditions.
    if unsafe { libc::kill(pid, sig) } != 0 {
        let errno = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EINVAL);
        return Err(OsError::new(errno, "kill", None).into_js(ctx));
    }
    Ok(JsValue::undefined())
}

fn memory_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (vsize, rss) = statm();
    let (heap_total, heap_used) = heap().unwrap_or((rss, rss));
    let obj = crate::host::new_object(ctx);
    for (key, value) in [
        ("rss", rss),
        ("vsize", vsize),
        ("heapTotal", heap_total),
        ("heapUsed", heap_used),
    ] {
        crate::host::put(ctx, &obj, key, value as f64);
    }
    Ok(obj.into())
}

/// (virtual size, resident size) in bytes from /proc/self/statm.
fn statm() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let mut fields = text
        .split_whitespace()
        .map(|f| f.parse::<u64>().unwrap_or(0));
    // SAFETY: sysconf has no preconditions.
    let page = u64::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
    let vsize = fields.next().unwrap_or(0) * page;
    let rss = fields.next().unwrap_or(0) * page;
    (vsize, rss)
}

/// The malloc heap (where the engine's objects live): (total, in use).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn heap() -> Option<(u64, u64)> {
    // SAFETY: mallinfo2 only reads allocator statistics.
    let info = unsafe { libc::mallinfo2() };
    Some((
        (info.arena + info.hblkhd) as u64,
        (info.uordblks + info.hblkhd) as u64,
    ))
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn heap() -> Option<(u64, u64)> {
    None
}

fn uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(STARTED.with(|s| s.elapsed().as_secs_f64())))
}

/// `hrtime([previous])` → `[seconds, nanoseconds]` since an arbitrary epoch.
fn hrtime(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let now = STARTED.with(|s| s.elapsed());
    let (mut secs, mut nanos) = (now.as_secs() as f64 + 1.0e4, f64::from(now.subsec_nanos()));
    if let Some(prev) = a.first().and_then(JsValue::as_object) {
        let ps = prev.get(0, ctx)?.to_number(ctx)?;
        let pn = prev.get(1, ctx)?.to_number(ctx)?;
        secs -= ps;
        nanos -= pn;
        if nanos < 0.0 {
            secs -= 1.0;
            nanos += 1e9;
        }
    }
    Ok(JsArray::from_iter([JsValue::from(secs), JsValue::from(nanos)], ctx).into())
}

fn really_exit(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::arg(a, 0).to_i32(ctx).unwrap_or(1);
    Err(EventLoop::of(ctx)?.request_exit(code))
}

fn need_tick(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    EventLoop::of(ctx)?.need_tick();
    Ok(JsValue::undefined())
}

/// `_setupCallbacks(tick, fatalException)`: the functions the loop calls.
fn setup_callbacks(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let tick = args::function(a, 0, "tick")?;
    let fatal = args::function(a, 1, "fatalException")?;
    EventLoop::of(ctx)?.set_callbacks(tick, fatal);
    Ok(JsValue::undefined())
}

/// Set when the runtime owns the process's command line
/// ([`crate::RuntimeOptions::owns_process_title`]).
pub struct OwnsTitle;

/// `_setTitle(title)`: what `ps` shows. The main thread's name (`comm`,
/// 15 bytes kept) always; the command line too when the runtime owns it.
fn set_title(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let title = args::to_string(ctx, a, 0)?.replace('\0', "");
    #[cfg(target_os = "linux")]
    {
        // The JS runs on its own thread; `ps` shows the main thread's name.
        let _ = std::fs::write("/proc/self/comm", title.as_bytes());
        if ctx.get_data::<OwnsTitle>().is_some() {
            title::rewrite_command_line(&title);
        }
    }
    Ok(JsValue::undefined())
}

#[cfg(target_os = "linux")]
mod title {
    /// Writes `title` over the process's original argv strings, NUL-padded
    /// to their full length, as libuv's `uv_set_process_title` does: the
    /// kernel's `/proc/PID/cmdline` (and `ps -o args`) reads that memory.
    /// A title longer than the original command line is cut to it.
    pub fn rewrite_command_line(title: &str) {
        let Some((start, end)) = arg_area() else {
            return;
        };
        let Some(len) = end.checked_sub(start).filter(|&n| n > 0) else {
            return;
        };
        let mut bytes: Vec<u8> = title.bytes().take(len - 1).collect();
        bytes.resize(len, 0);
        // SAFETY: [start, end) is this process's own argv strings, as the
        // kernel reports them in /proc/self/stat: memory at the top of the
        // main stack, mapped and writable for the life of the process. The
        // CLI read its arguments at startup and never reads argv again.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), start as *mut u8, len) }
    }

    /// `arg_start` and `arg_end`, fields 48 and 49 of /proc/self/stat.
    fn arg_area() -> Option<(usize, usize)> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Fields from the third on follow the last ')' (the name may hold any).
        let rest = stat.get(stat.rfind(')')? + 1..)?;
        let mut fields = rest.split_whitespace().skip(45);
        let start = fields.next()?.parse().ok()?;
        let end = fields.next()?.parse().ok()?;
        Some((start, end))
    }
}
