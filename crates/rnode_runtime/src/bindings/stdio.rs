//! `process.binding('stdio')`: synchronous writes to the standard streams
//! (nothing accepted is ever lost at exit) and terminal checks.

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

use boa_engine::{Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::errors::OsError;

pub fn binding(ctx: &mut Context) -> JsObject {
    super::object_with(
        ctx,
        &[
            ("writeSync", write_sync, 2),
            ("isatty", isatty, 1),
            ("readStart", read_start, 2),
            ("setReading", set_reading, 1),
        ],
    )
}

/// What the stdin reader thread sends: text decoded so far, or the end.
enum Chunk {
    Data(String),
    End,
    Error(OsError),
}

thread_local! {
    static STDIN: std::cell::RefCell<Option<crate::event_loop::Completer>> = const { std::cell::RefCell::new(None) };
}

/// `readStart(fd, onChunk)`: reads the descriptor on the reactor's blocking
/// pool until EOF; `onChunk(text)` gets each chunk as UTF-8 text (characters
/// split across reads are held back), then `onChunk(null)` at the end, or
/// `onChunk(null, err)`. Reading keeps the process alive until EOF.
fn read_start(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = args::int(a, 0, "fd")?;
    let on_chunk = args::function(a, 1, "onChunk")?;
    let lp = crate::event_loop::EventLoop::of(ctx)?;
    let handle_lp = lp.clone();
    let handler = std::rc::Rc::new(
        move |payload: crate::event_loop::Payload, ctx: &mut Context| {
            let Ok(chunk) = payload.downcast::<Chunk>() else {
                return Ok(());
            };
            let args: Vec<JsValue> = match *chunk {
                Chunk::Data(text) => vec![boa_engine::js_string!(text).into()],
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
    let mut carry: Vec<u8> = Vec::new();
    loop {
        match file.read(&mut buf) {
            Ok(0) => {
                if !carry.is_empty() {
                    completer.send(Chunk::Data(String::from_utf8_lossy(&carry).into_owned()));
                }
                completer.send(Chunk::End);
                return;
            }
            Ok(n) => {
                carry.extend_from_slice(&buf[..n]);
                let keep = incomplete_utf8_tail(&carry);
                let rest = carry.split_off(carry.len() - keep);
                completer.send(Chunk::Data(String::from_utf8_lossy(&carry).into_owned()));
                carry = rest;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                completer.send(Chunk::Error(OsError::from_io(&e, "read", None)));
                return;
            }
        }
    }
}

/// How many bytes at the end of `bytes` start a UTF-8 character that is
/// not complete yet.
fn incomplete_utf8_tail(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let b = bytes[bytes.len() - back];
        if b & 0xC0 != 0x80 {
            let need = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            return if need > back { back } else { 0 };
        }
    }
    0
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::incomplete_utf8_tail;

    #[test]
    fn holds_back_split_characters() {
        assert_eq!(incomplete_utf8_tail(b"abc"), 0);
        assert_eq!(incomplete_utf8_tail("é".as_bytes()), 0);
        assert_eq!(incomplete_utf8_tail(&"é".as_bytes()[..1]), 1);
        assert_eq!(incomplete_utf8_tail(&"€".as_bytes()[..2]), 2);
        assert_eq!(incomplete_utf8_tail(&"😀".as_bytes()[..3]), 3);
    }
}
