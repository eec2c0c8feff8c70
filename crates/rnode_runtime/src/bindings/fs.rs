//! `process.binding('fs')`: the file system (the manual's "File System"
//! section); `js/fs.js` is the JS half.
//!
//! Every call takes its arguments in a fixed order and, when its last
//! argument is a function, runs on the reactor's blocking pool and calls it
//! back with `(err, result)` on the JS thread; otherwise it runs now and
//! returns or throws. OS errors become JS errors in one place
//! ([`OsError`]), with `code`, `errno`, `syscall` and `path`.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, PermissionsExt};
use std::time::{Duration, SystemTime};

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::errors::{type_error, OsError};
use crate::event_loop;
use crate::permissions::{self, Permissions};

type OsResult<T> = Result<T, OsError>;

/// Turns a finished operation's value into JS, on the JS thread.
type ToJs<T> = fn(T, &mut Context) -> JsResult<JsValue>;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("setup", setup, 1),
            ("open", open, 4),
            ("close", close, 2),
            ("read", read, 6),
            ("write", write, 6),
            ("readFile", read_file, 3),
            ("writeFile", write_file, 5),
            ("rename", rename, 3),
            ("ftruncate", ftruncate, 3),
            ("truncate", truncate, 3),
            ("rmdir", rmdir, 2),
            ("mkdir", mkdir, 3),
            ("readdir", readdir, 2),
            ("stat", stat, 2),
            ("lstat", lstat, 2),
            ("fstat", fstat, 2),
            ("link", link, 3),
            ("symlink", symlink, 3),
            ("readlink", readlink, 2),
            ("realpath", realpath, 2),
            ("unlink", unlink, 2),
            ("chmod", chmod, 3),
            ("fchmod", fchmod, 3),
            ("chown", chown, 4),
            ("fchown", fchown, 4),
            ("lchown", lchown, 4),
            ("utimes", utimes, 4),
            ("futimes", futimes, 4),
            ("fsync", fsync, 2),
            ("fdatasync", fdatasync, 2),
        ],
    )
}

/// `fs.Stats.prototype`, registered by `js/fs.js`.
struct StatsClass(JsObject);

fn setup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let prototype = args::object(a, 0, "Stats.prototype")?;
    ctx.insert_data(StatsClass(prototype));
    Ok(JsValue::undefined())
}

/// Runs `work` now (no callback) or on the blocking pool (callback given).
fn dispatch<T: Send + 'static>(
    ctx: &mut Context,
    a: &[JsValue],
    work: impl FnOnce() -> OsResult<T> + Send + 'static,
    to_js: ToJs<T>,
) -> JsResult<JsValue> {
    let Some(callback) = a.last().and_then(JsValue::as_callable) else {
        let value = work().map_err(|e| e.into_js(ctx))?;
        return to_js(value, ctx);
    };
    event_loop::blocking(ctx, work, move |result, ctx| {
        let args = match result.map(|v| to_js(v, ctx)) {
            Ok(Ok(value)) => vec![JsValue::null(), value],
            Ok(Err(err)) => vec![crate::report::error_value(ctx, err)],
            Err(os) => {
                let err = os.into_js(ctx);
                vec![crate::report::error_value(ctx, err)]
            }
        };
        callback.call(&JsValue::undefined(), &args, ctx).map(drop)
    })?;
    Ok(JsValue::undefined())
}

fn nothing(_: (), _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

fn number(n: f64, _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(n))
}

fn string(s: String, _: &mut Context) -> JsResult<JsValue> {
    Ok(js_string!(s).into())
}

fn path_arg(a: &[JsValue], i: usize) -> JsResult<String> {
    args::string(a, i, "path")
}

fn fd_arg(a: &[JsValue], i: usize) -> JsResult<i32> {
    args::int(a, i, "fd")
}

fn mode_arg(ctx: &mut Context, a: &[JsValue], i: usize, default: u32) -> JsResult<u32> {
    match a.get(i) {
        Some(v) if v.is_number() || v.is_string() => {
            let n = match v.as_string() {
                Some(s) => u32::from_str_radix(&s.to_std_string_escaped(), 8)
                    .map_err(|_| type_error("mode must be an integer"))?,
                None => v.to_u32(ctx)?,
            };
            Ok(n)
        }
        _ => Ok(default),
    }
}

