//! `process.binding('http')`: the per-message work of `js/http.js` (the
//! manual's "HTTP" section, ServerResponse and ClientRequest) done
//! natively, because it runs for every request: building the request and
//! response objects, rendering a message head (`_storeHeader`,
//! `writeHead`) and `end`, which sends head, body and last chunk in one
//! write straight to the socket.
//!
//! The objects stay ordinary JS objects whose prototypes `js/http.js`
//! defines, so everything else about them (events, `write`, `setHeader`,
//! overriding a method) is plain JS.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use boa_engine::property::PropertyKey;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

use crate::args;
use crate::errors::type_error;

pub fn binding(ctx: &mut Context) -> JsObject {
    super::object_with(
        ctx,
        &[
            ("setup", setup, 3),
            ("storeHeader", store_header, 2),
            ("writeHead", write_head, 3),
            ("end", end, 2),
            ("finish", finish, 0),
            ("pendingResponses", pending_responses, 1),
        ],
    )
}

/// What `js/http.js` registers once: the status texts and the prototypes
/// of the objects made here.
struct Classes {
    status_codes: JsObject,
    incoming: JsObject,
    response: JsObject,
}

/// `setup(STATUS_CODES, IncomingMessage.prototype, ServerResponse.prototype)`.
fn setup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let classes = Classes {
        status_codes: args::object(a, 0, "STATUS_CODES")?,
        incoming: args::object(a, 1, "IncomingMessage.prototype")?,
        response: args::object(a, 2, "ServerResponse.prototype")?,
    };
    ctx.insert_data(classes);
    Ok(JsValue::undefined())
}

fn classes(ctx: &Context) -> JsResult<(JsObject, JsObject)> {
    ctx.get_data::<Classes>()
        .map(|c| (c.incoming.clone(), c.response.clone()))
        .ok_or_else(|| type_error("http binding used before setup"))
}

/// A new IncomingMessage (ServerRequest or ClientResponse) on `socket`.
pub fn incoming(
    ctx: &mut Context,
    socket: &JsValue,
    version_minor: u8,
    headers: JsValue,
) -> JsResult<JsObject> {
    let (proto, _) = classes(ctx)?;
    let msg = super::object_with_proto(ctx, proto);
    super::init(&msg, js_string!("socket"), socket.clone());
    super::init(&msg, js_string!("connection"), socket.clone());
    super::init(&msg, js_string!("headers"), headers);
    let trailers = super::new_object(ctx);
    super::init(&msg, js_string!("trailers"), trailers);
    // HTTP/1.1 is the prototype's default.
    if version_minor != 1 {
        super::init(
            &msg,
            js_string!("httpVersionMinor"),
            u32::from(version_minor),
        );
        let version = format!("1.{version_minor}");
        super::init(
            &msg,
            js_string!("httpVersion"),
            js_string!(version.as_str()),
        );
    }
    Ok(msg)
}

/// Facts about a request that shape its response.
pub struct RequestFacts {
    pub head: bool,
    pub version_minor: u8,
    pub keep_alive: bool,
}

/// A new ServerResponse for a request on `conn` (js/http.js's
/// ServerConnection); the defaults (statusCode 200…) are on the prototype.
pub fn server_response(
    ctx: &mut Context,
    at: &ServerConn<'_>,
    facts: &RequestFacts,
) -> JsResult<JsObject> {
    let (_, proto) = classes(ctx)?;
    let res = super::object_with_proto(ctx, proto);
    let headers = super::new_object(ctx);
    super::init(&res, js_string!("_headers"), headers);
    super::init(&res, js_string!("connection"), at.socket.clone());
    super::init(&res, js_string!("_parser"), at.parser);
    if facts.head {
        super::init(&res, js_string!("_hasBody"), false);
    }
    if facts.version_minor == 0 {
        super::init(&res, js_string!("useChunkedEncodingByDefault"), false);
    }
    if facts.version_minor == 0 || !facts.keep_alive {
        super::init(&res, js_string!("shouldKeepAlive"), false);
    }
    Ok(res)
}

// ---- heads ---------------------------------------------------------------------

