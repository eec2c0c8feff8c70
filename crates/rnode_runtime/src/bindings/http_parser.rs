//! `process.binding('http_parser')`: HTTP/1 message parsing for `js/http.js`
//! (the manual's "HTTP" section). Heads are parsed by `httparse`, bodies
//! (Content-Length, chunked with trailers, or until close) are framed here,
//! so JS sees one call per head, per body chunk and per message end:
//! for a server's parser, `super::http::dispatch_request` and
//! `request_complete` (they work on js/http.js's ServerConnection
//! `target`), and a request's body goes to its `_push(buffer)`; for a
//! client's, `target._onheaders(res, shouldKeepAlive, upgrade)`,
//! `_onbody(buffer)` and `_oncomplete(trailers)`. The
//! message objects are made natively (`super::http`).
//!
//! A server's socket feeds its parser directly (`net.setParser`, then
//! [`feed`]); a malformed message goes to `target._onparseerror(err)` and
//! what follows an upgrade's head to `target._onupgrade(buffer)`.
//!
//! Requests are read as RFC 9112 says, strictly where leniency lets a
//! proxy and this server frame a message differently (request
//! smuggling): one Content-Length of digits only, no Content-Length with
//! Transfer-Encoding, chunked last and once, chunk sizes of hex digits
//! only, CRLF line ends in the chunked framing, trailers that end at the
//! first empty line. The head and trailers of a
//! message are bounded together (80 KiB, Node 0.4's limit, or the
//! server's `maxHeaderSize`). A refused message's error says which status
//! a server answers (`err.statusCode`: 400, 413, 431) and the parser reads
//! nothing more from that connection. Bare LF line ends in a head are
//! accepted (httparse's reading; RFC 9112 §2.2 allows it), not in the
//! chunked framing.

use std::cell::RefCell;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::args;
use crate::errors::plain_error;

/// Largest head plus trailers of one message, unless the server says
/// otherwise (`maxHeaderSize`): Node 0.4's http_parser limit.
const MAX_HEAD: usize = 80 * 1024;
/// Headers parsed without allocating; more are parsed from the heap.
const MAX_HEADERS: usize = 128;
/// More headers than this is refused (431), whatever their size.
const MAX_HEADER_COUNT: usize = 4096;
/// Longest chunk-size line (size and extensions) accepted (413 past it).
const MAX_CHUNK_LINE: usize = 4096;
/// Pipelined requests answered but not yet finished before the server
/// stops reading the connection (a client that never reads its responses
/// must not make the server queue without bound)...
const MAX_PIPELINED: usize = 32;
/// ...or bytes of responses waiting to be written to it.
const MAX_UNSENT: usize = 1 << 20;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("create", create, 2),
            ("feed", feed_js, 2),
            ("finish", finish, 1),
            ("free", free, 1),
            ("incoming", incoming, 1),
            ("unblock", unblock_js, 1),
            ("headAge", head_age, 1),
            ("attach", attach, 2),
        ],
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Request,
    Response,
}

#[derive(Clone, Copy, PartialEq)]
enum Body {
    /// Waiting for (more of) a head.
    Head,
    Length(u64),
    /// Chunked: reading a size line.
    ChunkSize,
    ChunkData(u64),
    /// The CRLF after a chunk's data.
    ChunkEnd,
    Trailers,
    UntilClose,
    /// An upgrade or CONNECT: the rest of the stream is not HTTP.
    Upgraded,
    /// A malformed message was refused: nothing more is read.
    Failed,
}

struct Parser {
    id: u32,
    kind: Kind,
    target: JsObject,
    socket: JsValue,
    /// The last request whose head was read (a server's parser): its body
    /// goes to its `_push`; JS asks for it with `incoming(id)`.
    current: Option<JsObject>,
    state: Body,
    pending: Vec<u8>,
    /// The bound on a message's head plus trailers.
    max_head: usize,
    /// Head and trailer bytes of the current message so far.
    head_bytes: usize,
    /// Trailer lines of the current message, until the empty line.
    trailers: Vec<u8>,
    /// Reading stopped: [`MAX_PIPELINED`] responses are unfinished; what
    /// arrived after waits in `pending`.
    blocked: bool,
    /// When the first bytes of a head that is not complete yet arrived
    /// (a server closes connections that take too long: slowloris).
    head_since: Option<std::time::Instant>,
}