/// A descriptor we do not own: the `File` is never dropped, so it is not closed.
fn borrowed(fd: i32) -> OsResult<ManuallyDrop<File>> {
    if fd < 0 || crate::rt::is_runtime_fd(fd) {
        return Err(OsError::new(libc::EBADF, "fd", None));
    }
    // SAFETY: a descriptor JS gave us; if it is not open, the syscalls on
    // it fail with EBADF. ManuallyDrop keeps us from closing it.
    Ok(ManuallyDrop::new(unsafe { File::from_raw_fd(fd) }))
}

/// What an operation needs of the permission layer. It is checked where
/// the work runs (so an async refusal reaches the callback like an OS
/// error), and the work uses the path the layer resolved and checked.
#[derive(Clone, Copy)]
enum Need {
    Read,
    Write,
    /// Reads a symlink itself (`lstat`, `readlink`), not what it points to.
    ReadLink,
    /// Creates, changes or removes a directory entry itself.
    WriteLink,
}

fn allowed(perms: &Permissions, need: Need, path: &str) -> OsResult<String> {
    let checked = match need {
        Need::Read => perms.check_read(path, true),
        Need::ReadLink => perms.check_read(path, false),
        Need::Write => perms.check_write(path, true),
        Need::WriteLink => perms.check_write(path, false),
    }?;
    Ok(checked.to_string_lossy().into_owned())
}

/// The access an `open` with these flags needs.
fn open_needs(flags: i32) -> &'static [Need] {
    let changes = flags & (libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND) != 0;
    match flags & libc::O_ACCMODE {
        libc::O_WRONLY => &[Need::Write],
        libc::O_RDWR => &[Need::Read, Need::Write],
        _ if changes => &[Need::Read, Need::Write],
        _ => &[Need::Read],
    }
}

fn allowed_all(perms: &Permissions, needs: &[Need], path: &str) -> OsResult<String> {
    let mut checked = path.to_owned();
    for &need in needs {
        checked = allowed(perms, need, path)?;
    }
    Ok(checked)
}

fn io<T>(result: std::io::Result<T>, syscall: &'static str, path: Option<&str>) -> OsResult<T> {
    result.map_err(|e| OsError::from_io(&e, syscall, path.map(str::to_owned)))
}

// ---- loader helpers ----------------------------------------------------------

/// The module loader's file access (`js/internal/module.js` gets it from
/// bootstrap; it is not in `process.binding`). Not checked by the
/// permission layer: reading the modules a script requires is not the
/// script's own file access.
pub fn loader(ctx: &mut Context) -> JsObject {
    let obj = crate::host::object_with(
        ctx,
        &[
            ("internalStat", internal_stat, 1),
            ("readFileUtf8", read_file_utf8, 1),
            ("realpath", loader_realpath, 1),
        ],
    );
    // NODE_PATH configures the loader; reading it is not the script's.
    if let Ok(node_path) = std::env::var("NODE_PATH") {
        crate::host::put(ctx, &obj, "nodePath", js_string!(node_path));
    }
    obj
}

fn loader_realpath(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    match fs::canonicalize(&path) {
        Ok(real) => Ok(js_string!(real.to_string_lossy().as_ref()).into()),
        Err(e) => Err(OsError::from_io(&e, "realpath", Some(path)).into_js(ctx)),
    }
}

/// `internalStat(path)`: 1 for a file, 2 for a directory, 0 otherwise.
/// Cheap and error-free: the module loader probes many candidate paths.
fn internal_stat(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    let kind = match fs::metadata(&path) {
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 1,
        Err(_) => 0,
    };
    Ok(JsValue::from(kind))
}

/// `readFileUtf8(path)`: the whole file as a string (invalid UTF-8 becomes U+FFFD).
fn read_file_utf8(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    match fs::read(&path) {
        Ok(bytes) => Ok(js_string!(String::from_utf8_lossy(&bytes).as_ref()).into()),
        Err(e) => Err(OsError::from_io(&e, "open", Some(path)).into_js(ctx)),
    }
}

// ---- descriptors -------------------------------------------------------------