/// The headers a head is rendered from.
enum Headers {
    /// `{ name: value }`; an array value repeats the header.
    Object(JsObject),
    /// `[[name, value], …]`.
    Pairs(JsObject),
    /// Those set with `setHeader` (`_headers`, names in `_headerNames`).
    Stored,
}

impl Headers {
    fn of(value: &JsValue) -> Self {
        match value.as_object() {
            Some(obj) if obj.is_array() => Headers::Pairs(obj),
            Some(obj) => Headers::Object(obj),
            None => Headers::Stored,
        }
    }
}

/// Which of the headers that decide framing were given.
#[derive(Default)]
struct Seen {
    connection: bool,
    content_length: bool,
    transfer_encoding: bool,
}

/// A head being rendered, and what its headers said.
struct Head<'a> {
    msg: &'a JsObject,
    text: String,
    seen: Seen,
    keep_alive: Option<bool>,
    chunked: bool,
}

impl Head<'_> {
    fn add(&mut self, ctx: &mut Context, name: &JsValue, value: &JsValue) -> JsResult<()> {
        if let Some(list) = value.as_object().filter(JsObject::is_array) {
            let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
            for i in 0..len {
                let item = list.get(i, ctx)?;
                self.add(ctx, name, &item)?;
            }
            return Ok(());
        }
        let name = name.to_string(ctx)?.to_std_string_escaped();
        let value = value.to_string(ctx)?.to_std_string_escaped();
        if name.eq_ignore_ascii_case("connection") {
            self.seen.connection = true;
            if contains_ignore_case(&value, "close") {
                self.keep_alive = Some(false);
            } else if contains_ignore_case(&value, "keep-alive") {
                self.keep_alive = Some(true);
            }
        } else if name.eq_ignore_ascii_case("content-length") {
            self.seen.content_length = true;
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            self.seen.transfer_encoding = true;
            self.chunked |= contains_ignore_case(&value, "chunked");
        }
        self.text.push_str(&name);
        self.text.push_str(": ");
        self.text.push_str(&value);
        self.text.push_str("\r\n");
        Ok(())
    }

    fn add_all(&mut self, ctx: &mut Context, headers: Headers) -> JsResult<()> {
        match headers {
            Headers::Pairs(list) => {
                let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
                for i in 0..len {
                    let pair = list.get(i, ctx)?;
                    let (name, value) = match pair.as_object() {
                        Some(pair) => (pair.get(0, ctx)?, pair.get(1, ctx)?),
                        None => (JsValue::undefined(), JsValue::undefined()),
                    };
                    self.add(ctx, &name, &value)?;
                }
            }
            Headers::Object(obj) => {
                for key in string_keys(ctx, &obj)? {
                    let value = obj.get(key.clone(), ctx)?;
                    self.add(ctx, &key_value(&key), &value)?;
                }
            }
            Headers::Stored => {
                let stored = self.msg.get(js_string!("_headers"), ctx)?;
                let names = self.msg.get(js_string!("_headerNames"), ctx)?;
                let (Some(stored), Some(names)) = (stored.as_object(), names.as_object()) else {
                    return Ok(());
                };
                for key in string_keys(ctx, &stored)? {
                    let value = stored.get(key.clone(), ctx)?;
                    let name = names.get(key.clone(), ctx)?;
                    let name = if name.is_undefined() {
                        key_value(&key)
                    } else {
                        name
                    };
                    self.add(ctx, &name, &value)?;
                }
            }
        }
        Ok(())
    }
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack.to_ascii_lowercase().contains(needle)
}

/// An object's own string keys, in property order.
fn string_keys(ctx: &mut Context, obj: &JsObject) -> JsResult<Vec<PropertyKey>> {
    Ok(obj
        .own_property_keys(ctx)?
        .into_iter()
        .filter(|k| !matches!(k, PropertyKey::Symbol(_)))
        .collect())
}

fn key_value(key: &PropertyKey) -> JsValue {
    match key {
        PropertyKey::String(s) => s.clone().into(),
        PropertyKey::Index(i) => JsValue::from(i.get()),
        PropertyKey::Symbol(_) => JsValue::undefined(),
    }
}

fn flag(ctx: &mut Context, obj: &JsObject, key: JsString) -> JsResult<bool> {
    Ok(obj.get(key, ctx)?.to_boolean())
}