thread_local! {
    static PARSERS: RefCell<FxHashMap<u32, Parser>> = RefCell::default();
    static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
    /// Parsers freed by a callback while they were executing.
    static FREED: RefCell<FxHashSet<u32>> = RefCell::default();
    /// Whether the last error out of a parser run was the input's fault
    /// (not an exception thrown by a callback).
    static PARSE_FAILED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `create(kind, target, socket, [maxHeaderSize])` → parser id; kind is
/// 'request' or 'response'.
fn create(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let kind = if args::string(a, 0, "kind")? == "request" {
        Kind::Request
    } else {
        Kind::Response
    };
    let target = args::object(a, 1, "target")?;
    let socket = args::arg(a, 2);
    let max_head = match args::arg(a, 3).as_number() {
        Some(n) if n >= 1.0 && n <= (1u64 << 32) as f64 => n as usize,
        _ => MAX_HEAD,
    };
    let id = NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    PARSERS.with(|p| {
        p.borrow_mut().insert(
            id,
            Parser {
                id,
                kind,
                target,
                socket,
                current: None,
                state: Body::Head,
                pending: Vec::new(),
                max_head,
                head_bytes: 0,
                trailers: Vec::new(),
                blocked: false,
                head_since: None,
            },
        )
    });
    Ok(JsValue::from(id))
}

/// `incoming(id)` → the last request read on a server connection (null
/// before the first, or once the parser is freed).
fn incoming(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "parser")? as u32;
    let current = PARSERS.with(|p| p.borrow().get(&id).and_then(|p| p.current.clone()));
    Ok(current.map_or(JsValue::null(), JsValue::from))
}

fn free(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "parser")? as u32;
    super::http::forget(id);
    if PARSERS.with(|p| p.borrow_mut().remove(&id)).is_none() {
        FREED.with(|f| f.borrow_mut().insert(id));
    }
    Ok(JsValue::undefined())
}

/// `finish(id)`: the connection ended; a body read until close completes.
fn finish(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "parser")? as u32;
    let target = PARSERS.with(|p| {
        let mut p = p.borrow_mut();
        let parser = p.get_mut(&id)?;
        (parser.state == Body::UntilClose).then(|| {
            parser.state = Body::Head;
            parser.target.clone()
        })
    });
    if let Some(target) = target {
        crate::host::call_method(
            ctx,
            &target,
            js_string!("_oncomplete"),
            &[JsValue::undefined()],
        )?;
    }
    Ok(JsValue::undefined())
}

/// Runs parser `id` over `data` → (bytes consumed, whether it upgraded).
fn execute_bytes(ctx: &mut Context, id: u32, data: &[u8]) -> JsResult<(usize, bool)> {
    let Some(mut parser) = PARSERS.with(|p| p.borrow_mut().remove(&id)) else {
        return Err(plain_error("parser was freed"));
    };
    PARSE_FAILED.with(|f| f.set(false));
    let result = run(ctx, &mut parser, data);
    if result.is_err() && PARSE_FAILED.with(|f| f.get()) {
        parser.state = Body::Failed;
        parser.pending = Vec::new();
    }
    let upgraded = parser.state == Body::Upgraded;
    // Put it back unless a callback freed it meanwhile.
    if !FREED.with(|f| f.borrow_mut().remove(&id)) {
        PARSERS.with(|p| p.borrow_mut().insert(id, parser));
    }
    result.map(|n| (n, upgraded))
}

/// `feed(id, buffer)`: [`feed`] for bytes that went through JS (a socket
/// that was paused).
fn feed_js(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "parser")? as u32;
    let data = super::buffer::with_bytes(ctx, &args::arg(a, 1), |b| b.to_vec())?;
    feed(ctx, id, &data)?;
    Ok(JsValue::undefined())
}

/// Parses what arrived on a socket: a parse error goes to
/// `target._onparseerror(err)`, the bytes after an upgrade's head to
/// `target._onupgrade(buffer)`. An exception from a callback (a request
/// listener) propagates, to end as any uncaught exception.
/// `attach(socket, parser)`: socket `socket` (a `process.binding('net')`
/// handle) hands what it reads (after TLS, if any) straight to parser
/// `parser` instead of to JS; parser 0 detaches.
fn attach(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let socket = args::int(a, 0, "socket")? as u32;
    let parser = args::int(a, 1, "parser")?.max(0) as u32;
    let consumer = (parser != 0).then_some(super::net::Consumer { feed, key: parser });
    super::net::set_consumer(socket, consumer)?;
    Ok(JsValue::undefined())
}

