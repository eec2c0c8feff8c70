//! `write()` and `end()`: the head if it is still due, then the body (a
//! chunk when chunked; for `end` the last chunk too) in one write, straight
//! to the socket when the message owns it; `end` then finishes the message.

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use super::fields::{self, flag, set_flag};
use super::{emit, this_object, truthy};
use crate::args;
use crate::bindings::{buffer, net};
use crate::host::call_method;

/// `msg.end([data], [encoding])`: the head if not sent yet, the body (as
/// the last chunk when chunked) and the end, in one write.
pub(super) fn end(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let msg = this_object(this)?;
    if flag(ctx, &msg, &fields::FINISHED)? {
        return Ok(JsValue::from(false));
    }
    let mut data = args::arg(a, 0);
    let encoding = args::arg(a, 1);
    if fields::text(ctx, &msg, &fields::HEADER)?.is_empty() {
        implicit_header(ctx, &msg, &data, &encoding)?;
    }
    let has_body = flag(ctx, &msg, &fields::HAS_BODY)?;
    if !has_body || !data.to_boolean() {
        data = JsValue::undefined();
    }
    let body = if data.is_undefined() {
        Vec::new()
    } else {
        buffer::chunk_bytes(ctx, &data, &encoding)?
    };
    let chunked = has_body && flag(ctx, &msg, &fields::CHUNKED)?;
    let (mut out, head_due) = next_bytes(ctx, &msg, &body, chunked)?;
    if chunked {
        let trailer = fields::text(ctx, &msg, &fields::TRAILER)?;
        out.extend_from_slice(b"0\r\n");
        out.extend_from_slice(&buffer::binary_bytes(&trailer));
        out.extend_from_slice(b"\r\n");
    }
    // Written straight to the socket (the usual case), the message is done
    // at once; through `_writeRaw` it may wait behind earlier output.
    let mut direct = false;
    let ret = if out.is_empty() {
        JsValue::undefined()
    } else {
        if head_due {
            set_flag(&msg, &fields::HEADER_SENT, true);
        }
        let (flushed, wrote_direct) = write_out(ctx, &msg, &out)?;
        direct = wrote_direct;
        JsValue::from(flushed)
    };
    set_flag(&msg, &fields::FINISHED, true);
    set_flag(&msg, &fields::WRITABLE, false);
    if direct || (output_len(ctx, &msg)? == 0 && is_current(ctx, &msg)?.is_some()) {
        finish_message(ctx, &msg)?;
    }
    Ok(ret)
}

/// `msg.write(chunk, [encoding])` → whether it all reached the kernel. An
/// empty chunk sends nothing (false); a message without a body takes none
/// (true).
pub(super) fn write(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let msg = this_object(this)?;
    if fields::text(ctx, &msg, &fields::HEADER)?.is_empty() {
        call_method(ctx, &msg, js_string!("_implicitHeader"), &[])?;
    }
    if !flag(ctx, &msg, &fields::HAS_BODY)? {
        return Ok(JsValue::from(true));
    }
    let body = buffer::chunk_bytes(ctx, &args::arg(a, 0), &args::arg(a, 1))?;
    if body.is_empty() {
        return Ok(JsValue::from(false));
    }
    let chunked = flag(ctx, &msg, &fields::CHUNKED)?;
    let (out, head_due) = next_bytes(ctx, &msg, &body, chunked)?;
    if head_due {
        set_flag(&msg, &fields::HEADER_SENT, true);
    }
    Ok(JsValue::from(write_out(ctx, &msg, &out)?.0))
}