/// Renders `first_line` and `headers` as the message's head (`_header`),
/// adding Connection and Transfer-Encoding as the body and the peer need:
/// chunked when no length is given (and chunking is the default), a
/// response with neither ends at connection close.
fn render_head(
    ctx: &mut Context,
    msg: &JsObject,
    first_line: &str,
    headers: Headers,
    is_response: bool,
) -> JsResult<()> {
    let mut head = Head {
        msg,
        text: format!("{first_line}\r\n"),
        seen: Seen::default(),
        keep_alive: None,
        chunked: false,
    };
    head.add_all(ctx, headers)?;
    let was_keep_alive = flag(ctx, msg, js_string!("shouldKeepAlive"))?;
    let mut keep_alive = head.keep_alive.unwrap_or(was_keep_alive);
    let chunked_default = flag(ctx, msg, js_string!("useChunkedEncodingByDefault"))?;
    let has_body = flag(ctx, msg, js_string!("_hasBody"))?;
    if !head.seen.connection {
        if keep_alive && (head.seen.content_length || chunked_default) {
            head.text.push_str("Connection: keep-alive\r\n");
        } else {
            keep_alive = false;
            head.text.push_str("Connection: close\r\n");
        }
    }
    let mut chunked = head.chunked;
    if !head.seen.content_length && !head.seen.transfer_encoding && has_body {
        if chunked_default {
            head.text.push_str("Transfer-Encoding: chunked\r\n");
            chunked = true;
        } else if is_response {
            // A response body with no length runs until the connection closes.
            keep_alive = false;
        }
    }
    head.text.push_str("\r\n");
    // Each property written costs: only what differs from the defaults
    // (`_headerSent` is still false: a head is rendered before it is sent).
    super::init(msg, js_string!("_header"), js_string!(head.text.as_str()));
    if chunked {
        super::init(msg, js_string!("chunkedEncoding"), true);
    }
    if keep_alive != was_keep_alive {
        super::init(msg, js_string!("shouldKeepAlive"), keep_alive);
    }
    Ok(())
}

/// `msg._storeHeader(firstLine, [headers])`: a ClientRequest's head; no
/// headers means the ones set with `setHeader`.
fn store_header(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let msg = this_object(this)?;
    let first_line = args::to_string(ctx, a, 0)?;
    render_head(ctx, &msg, &first_line, Headers::of(&args::arg(a, 1)), false)?;
    Ok(JsValue::undefined())
}

fn this_object(this: &JsValue) -> JsResult<JsObject> {
    this.as_object()
        .ok_or_else(|| type_error("not an http message"))
}

/// `res.writeHead(statusCode, [reasonPhrase], [headers])`.
fn write_head(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let res = this_object(this)?;
    let status = args::arg(a, 0);
    let (reason, headers) = match a.get(1).and_then(JsValue::as_string) {
        Some(reason) => (reason.to_std_string_escaped(), args::arg(a, 2)),
        None => (status_text(ctx, &status)?, args::arg(a, 1)),
    };
    super::init(&res, js_string!("statusCode"), status.clone());
    let headers = merged_headers(ctx, &res, &headers)?;
    let code = status.as_number().unwrap_or(0.0);
    if code == 204.0 || code == 304.0 || (100.0..200.0).contains(&code) {
        super::init(&res, js_string!("_hasBody"), false);
    }
    if flag(ctx, &res, js_string!("_expectContinue"))? && !flag(ctx, &res, js_string!("_sent100"))?
    {
        super::init(&res, js_string!("shouldKeepAlive"), false);
    }
    let status = status.to_string(ctx)?.to_std_string_escaped();
    let first_line = format!("HTTP/1.1 {status} {reason}");
    render_head(ctx, &res, &first_line, headers, true)?;
    Ok(JsValue::undefined())
}

/// `STATUS_CODES[code]`, or 'unknown'.
fn status_text(ctx: &mut Context, status: &JsValue) -> JsResult<String> {
    let table = ctx.get_data::<Classes>().map(|c| c.status_codes.clone());
    let text = match table {
        Some(table) => table.get(status.to_property_key(ctx)?, ctx)?,
        None => JsValue::undefined(),
    };
    Ok(match text.as_string() {
        Some(text) if !text.is_empty() => text.to_std_string_escaped(),
        _ => "unknown".to_owned(),
    })
}