pub fn feed(ctx: &mut Context, id: u32, data: &[u8]) -> JsResult<()> {
    let Some(target) = PARSERS.with(|p| p.borrow().get(&id).map(|p| p.target.clone())) else {
        return Ok(());
    };
    match execute_bytes(ctx, id, data) {
        Ok((consumed, true)) => {
            let rest = super::buffer::new_buffer(ctx, data.get(consumed..).unwrap_or(&[]))?;
            crate::host::call_method(ctx, &target, js_string!("_onupgrade"), &[rest.into()])
                .map(drop)
        }
        Ok(_) => Ok(()),
        Err(err) if PARSE_FAILED.with(|f| f.get()) => {
            let value = crate::report::error_value(ctx, err);
            crate::host::call_method(ctx, &target, js_string!("_onparseerror"), &[value]).map(drop)
        }
        Err(err) => Err(err),
    }
}

/// Why a message is refused: what a server answers, and the code later
/// node's parser gives the error.
#[derive(Clone, Copy)]
enum Refusal {
    /// 400.
    Invalid,
    /// 431: the head (with the trailers) is too large.
    HeadOverflow,
    /// 413: a chunk-size line is too long.
    ChunkExtensionsOverflow,
}

fn parse_error(ctx: &mut Context, message: &str) -> boa_engine::JsError {
    refuse(ctx, message, Refusal::Invalid)
}

/// The error for a malformed message; marks the run as the input's fault.
fn refuse(ctx: &mut Context, message: &str, why: Refusal) -> boa_engine::JsError {
    PARSE_FAILED.with(|f| f.set(true));
    let (status, code) = match why {
        Refusal::Invalid => (400, "HPE_INVALID"),
        Refusal::HeadOverflow => (431, "HPE_HEADER_OVERFLOW"),
        Refusal::ChunkExtensionsOverflow => (413, "HPE_CHUNK_EXTENSIONS_OVERFLOW"),
    };
    let err = plain_error(format!("Parse Error: {message}"));
    let value = crate::report::error_value(ctx, err);
    if let Some(obj) = value.as_object() {
        let _ = obj.set(js_string!("code"), js_string!(code), false, ctx);
        let _ = obj.set(js_string!("statusCode"), status, false, ctx);
    }
    boa_engine::JsError::from_opaque(value)
}

/// Feeds `data`; returns how much of it was consumed.
fn run(ctx: &mut Context, parser: &mut Parser, data: &[u8]) -> JsResult<usize> {
    let mut input: Vec<u8> = std::mem::take(&mut parser.pending);
    let carried = input.len();
    input.extend_from_slice(data);
    let mut pos = 0;
    while pos < input.len() {
        let rest = &input[pos..];
        match parser.state {
            Body::Upgraded => break,
            Body::Failed => return Ok(data.len()),
            Body::Head if parser.blocked || too_many_pipelined(ctx, parser) => {
                if !parser.blocked {
                    parser.blocked = true;
                    crate::host::call_method(
                        ctx,
                        &parser.target,
                        js_string!("_pauseReading"),
                        &[],
                    )?;
                }
                parser.pending = rest.to_vec();
                return Ok(data.len());
            }
            Body::Head => match head(ctx, parser, rest)? {
                Some(n) => {
                    parser.head_since = None;
                    pos += n;
                }
                None => {
                    if rest.len() > parser.max_head {
                        return Err(refuse(ctx, "header overflow", Refusal::HeadOverflow));
                    }
                    parser
                        .head_since
                        .get_or_insert_with(std::time::Instant::now);
                    parser.pending = rest.to_vec();
                    return Ok(data.len());
                }
            },
            Body::Length(left) => {
                let n = body_take(left, rest.len());
                body(ctx, parser, &rest[..n])?;
                pos += n;
                if left == n as u64 {
                    complete(ctx, parser, JsValue::undefined())?;
                } else {
                    parser.state = Body::Length(left - n as u64);
                }
            }
            Body::UntilClose => {
                body(ctx, parser, rest)?;
                pos = input.len();
            }
            Body::ChunkSize | Body::ChunkEnd | Body::Trailers => {
                match chunk_framing(ctx, parser, rest)? {
                    Some(n) => pos += n,
                    None => {
                        parser.pending = rest.to_vec();
                        return Ok(data.len());
                    }
                }
            }
            Body::ChunkData(left) => {
                let n = body_take(left, rest.len());
                body(ctx, parser, &rest[..n])?;
                pos += n;
                parser.state = if left == n as u64 {
                    Body::ChunkEnd
                } else {
                    Body::ChunkData(left - n as u64)
                };
            }
        }
    }
    Ok(pos.saturating_sub(carried).min(data.len()))
}

