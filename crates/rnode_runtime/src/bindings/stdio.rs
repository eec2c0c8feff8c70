//! `process.binding('stdio')`: synchronous writes to the standard streams
//! (nothing accepted is ever lost at exit) and terminal checks.

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use boa_engine::{Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::errors::OsError;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("writeSync", write_sync, 2),
            ("isatty", isatty, 1),
            ("readStart", read_start, 2),
            ("setReading", set_reading, 1),
        ],
    )
}

/// What the stdin reader thread sends: bytes, or the end.
enum Chunk {
    Data(Vec<u8>),
    End,
    Error(OsError),
}

thread_local! {
    static STDIN: std::cell::RefCell<Option<crate::event_loop::Completer>> = const { std::cell::RefCell::new(None) };
}

/// `readStart(fd, onChunk)`: reads the descriptor on the reactor's blocking
/// pool until EOF; `onChunk(buffer)` gets each chunk as a Buffer, then
/// `onChunk(null)` at the end, or `onChunk(null, err)`. Reading keeps the
/// process alive until EOF.
fn read_start(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(ctx, a)?;
    let on_chunk = args::function(a, 1, "onChunk")?;
    let lp = crate::event_loop::EventLoop::of(ctx)?;
    let handle_lp = lp.clone();
    let handler = std::rc::Rc::new(
        move |payload: crate::event_loop::Payload, ctx: &mut Context| {
            let Ok(chunk) = payload.downcast::<Chunk>() else {
                return Ok(());
            };
            let args: Vec<JsValue> = match *chunk {
                Chunk::Data(bytes) => vec![super::buffer::new_buffer(ctx, &bytes)?.into()],
                Chunk::End => {
                    STDIN.with(|s| s.borrow_mut().take().map(|c| handle_lp.close_handle(&c)));
                    vec![JsValue::null()]
                }
                Chunk::Error(err) => {
                    STDIN.with(|s| s.borrow_mut().take().map(|c| handle_lp.close_handle(&c)));
                    {
                        let err = err.into_js(ctx);
                        vec![JsValue::null(), crate::report::error_value(ctx, err)]
                    }
                }
            };
            on_chunk.call(&JsValue::undefined(), &args, ctx).map(drop)
        },
    );
    let completer = lp.open_handle(handler, true);
    STDIN.with(|s| *s.borrow_mut() = Some(completer.clone()));
    crate::rt::spawn_blocking(move || read_loop(fd, &completer));
    Ok(JsValue::undefined())
}

/// `setReading(on)`: whether pending stdin input keeps the process alive
/// (a paused stdin does not).
fn set_reading(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let lp = crate::event_loop::EventLoop::of(ctx)?;
    let on = args::arg(a, 0).to_boolean();
    STDIN.with(|s| s.borrow().as_ref().map(|c| lp.set_handle_ref(c, on)));
    Ok(JsValue::undefined())
}

fn read_loop(fd: i32, completer: &crate::event_loop::Completer) {
    use std::io::Read;
    // SAFETY: as in write_all, the File is never dropped.
    let mut file = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match file.read(&mut buf) {
            Ok(0) => {
                completer.send(Chunk::End);
                return;
            }
            Ok(n) => completer.send(Chunk::Data(buf[..n].to_vec())),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                completer.send(Chunk::Error(OsError::from_io(&e, "read", None)));
                return;
            }
        }
    }
}

/// `writeSync(fd, data)`: writes all of a string (as UTF-8) or a Buffer,
/// retrying short writes.
fn write_sync(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(ctx, a)?;
    let data = args::arg(a, 1);
    let sink = crate::embed::captured(ctx, fd);
    let write = |bytes: &[u8]| match &sink {
        Some(sink) => {
            sink.write(bytes);
            Ok(())
        }
        None => write_all(fd, bytes),
    };
    let result = if data.is_object() {
        super::buffer::with_bytes(ctx, &data, |bytes| write(bytes))?
    } else {
        let text = data.to_string(ctx)?.to_std_string_lossy();
        write(text.as_bytes())
    };
    result.map_err(|e| OsError::from_io(&e, "write", None).into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// Writes to a descriptor we do not own (it stays open afterwards).
pub fn write_all(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    // SAFETY: the File is never dropped, so the descriptor is not closed;
    // a bad descriptor only makes write() fail with EBADF.
    let mut file = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.write_all(bytes)
}

/// A descriptor argument: a negative one is EBADF here, before std's
/// `from_raw_fd` (which asserts it is not -1) ever sees it.
fn fd_arg(ctx: &mut Context, a: &[JsValue]) -> JsResult<i32> {
    let fd = args::int(a, 0, "fd")?;
    if fd < 0 || crate::rt::is_runtime_fd(fd) {
        return Err(crate::errors::OsError::new(libc::EBADF, "write", None).into_js(ctx));
    }
    Ok(fd)
}

fn isatty(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = args::int(a, 0, "fd")?;
    if crate::embed::captured(ctx, fd).is_some_and(|sink| !sink.may_be_tty()) {
        return Ok(JsValue::from(false));
    }
    // SAFETY: isatty only inspects the descriptor.
    Ok(JsValue::from(unsafe { libc::isatty(fd) } == 1))
}
