//! `process.binding('stdio')`: synchronous writes to the standard streams
//! (nothing accepted is ever lost at exit) and terminal checks.

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use boa_engine::{Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::errors::OsError;

pub fn binding(ctx: &mut Context) -> JsObject {
    super::object_with(ctx, &[("writeSync", write_sync, 2), ("isatty", isatty, 1)])
}

/// `writeSync(fd, string)`: writes all of it, retrying short writes.
fn write_sync(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = args::int(a, 0, "fd")?;
    let text = args::to_string(ctx, a, 1)?;
    write_all(fd, text.as_bytes()).map_err(|e| OsError::from_io(&e, "write", None).into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// Writes to a descriptor we do not own (it stays open afterwards).
pub fn write_all(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    // SAFETY: the File is never dropped, so the descriptor is not closed;
    // a bad descriptor only makes write() fail with EBADF.
    let mut file = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.write_all(bytes)
}

fn isatty(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let fd = args::int(a, 0, "fd")?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(JsValue::from(unsafe { libc::isatty(fd) } == 1))
}