/// Whether a server connection has as many unfinished responses, or as
/// many unsent bytes, as it queues: its next request waits.
fn too_many_pipelined(ctx: &mut Context, parser: &Parser) -> bool {
    parser.kind == Kind::Request
        && (super::http::queued(parser.id) >= MAX_PIPELINED
            || unsent(ctx, &parser.socket) >= MAX_UNSENT)
}

/// Bytes waiting to be written on the socket (`socket._handle`'s queue).
fn unsent(ctx: &mut Context, socket: &JsValue) -> usize {
    let handle = socket
        .as_object()
        .and_then(|s| s.get(js_string!("_handle"), ctx).ok())
        .and_then(|h| h.as_number());
    match handle {
        Some(id) if id >= 0.0 => super::net::queued_bytes(id as u32),
        _ => 0,
    }
}

/// A response finished on server connection `id`: if reading had stopped
/// for too many unfinished responses and there is room again, the
/// requests that waited are read and the socket is read again.
pub fn unblock(ctx: &mut Context, id: u32) -> JsResult<()> {
    let blocked = PARSERS.with(|p| {
        let p = p.borrow();
        let parser = p.get(&id)?;
        parser.blocked.then(|| parser.socket.clone())
    });
    let Some(socket) = blocked else {
        return Ok(());
    };
    if super::http::queued(id) >= MAX_PIPELINED || unsent(ctx, &socket) >= MAX_UNSENT / 2 {
        return Ok(());
    }
    let target = PARSERS.with(|p| {
        let mut p = p.borrow_mut();
        let parser = p.get_mut(&id)?;
        parser.blocked = false;
        Some(parser.target.clone())
    });
    let Some(target) = target else {
        return Ok(());
    };
    feed(ctx, id, &[])?;
    crate::host::call_method(ctx, &target, js_string!("_resumeReading"), &[]).map(drop)
}

/// `headAge(id)` → milliseconds since the head being read began to
/// arrive, or -1 when no head is partly read.
fn head_age(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "parser")? as u32;
    let since = PARSERS.with(|p| p.borrow().get(&id).and_then(|p| p.head_since));
    Ok(JsValue::from(
        since.map_or(-1.0, |t| t.elapsed().as_secs_f64() * 1000.0),
    ))
}

/// `unblock(id)`: the socket drained; [`unblock`].
fn unblock_js(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    unblock(ctx, args::int(a, 0, "parser")? as u32)?;
    Ok(JsValue::undefined())
}