/// writeHead's headers: those given, after any set with `setHeader`.
fn merged_headers(ctx: &mut Context, res: &JsObject, given: &JsValue) -> JsResult<Headers> {
    let Some(given) = given.as_object() else {
        return Ok(Headers::Stored);
    };
    if given.is_array() {
        return Ok(Headers::Pairs(given));
    }
    let stored = res.get(js_string!("_headers"), ctx)?;
    let stored = match stored.as_object() {
        Some(stored) if !string_keys(ctx, &stored)?.is_empty() => stored,
        _ => return Ok(Headers::Object(given)),
    };
    let names = res.get(js_string!("_headerNames"), ctx)?;
    let merged = super::new_object(ctx);
    for key in string_keys(ctx, &stored)? {
        let value = stored.get(key.clone(), ctx)?;
        let name = match names.as_object() {
            Some(names) => names.get(key.clone(), ctx)?,
            None => JsValue::undefined(),
        };
        let name = if name.is_undefined() {
            key_value(&key)
        } else {
            name
        };
        merged.set(name.to_property_key(ctx)?, value, false, ctx)?;
    }
    for key in string_keys(ctx, &given)? {
        let value = given.get(key.clone(), ctx)?;
        merged.set(key, value, false, ctx)?;
    }
    Ok(Headers::Object(merged))
}

// ---- end --------------------------------------------------------------------------