/// `open(path, flags, mode, [cb])` → fd.
fn open(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    let flags = args::int(a, 1, "flags")?;
    let mode = mode_arg(ctx, a, 2, 0o666)?;
    let perms = permissions::of(ctx);
    dispatch(
        ctx,
        a,
        move || {
            let real = allowed_all(&perms, open_needs(flags), &path)?;
            let oflag = nix::fcntl::OFlag::from_bits_truncate(flags) | nix::fcntl::OFlag::O_CLOEXEC;
            let mode = nix::sys::stat::Mode::from_bits_truncate(mode as libc::mode_t);
            match nix::fcntl::open(real.as_str(), oflag, mode) {
                Ok(fd) => Ok(f64::from(fd.into_raw_fd())),
                Err(e) => Err(OsError::from_nix(e, "open", Some(path))),
            }
        },
        number,
    )
}

/// `close(fd, [cb])`.
fn close(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    dispatch(
        ctx,
        a,
        move || {
            // The reactor's descriptors are not the script's to close.
            if crate::rt::is_runtime_fd(fd) {
                return Err(OsError::new(libc::EBADF, "close", None));
            }
            // SAFETY: closing a descriptor JS owns; a bad one gives EBADF.
            if unsafe { libc::close(fd) } == 0 {
                Ok(())
            } else {
                Err(OsError::from_io(
                    &std::io::Error::last_os_error(),
                    "close",
                    None,
                ))
            }
        },
        nothing,
    )
}

/// The `(buffer, offset, length)` window of a read or write, checked.
fn window(ctx: &mut Context, a: &[JsValue], len: usize) -> JsResult<(usize, usize)> {
    // try_from: on a 32-bit target an index past usize must not wrap.
    let index = |ctx: &mut Context, i: usize, what: &str| {
        args::arg(a, i)
            .to_index(ctx)
            .ok()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| crate::errors::range_error(format!("{what} out of bounds")))
    };
    let offset = index(ctx, 2, "offset")?;
    let length = index(ctx, 3, "length")?;
    if offset > len || length > len - offset {
        return Err(crate::errors::range_error("Length extends beyond buffer"));
    }
    Ok((offset, length))
}

/// `position`: a number, or null/undefined for the current position.
fn position_arg(a: &[JsValue], i: usize) -> Option<u64> {
    a.get(i)
        .and_then(JsValue::as_number)
        .filter(|n| *n >= 0.0)
        .map(|n| n as u64)
}

fn read_at(fd: i32, dst: &mut [u8], position: Option<u64>) -> OsResult<usize> {
    let mut file = borrowed(fd)?;
    let result = match position {
        Some(pos) => file.read_at(dst, pos),
        None => file.read(dst),
    };
    io(result, "read", None)
}

fn write_at(fd: i32, src: &[u8], position: Option<u64>) -> OsResult<usize> {
    let mut file = borrowed(fd)?;
    let result = match position {
        Some(pos) => file.write_at(src, pos),
        None => file.write(src),
    };
    io(result, "write", None)
}

/// `read(fd, buffer, offset, length, position, [cb])` → bytes read.
fn read(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    let buffer = args::arg(a, 1);
    let total = super::buffer::byte_len(ctx, &buffer)?;
    let (offset, length) = window(ctx, a, total)?;
    let position = position_arg(a, 4);
    let Some(callback) = a.last().and_then(JsValue::as_callable) else {
        // The window was checked before `valueOf`s ran; the Buffer may
        // have shrunk since (a resizable ArrayBuffer): check again.
        let n = super::buffer::with_bytes(ctx, &buffer, |b| {
            match b.get_mut(offset..offset + length) {
                Some(window) => read_at(fd, window, position),
                None => Err(OsError::new(libc::EFAULT, "read", None)),
            }
        })?;
        return Ok(JsValue::from(n.map_err(|e| e.into_js(ctx))? as f64));
    };
    // Off the JS thread into a scratch buffer; copied into `buffer` on return.
    event_loop::blocking(
        ctx,
        move || {
            let mut scratch = vec![0u8; length];
            read_at(fd, &mut scratch, position).map(|n| {
                scratch.truncate(n);
                scratch
            })
        },
        move |result, ctx| {
            let args = match result {
                Ok(bytes) => {
                    // The Buffer may have shrunk while the read was in flight.
                    let copied = super::buffer::with_bytes(ctx, &buffer, |b| {
                        b.get_mut(offset..offset + bytes.len())
                            .map(|window| window.copy_from_slice(&bytes))
                            .is_some()
                    })?;
                    if !copied {
                        let err = crate::errors::range_error("the Buffer shrank during the read");
                        let err = crate::report::error_value(ctx, err);
                        return callback.call(&JsValue::undefined(), &[err], ctx).map(drop);
                    }
                    vec![
                        JsValue::null(),
                        JsValue::from(bytes.len() as f64),
                        buffer.clone(),
                    ]
                }
                Err(os) => {
                    let err = os.into_js(ctx);
                    vec![crate::report::error_value(ctx, err)]
                }
            };
            callback.call(&JsValue::undefined(), &args, ctx).map(drop)
        },
    )?;
    Ok(JsValue::undefined())
}