/// One line of the chunked framing (a size line, the CRLF after a chunk's
/// data, or a trailer line) at the start of `rest`: the bytes it took, or
/// `None` until the line is complete. Lines end in CRLF; a bare LF is
/// refused (a proxy may read it otherwise).
fn chunk_framing(ctx: &mut Context, parser: &mut Parser, rest: &[u8]) -> JsResult<Option<usize>> {
    let Some(lf) = memchr::memchr(b'\n', rest) else {
        let limit = match parser.state {
            Body::ChunkSize => MAX_CHUNK_LINE,
            _ => parser.max_head.saturating_sub(parser.head_bytes),
        };
        if rest.len() > limit {
            let why = match parser.state {
                Body::ChunkSize => Refusal::ChunkExtensionsOverflow,
                _ => Refusal::HeadOverflow,
            };
            return Err(refuse(ctx, "chunked framing line too long", why));
        }
        return Ok(None);
    };
    if lf == 0 || rest[lf - 1] != b'\r' {
        return Err(parse_error(ctx, "line without CRLF in chunked body"));
    }
    let line = &rest[..lf - 1];
    let taken = lf + 1;
    match parser.state {
        Body::ChunkEnd => {
            if !line.is_empty() {
                return Err(parse_error(ctx, "missing CRLF after chunk"));
            }
            parser.state = Body::ChunkSize;
        }
        Body::ChunkSize => {
            if line.len() > MAX_CHUNK_LINE {
                let why = Refusal::ChunkExtensionsOverflow;
                return Err(refuse(ctx, "chunk extensions overflow", why));
            }
            let size = chunk_size(line).ok_or_else(|| parse_error(ctx, "invalid chunk size"))?;
            parser.state = if size == 0 {
                parser.trailers.clear();
                Body::Trailers
            } else {
                Body::ChunkData(size)
            };
        }
        _ => {
            parser.head_bytes += taken;
            if parser.head_bytes > parser.max_head {
                return Err(refuse(ctx, "header overflow", Refusal::HeadOverflow));
            }
            if line.is_empty() {
                let mut block = std::mem::take(&mut parser.trailers);
                block.extend_from_slice(b"\r\n");
                let trailers = if block.len() == 2 {
                    empty_object(ctx)
                } else {
                    trailer_object(ctx, &block)?
                };
                complete(ctx, parser, trailers)?;
            } else {
                parser.trailers.extend_from_slice(&rest[..taken]);
            }
        }
    }
    Ok(Some(taken))
}

/// A chunk-size line: hex digits (no sign, no `0x`, no spaces), then
/// optional extensions (`;name` or `;name=value`, a token or a quoted
/// string) with no whitespace around the `;`, as later node's parser.
fn chunk_size(line: &[u8]) -> Option<u64> {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    if digits == 0 || digits > 16 {
        return None;
    }
    let (hex, extensions) = line.split_at(digits);
    if !valid_extensions(extensions) {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
}

/// `;name[=value]…` with token names and token or quoted-string values.
fn valid_extensions(mut rest: &[u8]) -> bool {
    let token = |b: &u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b);
    while let Some(after) = rest.strip_prefix(b";") {
        let name = after.iter().take_while(|b| token(b)).count();
        if name == 0 {
            return false;
        }
        rest = &after[name..];
        if let Some(value) = rest.strip_prefix(b"=") {
            let len = match value.strip_prefix(b"\"") {
                Some(quoted) => match quoted.iter().position(|&b| b == b'"') {
                    Some(end) => end + 2,
                    None => return false,
                },
                None => value.iter().take_while(|b| token(b)).count(),
            };
            if len == 0 {
                return false;
            }
            rest = &value[len..];
        }
    }
    rest.is_empty()
}

/// How many of `available` bytes belong to a body with `left` to go. In
/// u64 (a length past 4 GiB must not wrap on a 32-bit target, which would
/// end the body early and parse the rest as a new message).
fn body_take(left: u64, available: usize) -> usize {
    usize::try_from(left).map_or(available, |left| left.min(available))
}

fn body(ctx: &mut Context, parser: &Parser, bytes: &[u8]) -> JsResult<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    let buffer = super::buffer::new_buffer(ctx, bytes)?.into();
    match (&parser.kind, &parser.current) {
        (Kind::Request, Some(req)) => {
            crate::host::call_method(ctx, req, js_string!("_push"), &[buffer])
        }
        _ => crate::host::call_method(ctx, &parser.target, js_string!("_onbody"), &[buffer]),
    }
    .map(drop)
}

fn complete(ctx: &mut Context, parser: &mut Parser, trailers: JsValue) -> JsResult<()> {
    parser.state = Body::Head;
    match parser.kind {
        Kind::Request => match parser.current.clone() {
            Some(req) => super::http::request_complete(ctx, &req, trailers),
            None => Ok(()),
        },
        Kind::Response => {
            crate::host::call_method(ctx, &parser.target, js_string!("_oncomplete"), &[trailers])
                .map(drop)
        }
    }
}

fn empty_object(ctx: &mut Context) -> JsValue {
    crate::host::new_object(ctx).into()
}

/// A parsed request or status line and its headers.
struct Parsed {
    len: usize,
    version: u8,
    pairs: Vec<(String, Vec<u8>)>,
    method: Option<String>,
    path: Option<String>,
    code: Option<u16>,
}