fn call_method(
    ctx: &mut Context,
    obj: &JsObject,
    name: JsString,
    args: &[JsValue],
) -> JsResult<JsValue> {
    let f = obj.get(name, ctx)?;
    match f.as_callable() {
        Some(f) => f.call(&obj.clone().into(), args, ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// `msg.end([data], [encoding])`: the head if not sent yet, the body (as
/// the last chunk when chunked) and the end, in one write.
fn end(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let msg = this_object(this)?;
    if flag(ctx, &msg, js_string!("finished"))? {
        return Ok(JsValue::from(false));
    }
    let mut data = args::arg(a, 0);
    let encoding = args::arg(a, 1);
    let mut head = msg.get(js_string!("_header"), ctx)?;
    if !head.to_boolean() {
        implicit_header(ctx, &msg, &data, &encoding)?;
        head = msg.get(js_string!("_header"), ctx)?;
    }
    let has_body = flag(ctx, &msg, js_string!("_hasBody"))?;
    if !has_body || !data.to_boolean() {
        data = JsValue::undefined();
    }
    let header_sent = flag(ctx, &msg, js_string!("_headerSent"))?;
    let mut out = if header_sent {
        Vec::new()
    } else {
        super::buffer::binary_bytes(&head.to_string(ctx)?)
    };
    let body = if data.is_undefined() {
        Vec::new()
    } else {
        super::buffer::chunk_bytes(ctx, &data, &encoding)?
    };
    if has_body && flag(ctx, &msg, js_string!("chunkedEncoding"))? {
        if !body.is_empty() {
            out.extend_from_slice(format!("{:x}\r\n", body.len()).as_bytes());
            out.extend_from_slice(&body);
            out.extend_from_slice(b"\r\n");
        }
        let trailer = msg.get(js_string!("_trailer"), ctx)?.to_string(ctx)?;
        out.extend_from_slice(b"0\r\n");
        out.extend_from_slice(&super::buffer::binary_bytes(&trailer));
        out.extend_from_slice(b"\r\n");
    } else {
        out.extend_from_slice(&body);
    }
    // Written straight to the socket (the usual case), the message is done
    // at once; through `_writeRaw` it may wait behind earlier output.
    let mut direct = false;
    let ret = if out.is_empty() {
        JsValue::undefined()
    } else {
        if !header_sent {
            super::init(&msg, js_string!("_headerSent"), true);
        }
        let (flushed, wrote_direct) = write_out(ctx, &msg, &out)?;
        direct = wrote_direct;
        JsValue::from(flushed)
    };
    super::init(&msg, js_string!("finished"), true);
    super::init(&msg, js_string!("writable"), false);
    if direct || (output_len(ctx, &msg)? == 0 && is_current(ctx, &msg)?.is_some()) {
        finish_message(ctx, &msg)?;
    }
    Ok(ret)
}

/// `msg._finish()`: the message is all written.
fn finish(this: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    finish_message(ctx, &this_object(this)?)?;
    Ok(JsValue::undefined())
}

/// A written response lets the next pipelined one write; then 'finish'.
fn finish_message(ctx: &mut Context, msg: &JsObject) -> JsResult<()> {
    // `_parser`: the connection of a response made by `server_response`.
    if let Some(parser) = msg.get(js_string!("_parser"), ctx)?.as_number() {
        response_done(ctx, parser as u32, msg)?;
    }
    emit(ctx, msg, js_string!("finish"), &[])
}

/// `emitter.emit(name, args…)`.
fn emit(ctx: &mut Context, emitter: &JsObject, name: JsString, args: &[JsValue]) -> JsResult<()> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(JsValue::from(name));
    all.extend_from_slice(args);
    super::events::emit(&emitter.clone().into(), &all, ctx).map(drop)
}

/// A server connection's responses in request order (pipelining: only the
/// first may write), with the objects finishing one needs.
struct Queue {
    /// js/http.js's ServerConnection.
    conn: JsObject,
    socket: JsObject,
    responses: VecDeque<JsObject>,
}

thread_local! {
    /// Each server connection's queue, by the connection's parser id.
    static QUEUES: RefCell<HashMap<u32, Queue>> = RefCell::new(HashMap::new());
}

/// Drops connection `parser`'s response queue (the parser is freed).
pub fn forget(parser: u32) {
    QUEUES.with(|q| q.borrow_mut().remove(&parser));
}

/// `pendingResponses(parser)` → responses not yet complete.
fn pending_responses(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let parser = args::int(a, 0, "parser")?.max(0) as u32;
    let n = QUEUES.with(|q| q.borrow().get(&parser).map_or(0, |q| q.responses.len()));
    Ok(JsValue::from(n as u32))
}

/// Response `res` on connection `parser` is complete: the next one may
/// write (what it buffered goes out), or the connection ends when not
/// kept alive or the client has hung up.
fn response_done(ctx: &mut Context, parser: u32, res: &JsObject) -> JsResult<()> {
    let popped = QUEUES.with(|q| {
        let mut queues = q.borrow_mut();
        let queue = queues.get_mut(&parser)?;
        queue.responses.pop_front();
        let next = queue.responses.front().cloned();
        Some((queue.conn.clone(), queue.socket.clone(), next))
    });
    // A connection already closed (its parser freed) has nothing to do.
    let Some((conn, socket, next)) = popped else {
        return Ok(());
    };
    if !flag(ctx, res, js_string!("shouldKeepAlive"))? {
        super::init(&socket, js_string!("_httpMessage"), JsValue::null());
        return call_method(ctx, &socket, js_string!("destroySoon"), &[]).map(drop);
    }
    let current = next.clone().map_or(JsValue::null(), JsValue::from);
    super::init(&socket, js_string!("_httpMessage"), current);
    if let Some(next) = next {
        call_method(ctx, &next, js_string!("_flushOutput"), &[])?;
        if flag(ctx, &next, js_string!("finished"))? {
            finish_message(ctx, &next)?;
        }
    } else if flag(ctx, &conn, js_string!("ended"))? {
        call_method(ctx, &socket, js_string!("destroySoon"), &[])?;
    }
    Ok(())
}

// ---- requests -------------------------------------------------------------------

/// A server connection as its parser knows it.
pub struct ServerConn<'a> {
    pub parser: u32,
    /// js/http.js's ServerConnection.
    pub conn: &'a JsObject,
    pub socket: &'a JsValue,
}

/// A request head arrived: its response queues behind earlier ones, and
/// the server hears 'request' (or the JS `_expect` handles `Expect:
/// 100-continue`). An upgrade (`res` None) waits for the parser to hand
/// over the socket (`_onupgrade`).
pub fn dispatch_request(
    ctx: &mut Context,
    at: &ServerConn<'_>,
    req: JsObject,
    res: Option<JsObject>,
    expect: bool,
) -> JsResult<()> {
    super::init(at.conn, js_string!("incoming"), req.clone());
    let Some(res) = res else {
        super::init(at.conn, js_string!("upgrade"), req);
        return Ok(());
    };
    let Some(socket) = at.socket.as_object() else {
        return Ok(());
    };
    let first = QUEUES.with(|q| {
        let mut queues = q.borrow_mut();
        let queue = queues.entry(at.parser).or_insert_with(|| Queue {
            conn: at.conn.clone(),
            socket: socket.clone(),
            responses: VecDeque::new(),
        });
        queue.responses.push_back(res.clone());
        queue.responses.len() == 1
    });
    if first {
        super::init(&socket, js_string!("_httpMessage"), res.clone());
    }
    let args = [req.into(), res.into()];
    if expect && call_method(ctx, at.conn, js_string!("_expect"), &args)?.to_boolean() {
        return Ok(());
    }
    let Some(server) = at.conn.get(js_string!("server"), ctx)?.as_object() else {
        return Ok(());
    };
    emit(ctx, &server, js_string!("request"), &args)
}

/// Request `req` is complete: 'end', unless it is paused (then it queues
/// behind the data it holds).
pub fn request_complete(ctx: &mut Context, req: &JsObject, trailers: JsValue) -> JsResult<()> {
    if trailers.is_object() {
        super::init(req, js_string!("trailers"), trailers);
    }
    let held = req.get(js_string!("_pending"), ctx)?;
    let held = match held.as_object() {
        Some(list) => list.get(js_string!("length"), ctx)?.to_length(ctx)? > 0,
        None => false,
    };
    if held || flag(ctx, req, js_string!("_paused"))? {
        return call_method(ctx, req, js_string!("_push"), &[JsValue::null()]).map(drop);
    }
    super::init(req, js_string!("complete"), true);
    super::init(req, js_string!("readable"), false);
    emit(ctx, req, js_string!("end"), &[])
}

/// The head `end` sends when none was written: with a Content-Length for
/// the whole body when none was set.
fn implicit_header(
    ctx: &mut Context,
    msg: &JsObject,
    data: &JsValue,
    encoding: &JsValue,
) -> JsResult<()> {
    if data.to_boolean() && flag(ctx, msg, js_string!("_hasBody"))? {
        let stored = msg.get(js_string!("_headers"), ctx)?;
        let framed = match stored.as_object() {
            Some(h) => {
                !h.get(js_string!("content-length"), ctx)?.is_undefined()
                    || !h.get(js_string!("transfer-encoding"), ctx)?.is_undefined()
            }
            None => false,
        };
        if !framed {
            let len = super::buffer::chunk_bytes(ctx, data, encoding)?.len();
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
    match msg.get(js_string!("output"), ctx)?.as_object() {
        Some(output) => output.get(js_string!("length"), ctx)?.to_length(ctx),
        None => Ok(0),
    }
}

/// The message's socket, when the message is the one writing on it.
fn is_current(ctx: &mut Context, msg: &JsObject) -> JsResult<Option<JsObject>> {
    let Some(socket) = msg.get(js_string!("connection"), ctx)?.as_object() else {
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
                if flag(ctx, &socket, js_string!("writable"))? {
                    return Ok((write_socket(ctx, &socket, handle as u32, bytes)?, true));
                }
            }
        }
    }
    let buffer = super::buffer::new_buffer(ctx, bytes)?;
    let ret = call_method(ctx, msg, js_string!("_writeRaw"), &[buffer.into()])?;
    Ok((ret.to_boolean(), false))
}

/// What `socket.write(buffer)` does, without the JS: the bytes, the
/// socket's `bytesWritten`, and `destroy(err)` when the write fails.
fn write_socket(ctx: &mut Context, socket: &JsObject, handle: u32, bytes: &[u8]) -> JsResult<bool> {
    match super::net::write_bytes(handle, bytes) {
        Ok(queued) => {
            let written = socket
                .get(js_string!("bytesWritten"), ctx)?
                .to_number(ctx)?;
            socket.set(
                js_string!("bytesWritten"),
                written + bytes.len() as f64,
                false,
                ctx,
            )?;
            Ok(queued == 0)
        }
        Err(err) => {
            let err = err.into_js(ctx);
            let value = crate::report::error_value(ctx, err);
            call_method(ctx, socket, js_string!("destroy"), &[value])?;
            Ok(false)
        }
    }
}