/// `write(fd, buffer, offset, length, position, [cb])` → bytes written.
fn write(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    let buffer = args::arg(a, 1);
    let total = super::buffer::byte_len(ctx, &buffer)?;
    let (offset, length) = window(ctx, a, total)?;
    let position = position_arg(a, 4);
    if a.last().and_then(JsValue::as_callable).is_none() {
        let n =
            super::buffer::with_bytes(ctx, &buffer, |b| match b.get(offset..offset + length) {
                Some(window) => write_at(fd, window, position),
                None => Err(OsError::new(libc::EFAULT, "write", None)),
            })?;
        return Ok(JsValue::from(n.map_err(|e| e.into_js(ctx))? as f64));
    }
    let bytes = super::buffer::with_bytes(ctx, &buffer, |b| {
        b.get(offset..offset + length).map(<[u8]>::to_vec)
    })?
    .ok_or_else(|| crate::errors::range_error("the Buffer shrank before the write"))?;
    dispatch(
        ctx,
        a,
        move || write_at(fd, &bytes, position).map(|n| n as f64),
        number,
    )
}

// ---- whole files -------------------------------------------------------------

fn open_options(flags: i32, mode: u32) -> fs::OpenOptions {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = fs::OpenOptions::new();
    let access = flags & libc::O_ACCMODE;
    options
        .read(access == libc::O_RDONLY || access == libc::O_RDWR)
        .write(access == libc::O_WRONLY || access == libc::O_RDWR)
        .custom_flags(flags & !libc::O_ACCMODE)
        .mode(mode);
    options
}

/// `readFile(path, flags, [cb])` → Buffer.
fn read_file(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    let flags = a
        .get(1)
        .and_then(JsValue::as_number)
        .map_or(libc::O_RDONLY, |n| n as i32);
    let perms = permissions::of(ctx);
    if a.last().and_then(JsValue::as_callable).is_none() {
        let real = allowed_all(&perms, open_needs(flags), &path).map_err(|e| e.into_js(ctx))?;
        return read_file_sync(ctx, &path, &real, flags);
    }
    dispatch(
        ctx,
        a,
        move || {
            let real = allowed_all(&perms, open_needs(flags), &path)?;
            let mut file = io(open_options(flags, 0o666).open(&real), "open", Some(&path))?;
            // Sized from fstat so the read does not grow the vector by doubling;
            // files with no size (like /proc's) still read to the end.
            let size = file_size(&file);
            let mut bytes = Vec::with_capacity(size.min(super::buffer::MAX_LENGTH) + 1);
            io(file.read_to_end(&mut bytes), "read", None)?;
            if bytes.len() > super::buffer::MAX_LENGTH {
                return Err(OsError::new(libc::EFBIG, "read", Some(path)));
            }
            Ok(bytes)
        },
        |bytes, ctx| Ok(super::buffer::new_buffer(ctx, &bytes)?.into()),
    )
}

/// A file's size from fstat (0 for files with none, like /proc's), at most
/// `usize::MAX`: a 32-bit target sees a 5 GiB file as too big, not as 1 GiB.
fn file_size(file: &std::fs::File) -> usize {
    file.metadata()
        .map(|m| usize::try_from(m.len()).unwrap_or(usize::MAX))
        .unwrap_or(0)
}