fn owned_pairs(headers: &[httparse::Header<'_>]) -> Vec<(String, Vec<u8>)> {
    headers
        .iter()
        .map(|h| (h.name.to_owned(), unfold(h.value)))
        .collect()
}

/// A header value with its folds (a line break and the indentation after
/// it) removed, as 0.4's parser joined folded lines.
fn unfold(value: &[u8]) -> Vec<u8> {
    if !value.contains(&b'\n') {
        return value.to_vec();
    }
    let mut out = Vec::with_capacity(value.len());
    let mut in_fold = false;
    for &b in value {
        match b {
            b'\r' | b'\n' => in_fold = true,
            b' ' | b'\t' if in_fold => {}
            _ => {
                in_fold = false;
                out.push(b);
            }
        }
    }
    out
}

/// httparse over `bytes`: `Ok(None)` while the head is incomplete.
/// The request methods Node 0.4's http_parser knew.
const METHODS: &[&[u8]] = &[
    b"DELETE",
    b"GET",
    b"HEAD",
    b"POST",
    b"PUT",
    b"CONNECT",
    b"OPTIONS",
    b"TRACE",
    b"COPY",
    b"LOCK",
    b"MKCOL",
    b"MOVE",
    b"PROPFIND",
    b"PROPPATCH",
    b"UNLOCK",
    b"REPORT",
    b"MKACTIVITY",
    b"CHECKOUT",
    b"MERGE",
    b"M-SEARCH",
    b"NOTIFY",
    b"SUBSCRIBE",
    b"UNSUBSCRIBE",
    b"PATCH",
];

/// Whether `bytes` start (after blank lines) with a known method, or with
/// the beginning of one still arriving: garbage is refused at its first
/// byte, as 0.4 did, not when its line ends.
fn known_method(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(bytes.len());
    let rest = &bytes[start..];
    match rest.iter().position(|&b| b == b' ') {
        Some(end) => METHODS.contains(&&rest[..end]),
        None => METHODS.iter().any(|m| m.starts_with(rest)),
    }
}

fn parse_head(kind: Kind, bytes: &[u8]) -> Result<Option<Parsed>, httparse::Error> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    match parse_head_into(kind, bytes, &mut headers) {
        Err(httparse::Error::TooManyHeaders) => {
            // Many headers (node takes 2,000): parse again from the heap.
            let mut many = vec![httparse::EMPTY_HEADER; MAX_HEADER_COUNT];
            parse_head_into(kind, bytes, &mut many)
        }
        other => other,
    }
}

fn parse_head_into<'b>(
    kind: Kind,
    bytes: &'b [u8],
    headers: &mut [httparse::Header<'b>],
) -> Result<Option<Parsed>, httparse::Error> {
    Ok(match kind {
        Kind::Request => {
            if !known_method(bytes) {
                return Err(httparse::Error::Token);
            }
            let mut req = httparse::Request::new(headers);
            match req.parse(bytes)? {
                httparse::Status::Complete(len) => Some(Parsed {
                    len,
                    version: req.version.unwrap_or(1),
                    pairs: owned_pairs(req.headers),
                    method: req.method.map(str::to_owned),
                    path: req.path.map(str::to_owned),
                    code: None,
                }),
                httparse::Status::Partial => None,
            }
        }
        Kind::Response => {
            let mut res = httparse::Response::new(headers);
            // Old servers fold long header values onto indented lines;
            // 0.4's parser joined them.
            let mut config = httparse::ParserConfig::default();
            config.allow_obsolete_multiline_headers_in_responses(true);
            match config.parse_response(&mut res, bytes)? {
                httparse::Status::Complete(len) => Some(Parsed {
                    len,
                    version: res.version.unwrap_or(1),
                    pairs: owned_pairs(res.headers),
                    method: None,
                    path: None,
                    code: Some(res.code.unwrap_or(200)),
                }),
                httparse::Status::Partial => None,
            }
        }
    })
}