/// What goes out next: the head if it has not been sent (and whether it
/// was), then `body`, framed as a chunk when the message is chunked.
fn next_bytes(
    ctx: &mut Context,
    msg: &JsObject,
    body: &[u8],
    chunked: bool,
) -> JsResult<(Vec<u8>, bool)> {
    let head_due = !flag(ctx, msg, &fields::HEADER_SENT)?;
    let mut out = if head_due {
        let head = fields::text(ctx, msg, &fields::HEADER)?;
        buffer::binary_bytes(&head)
    } else {
        Vec::new()
    };
    if chunked && !body.is_empty() {
        out.extend_from_slice(format!("{:x}\r\n", body.len()).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\r\n");
    } else {
        out.extend_from_slice(body);
    }
    Ok((out, head_due))
}

/// `msg._finish()`: the message is all written.
pub(super) fn finish(this: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    finish_message(ctx, &this_object(this)?)?;
    Ok(JsValue::undefined())
}

/// A written response lets the next pipelined one write; then 'finish'.
pub(super) fn finish_message(ctx: &mut Context, msg: &JsObject) -> JsResult<()> {
    // Only a response made by `server_response` has a connection.
    if let Some(parser) = fields::parser(msg) {
        super::server::response_done(ctx, parser, msg)?;
    }
    emit(ctx, msg, js_string!("finish"), &[])
}

/// The head `end` sends when none was written: with a Content-Length for
/// the whole body when none was set.
fn implicit_header(
    ctx: &mut Context,
    msg: &JsObject,
    data: &JsValue,
    encoding: &JsValue,
) -> JsResult<()> {
    if data.to_boolean() && flag(ctx, msg, &fields::HAS_BODY)? {
        // `_headers` not made yet holds no headers.
        let stored = fields::own(ctx, msg, &js_string!("_headers"))?.unwrap_or_default();
        let framed = match stored.as_object() {
            Some(h) => {
                !h.get(js_string!("content-length"), ctx)?.is_undefined()
                    || !h.get(js_string!("transfer-encoding"), ctx)?.is_undefined()
            }
            None => false,
        };
        if !framed {
            let len = buffer::chunk_bytes(ctx, data, encoding)?.len();
            call_method(
                ctx,
                msg,
                js_string!("setHeader"),
                &[
                    js_string!("Content-Length").into(),
                    JsValue::from(len as f64),
                ],
            )?;
        }
    }
    call_method(ctx, msg, js_string!("_implicitHeader"), &[]).map(drop)
}

fn output_len(ctx: &mut Context, msg: &JsObject) -> JsResult<u64> {
    // `output` is made on first use (null on the prototype).
    let output = fields::own(ctx, msg, &js_string!("output"))?.unwrap_or_default();
    match output.as_object() {
        Some(output) => output.get(js_string!("length"), ctx)?.to_length(ctx),
        None => Ok(0),
    }
}

/// The message's socket, when the message is the one writing on it.
fn is_current(ctx: &mut Context, msg: &JsObject) -> JsResult<Option<JsObject>> {
    let connection = fields::value(ctx, msg, &fields::CONNECTION)?;
    let Some(socket) = connection.as_object() else {
        return Ok(None);
    };
    let current = socket.get(js_string!("_httpMessage"), ctx)?;
    Ok(match current.as_object() {
        Some(current) if JsObject::equals(&current, msg) => Some(socket),
        _ => None,
    })
}

/// Sends `bytes`: straight to the socket's descriptor when this message
/// owns a connected socket with nothing queued before it, else through
/// the JS `_writeRaw` (which queues until the socket is ready). Returns
/// whether it all reached the kernel, and whether it went straight.
fn write_out(ctx: &mut Context, msg: &JsObject, bytes: &[u8]) -> JsResult<(bool, bool)> {
    if output_len(ctx, msg)? == 0 {
        if let Some(socket) = is_current(ctx, msg)? {
            let handle = socket.get(js_string!("_handle"), ctx)?;
            if let Some(handle) = handle.as_number() {
                if truthy(ctx, &socket, js_string!("writable"))? {
                    return Ok((write_socket(ctx, &socket, handle as u32, bytes)?, true));
                }
            }
        }
    }
    let buffer = buffer::new_buffer(ctx, bytes)?;
    let ret = call_method(ctx, msg, js_string!("_writeRaw"), &[buffer.into()])?;
    Ok((ret.to_boolean(), false))
}

/// What `socket.write(buffer)` does, without the JS: the bytes (net counts
/// them for `bytesWritten`), and `destroy(err)` when the write fails.
fn write_socket(ctx: &mut Context, socket: &JsObject, handle: u32, bytes: &[u8]) -> JsResult<bool> {
    match net::write_bytes(handle, bytes) {
        Ok(queued) => Ok(queued == 0),
        Err(err) => {
            let err = err.into_js(ctx);
            let value = crate::report::error_value(ctx, err);
            call_method(ctx, socket, js_string!("destroy"), &[value])?;
            Ok(false)
        }
    }
}