/// The sync form reads straight into the Buffer's own memory (one
/// allocation, no copy); a file that grows meanwhile is read in full.
fn read_file_sync(ctx: &mut Context, path: &str, real: &str, flags: i32) -> JsResult<JsValue> {
    let mut file = io(open_options(flags, 0o666).open(real), "open", Some(path))
        .map_err(|e| e.into_js(ctx))?;
    let size = file_size(&file);
    if size > super::buffer::MAX_LENGTH {
        return Err(OsError::new(libc::EFBIG, "read", Some(path.to_owned())).into_js(ctx));
    }
    let buffer = super::buffer::alloc_buffer(ctx, size)?;
    let filled = super::buffer::with_bytes(ctx, &buffer, |b| read_fully(&mut file, b))?;
    // read(2) errors name no path, as in Node.
    let filled = io(filled, "read", None).map_err(|e| e.into_js(ctx))?;
    let mut rest = Vec::new();
    io(file.read_to_end(&mut rest), "read", None).map_err(|e| e.into_js(ctx))?;
    if filled == size && rest.is_empty() {
        return Ok(buffer);
    }
    let mut all = super::buffer::with_bytes(ctx, &buffer, |b| b[..filled].to_vec())?;
    all.extend_from_slice(&rest);
    Ok(super::buffer::new_buffer(ctx, &all)?.into())
}