/// Parses a head at the start of `bytes`; `None` when it is not complete.
fn head(ctx: &mut Context, parser: &mut Parser, bytes: &[u8]) -> JsResult<Option<usize>> {
    let parsed = match parse_head(parser.kind, bytes) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(refuse(ctx, "too many headers", Refusal::HeadOverflow))
        }
        Err(e) => return Err(parse_error(ctx, &e.to_string())),
    };
    let Parsed {
        len,
        version,
        pairs,
        method,
        path,
        code,
    } = parsed;
    if len > parser.max_head {
        return Err(refuse(ctx, "header overflow", Refusal::HeadOverflow));
    }
    parser.head_bytes = len;
    let framing = match parser.kind {
        Kind::Request => Framing::of_request(&pairs),
        Kind::Response => Ok(Framing::of(&pairs)),
    }
    .map_err(|message| parse_error(ctx, message))?;
    let keep_alive = if version >= 1 {
        !framing.close
    } else {
        framing.keep_alive && !framing.chunked
    };
    let upgrade = match parser.kind {
        Kind::Request => {
            method.as_deref() == Some("CONNECT") || (framing.upgrade && framing.connection_upgrade)
        }
        Kind::Response => code == Some(101),
    };
    let headers = header_object(ctx, &pairs)?;
    let msg = super::http::incoming(ctx, &parser.socket, version, headers)?;
    // The JS side answers whether the message has no body (a response to HEAD).
    let skip_body = match code {
        None => {
            let method = method.as_deref().unwrap_or("GET");
            crate::host::init(&msg, js_string!("method"), js_string!(method));
            crate::host::init(
                &msg,
                js_string!("url"),
                js_string!(path.as_deref().unwrap_or("/")),
            );
            parser.current = Some(msg.clone());
            let conn = super::http::ServerConn {
                parser: parser.id,
                conn: &parser.target,
                socket: &parser.socket,
            };
            let res = if upgrade {
                None
            } else {
                let facts = super::http::RequestFacts {
                    head: method == "HEAD",
                    version_minor: version,
                    keep_alive,
                };
                Some(super::http::server_response(ctx, &conn, &facts)?)
            };
            let expect = pairs
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("expect"));
            super::http::dispatch_request(ctx, &conn, msg, res, expect)?;
            false
        }
        Some(code) => {
            crate::host::init(&msg, js_string!("statusCode"), code);
            let args = [msg.into(), keep_alive.into(), upgrade.into()];
            crate::host::call_method(ctx, &parser.target, js_string!("_onheaders"), &args)?
                .to_boolean()
        }
    };
    parser.state = if upgrade {
        Body::Upgraded
    } else if skip_body || matches!(code, Some(100..=199 | 204 | 304)) {
        Body::Head
    } else if framing.chunked {
        Body::ChunkSize
    } else if let Some(n) = framing.length {
        Body::Length(n)
    } else if parser.kind == Kind::Response {
        Body::UntilClose
    } else {
        Body::Head
    };
    if parser.state == Body::Head || parser.state == Body::Length(0) {
        complete(ctx, parser, JsValue::undefined())?;
    }
    Ok(Some(len))
}

/// What the headers say about the body and the connection.
#[derive(Default)]
struct Framing {
    length: Option<u64>,
    chunked: bool,
    close: bool,
    keep_alive: bool,
    upgrade: bool,
    connection_upgrade: bool,
}

impl Framing {
    /// A request's framing, refusing what RFC 9112 says a server must
    /// refuse (and what lets a proxy in front read the message otherwise):
    /// Content-Length that is not one run of digits, several of them,
    /// Content-Length with Transfer-Encoding, a Transfer-Encoding whose
    /// last coding is not chunked or that names chunked twice.
    /// (Transfer-Encoding in HTTP/1.0 is read, and the connection then
    /// closes. RFC 9112 wants exactly one Host in HTTP/1.1; Node 0.4 and
    /// its own tests send none, or two, so Host is not checked.)
    fn of_request(pairs: &[(String, Vec<u8>)]) -> Result<Self, &'static str> {
        let mut lengths = 0;
        let mut codings: Vec<String> = Vec::new();
        for (name, value) in pairs {
            if name.eq_ignore_ascii_case("content-length") {
                lengths += 1;
                let digits = trim_ows(value);
                if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                    return Err("invalid Content-Length");
                }
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                let text = String::from_utf8_lossy(value).to_ascii_lowercase();
                codings.extend(
                    text.split(',')
                        .map(|c| c.trim_matches([' ', '\t']).to_owned()),
                );
            }
        }
        if lengths > 1 {
            return Err("more than one Content-Length");
        }
        let mut framing = Framing::of(pairs);
        if !codings.is_empty() {
            let chunked = codings.iter().filter(|c| *c == "chunked").count();
            if lengths > 0 {
                return Err("Content-Length with Transfer-Encoding");
            }
            if codings.iter().any(String::is_empty)
                || chunked != 1
                || codings.last().map(String::as_str) != Some("chunked")
            {
                return Err("Transfer-Encoding must end in chunked, once");
            }
            framing.chunked = true;
        }
        if lengths == 1 && framing.length.is_none() {
            return Err("Content-Length out of range");
        }
        Ok(framing)
    }

    fn of(pairs: &[(String, Vec<u8>)]) -> Self {
        let mut f = Framing::default();
        for (name, value) in pairs {
            let value = String::from_utf8_lossy(value).to_ascii_lowercase();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => {
                    f.length = std::str::from_utf8(trim_ows(value.as_bytes()))
                        .ok()
                        .and_then(|v| v.parse().ok());
                }
                "transfer-encoding" => f.chunked |= value.contains("chunked"),
                "connection" => {
                    f.close |= value.contains("close");
                    f.keep_alive |= value.contains("keep-alive");
                    f.connection_upgrade |= value.contains("upgrade");
                }
                "upgrade" => f.upgrade = true,
                _ => {}
            }
        }
        f
    }
}

/// A field value without the spaces and tabs around it.
fn trim_ows(value: &[u8]) -> &[u8] {
    let ows = |b: &u8| *b == b' ' || *b == b'\t';
    let start = value.iter().position(|b| !ows(b)).unwrap_or(value.len());
    let end = value.iter().rposition(|b| !ows(b)).map_or(start, |i| i + 1);
    value.get(start..end).unwrap_or_default()
}

/// Headers whose repeats Node 0.4 dropped (the first wins).
const SINGLE: &[&str] = &[
    "content-type",
    "content-length",
    "user-agent",
    "referer",
    "host",
    "authorization",
    "proxy-authorization",
    "if-modified-since",
    "if-unmodified-since",
    "from",
    "location",
    "max-forwards",
];

/// A header's value(s) while merging repeats.
enum Merged {
    One(String),
    /// `set-cookie`: every value, as an array.
    List(Vec<String>),
}

/// Lower-cased names; repeats joined with ", ", `set-cookie` an array.
/// Merged in Rust first, so each name costs one property write.
fn header_object(ctx: &mut Context, pairs: &[(String, Vec<u8>)]) -> JsResult<JsValue> {
    let mut merged: Vec<(String, Merged)> = Vec::with_capacity(pairs.len());
    for (name, value) in pairs {
        let key = name.to_ascii_lowercase();
        let value = String::from_utf8_lossy(value).into_owned();
        match merged.iter_mut().find(|(k, _)| *k == key) {
            None if key == "set-cookie" => merged.push((key, Merged::List(vec![value]))),
            None => merged.push((key, Merged::One(value))),
            Some((_, Merged::List(list))) => list.push(value),
            Some((k, Merged::One(first))) => {
                if !SINGLE.contains(&k.as_str()) {
                    first.push_str(", ");
                    first.push_str(&value);
                }
            }
        }
    }
    let obj = crate::host::new_object(ctx);
    for (key, value) in merged {
        let value: JsValue = match value {
            Merged::One(text) => js_string!(text.as_str()).into(),
            Merged::List(list) => {
                let items = list.iter().map(|v| js_string!(v.as_str()).into());
                JsArray::from_iter(items, ctx).into()
            }
        };
        crate::host::init(&obj, js_string!(key.as_str()), value);
    }
    Ok(obj.into())
}

fn trailer_object(ctx: &mut Context, block: &[u8]) -> JsResult<JsValue> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    match httparse::parse_headers(block, &mut headers) {
        Ok(httparse::Status::Complete((_, parsed))) => {
            let pairs: Vec<(String, Vec<u8>)> = parsed
                .iter()
                .map(|h| (h.name.to_owned(), h.value.to_vec()))
                .collect();
            // Framing fields in trailers would tell a proxy something else.
            let framing = |n: &str| {
                n.eq_ignore_ascii_case("content-length")
                    || n.eq_ignore_ascii_case("transfer-encoding")
            };
            if pairs.iter().any(|(name, _)| framing(name)) {
                return Err(parse_error(ctx, "framing field in trailers"));
            }
            header_object(ctx, &pairs)
        }
        _ => Err(parse_error(ctx, "invalid trailers")),
    }
}