fn read_fully(file: &mut File, dst: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < dst.len() {
        match file.read(&mut dst[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

fn write_whole(
    perms: &Permissions,
    path: &str,
    bytes: &[u8],
    flags: i32,
    mode: u32,
) -> OsResult<()> {
    let real = allowed_all(perms, open_needs(flags), path)?;
    let mut file = io(open_options(flags, mode).open(real), "open", Some(path))?;
    if flags & libc::O_APPEND != 0 {
        io(file.seek(SeekFrom::End(0)), "write", Some(path))?;
    }
    io(file.write_all(bytes), "write", Some(path))
}

/// `writeFile(path, buffer, flags, mode, [cb])`; the sync form writes
/// straight from the Buffer's memory.
fn write_file(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    let data = args::arg(a, 1);
    let flags = args::int(a, 2, "flags")?;
    let mode = mode_arg(ctx, a, 3, 0o666)?;
    let perms = permissions::of(ctx);
    if a.last().and_then(JsValue::as_callable).is_none() {
        let result =
            super::buffer::with_bytes(ctx, &data, |b| write_whole(&perms, &path, b, flags, mode))?;
        result.map_err(|e| e.into_js(ctx))?;
        return Ok(JsValue::undefined());
    }
    let bytes = super::buffer::with_bytes(ctx, &data, |b| b.to_vec())?;
    dispatch(
        ctx,
        a,
        move || write_whole(&perms, &path, &bytes, flags, mode),
        nothing,
    )
}

// ---- paths -------------------------------------------------------------------

/// One-path operations: `(path, [cb])`.
fn path_op<T: Send + 'static>(
    ctx: &mut Context,
    a: &[JsValue],
    (syscall, need): (&'static str, Need),
    op: fn(&str) -> std::io::Result<T>,
    to_js: ToJs<T>,
) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    let perms = permissions::of(ctx);
    dispatch(
        ctx,
        a,
        move || io(op(&allowed(&perms, need, &path)?), syscall, Some(&path)),
        to_js,
    )
}

/// A one-path operation with more arguments: the path is checked for
/// `need` on the working thread, then `op` gets the checked path.
fn checked_op(
    ctx: &mut Context,
    a: &[JsValue],
    (syscall, need): (&'static str, Need),
    op: impl FnOnce(&str) -> std::io::Result<()> + Send + 'static,
) -> JsResult<JsValue> {
    let path = path_arg(a, 0)?;
    let perms = permissions::of(ctx);
    dispatch(
        ctx,
        a,
        move || io(op(&allowed(&perms, need, &path)?), syscall, Some(&path)),
        nothing,
    )
}

/// Two-path operations: `(from, to, [cb])`; errors name `from`.
fn two_path_op(
    ctx: &mut Context,
    a: &[JsValue],
    (syscall, from_needs): (&'static str, &'static [Need]),
    op: fn(&str, &str) -> std::io::Result<()>,
) -> JsResult<JsValue> {
    let from = path_arg(a, 0)?;
    let to = path_arg(a, 1)?;
    let perms = permissions::of(ctx);
    dispatch(
        ctx,
        a,
        move || {
            let real_from = allowed_all(&perms, from_needs, &from)?;
            let real_to = allowed(&perms, Need::WriteLink, &to)?;
            io(op(&real_from, &real_to), syscall, Some(&from))
        },
        nothing,
    )
}

fn rename(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_path_op(ctx, a, ("rename", &[Need::WriteLink]), |from, to| {
        fs::rename(from, to)
    })
}

/// A hard link shares the file: making one needs reading and writing it,
/// so a sandboxed script cannot pull an outside file into its tree.
fn link(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_path_op(
        ctx,
        a,
        ("link", &[Need::ReadLink, Need::WriteLink]),
        |from, to| fs::hard_link(from, to),
    )
}

/// `symlink(target, path, [cb])`: errors name the new link's path.
fn symlink(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = path_arg(a, 0)?;
    let path = path_arg(a, 1)?;
    let perms = permissions::of(ctx);
    dispatch(
        ctx,
        a,
        move || {
            // The target is not checked: following the link later is.
            let real = allowed(&perms, Need::WriteLink, &path)?;
            io(
                std::os::unix::fs::symlink(&target, real),
                "symlink",
                Some(&path),
            )
        },
        nothing,
    )
}

fn unlink(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(
        ctx,
        a,
        ("unlink", Need::WriteLink),
        |p| fs::remove_file(p),
        nothing,
    )
}

fn rmdir(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(
        ctx,
        a,
        ("rmdir", Need::WriteLink),
        |p| fs::remove_dir(p),
        nothing,
    )
}

fn readlink(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(
        ctx,
        a,
        ("readlink", Need::ReadLink),
        |p| fs::read_link(p).map(|t| t.to_string_lossy().into_owned()),
        string,
    )
}

fn realpath(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(
        ctx,
        a,
        ("realpath", Need::Read),
        |p| fs::canonicalize(p).map(|t| t.to_string_lossy().into_owned()),
        string,
    )
}

/// `readdir(path, [cb])` → names, without `.` and `..`.
fn readdir(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(
        ctx,
        a,
        ("scandir", Need::Read),
        |p| {
            fs::read_dir(p)?
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect::<std::io::Result<Vec<_>>>()
        },
        |names, ctx| {
            let values: Vec<JsValue> = names
                .iter()
                .map(|n| js_string!(n.as_str()).into())
                .collect();
            Ok(JsArray::from_iter(values, ctx).into())
        },
    )
}

/// `mkdir(path, mode, [cb])`.
fn mkdir(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mode = mode_arg(ctx, a, 1, 0o777)?;
    checked_op(ctx, a, ("mkdir", Need::WriteLink), move |p| {
        fs::DirBuilder::new().mode(mode).create(p)
    })
}

fn chmod(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mode = mode_arg(ctx, a, 1, 0o666)?;
    checked_op(ctx, a, ("chmod", Need::Write), move |p| {
        fs::set_permissions(p, fs::Permissions::from_mode(mode))
    })
}

fn ids(ctx: &mut Context, a: &[JsValue]) -> JsResult<(u32, u32)> {
    Ok((args::arg(a, 1).to_u32(ctx)?, args::arg(a, 2).to_u32(ctx)?))
}

fn chown(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (uid, gid) = ids(ctx, a)?;
    checked_op(ctx, a, ("chown", Need::Write), move |p| {
        std::os::unix::fs::chown(p, Some(uid), Some(gid))
    })
}

fn lchown(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (uid, gid) = ids(ctx, a)?;
    checked_op(ctx, a, ("lchown", Need::WriteLink), move |p| {
        std::os::unix::fs::lchown(p, Some(uid), Some(gid))
    })
}

/// A time in seconds since the epoch. NaN, infinite and negative times
/// are the epoch; times past what the system clock can hold are a
/// `RangeError` (never a panic in the float or clock arithmetic).
fn seconds(ctx: &mut Context, v: &JsValue) -> JsResult<SystemTime> {
    let secs = v.to_number(ctx)?;
    let secs = if secs.is_finite() && secs > 0.0 {
        secs
    } else {
        0.0
    };
    Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|d| SystemTime::UNIX_EPOCH.checked_add(d))
        .ok_or_else(|| crate::errors::range_error(format!("time {secs} is out of range")))
}

/// `utimes(path, atime, mtime, [cb])`, times in seconds.
fn utimes(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let times = fs::FileTimes::new()
        .set_accessed(seconds(ctx, &args::arg(a, 1))?)
        .set_modified(seconds(ctx, &args::arg(a, 2))?);
    checked_op(ctx, a, ("utime", Need::Write), move |p| {
        File::options()
            .read(true)
            .open(p)
            .or_else(|_| File::options().write(true).open(p))?
            .set_times(times)
    })
}

// ---- descriptor metadata -----------------------------------------------------

/// `(fd, …, [cb])` operations on a borrowed descriptor.
fn fd_op<T: Send + 'static>(
    ctx: &mut Context,
    a: &[JsValue],
    syscall: &'static str,
    op: impl FnOnce(&File) -> std::io::Result<T> + Send + 'static,
    to_js: ToJs<T>,
) -> JsResult<JsValue> {
    let fd = fd_arg(a, 0)?;
    dispatch(
        ctx,
        a,
        move || io(op(&*borrowed(fd)?), syscall, None),
        to_js,
    )
}

fn ftruncate(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let len = args::arg(a, 1).to_index(ctx).unwrap_or(0);
    fd_op(ctx, a, "ftruncate", move |f| f.set_len(len), nothing)
}

/// `truncate(path, len, [cb])`.
fn truncate(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let len = args::arg(a, 1).to_index(ctx).unwrap_or(0);
    checked_op(ctx, a, ("open", Need::Write), move |p| {
        File::options().write(true).open(p)?.set_len(len)
    })
}

fn fchmod(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mode = mode_arg(ctx, a, 1, 0o666)?;
    fd_op(
        ctx,
        a,
        "fchmod",
        move |f| f.set_permissions(fs::Permissions::from_mode(mode)),
        nothing,
    )
}

fn fchown(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (uid, gid) = ids(ctx, a)?;
    fd_op(
        ctx,
        a,
        "fchown",
        move |f| std::os::unix::fs::fchown(f, Some(uid), Some(gid)),
        nothing,
    )
}

fn futimes(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let times = fs::FileTimes::new()
        .set_accessed(seconds(ctx, &args::arg(a, 1))?)
        .set_modified(seconds(ctx, &args::arg(a, 2))?);
    fd_op(ctx, a, "futime", move |f| f.set_times(times), nothing)
}

fn fsync(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    fd_op(ctx, a, "fsync", File::sync_all, nothing)
}

fn fdatasync(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    fd_op(ctx, a, "fdatasync", File::sync_data, nothing)
}

// ---- stat ----------------------------------------------------------------------

fn stat(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(ctx, a, ("stat", Need::Read), |p| fs::metadata(p), stats)
}

fn lstat(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    path_op(
        ctx,
        a,
        ("lstat", Need::ReadLink),
        |p| fs::symlink_metadata(p),
        stats,
    )
}

fn fstat(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    fd_op(ctx, a, "fstat", File::metadata, stats)
}

/// An `fs.Stats` object: the numeric fields and three Dates.
fn stats(m: fs::Metadata, ctx: &mut Context) -> JsResult<JsValue> {
    let obj = crate::host::new_object(ctx);
    if let Some(StatsClass(prototype)) = ctx.get_data::<StatsClass>() {
        obj.set_prototype(Some(prototype.clone()));
    }
    let fields: [(&str, f64); 10] = [
        ("dev", m.dev() as f64),
        ("ino", m.ino() as f64),
        ("mode", f64::from(m.mode())),
        ("nlink", m.nlink() as f64),
        ("uid", f64::from(m.uid())),
        ("gid", f64::from(m.gid())),
        ("rdev", m.rdev() as f64),
        ("size", m.size() as f64),
        ("blksize", m.blksize() as f64),
        ("blocks", m.blocks() as f64),
    ];
    for (key, value) in fields {
        crate::host::put(ctx, &obj, key, value);
    }
    let date = ctx.intrinsics().constructors().date().constructor();
    let times = [
        (
            "atime",
            m.atime() as f64 * 1000.0 + m.atime_nsec() as f64 / 1e6,
        ),
        (
            "mtime",
            m.mtime() as f64 * 1000.0 + m.mtime_nsec() as f64 / 1e6,
        ),
        (
            "ctime",
            m.ctime() as f64 * 1000.0 + m.ctime_nsec() as f64 / 1e6,
        ),
    ];
    for (key, ms) in times {
        let value = date.construct(&[JsValue::from(ms.floor())], None, ctx)?;
        crate::host::put(ctx, &obj, key, value);
    }
    Ok(obj.into())
}
