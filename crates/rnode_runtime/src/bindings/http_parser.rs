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

use std::cell::RefCell;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::args;
use crate::errors::plain_error;

/// Largest head (request/status line plus headers) accepted.
const MAX_HEAD: usize = 80 * 1024;
const MAX_HEADERS: usize = 128;

pub fn binding(ctx: &mut Context) -> JsObject {
    super::object_with(
        ctx,
        &[
            ("create", create, 2),
            ("feed", feed_js, 2),
            ("finish", finish, 1),
            ("free", free, 1),
            ("incoming", incoming, 1),
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

/// `create(kind, target, socket)` → parser id; kind is 'request' or
/// 'response'.
fn create(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let kind = if args::string(a, 0, "kind")? == "request" {
        Kind::Request
    } else {
        Kind::Response
    };
    let target = args::object(a, 1, "target")?;
    let socket = args::arg(a, 2);
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
        super::call_method(
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
pub fn feed(ctx: &mut Context, id: u32, data: &[u8]) -> JsResult<()> {
    let Some(target) = PARSERS.with(|p| p.borrow().get(&id).map(|p| p.target.clone())) else {
        return Ok(());
    };
    match execute_bytes(ctx, id, data) {
        Ok((consumed, true)) => {
            let rest = super::buffer::new_buffer(ctx, data.get(consumed..).unwrap_or(&[]))?;
            super::call_method(ctx, &target, js_string!("_onupgrade"), &[rest.into()]).map(drop)
        }
        Ok(_) => Ok(()),
        Err(err) if PARSE_FAILED.with(|f| f.get()) => {
            let value = crate::report::error_value(ctx, err);
            super::call_method(ctx, &target, js_string!("_onparseerror"), &[value]).map(drop)
        }
        Err(err) => Err(err),
    }
}

fn parse_error(ctx: &mut Context, message: &str) -> boa_engine::JsError {
    PARSE_FAILED.with(|f| f.set(true));
    let err = plain_error(format!("Parse Error: {message}"));
    let value = crate::report::error_value(ctx, err);
    if let Some(obj) = value.as_object() {
        let _ = obj.set(js_string!("code"), js_string!("HPE_INVALID"), false, ctx);
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
            Body::Head => match head(ctx, parser, rest)? {
                Some(n) => pos += n,
                None => {
                    if rest.len() > MAX_HEAD {
                        return Err(parse_error(ctx, "header overflow"));
                    }
                    parser.pending = rest.to_vec();
                    return Ok(data.len());
                }
            },
            Body::Length(left) => {
                let n = (left as usize).min(rest.len());
                body(ctx, parser, &rest[..n])?;
                pos += n;
                if left as usize == n {
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
                let Some(line_end) = memchr::memmem::find(rest, b"\r\n") else {
                    if rest.len() > MAX_HEAD {
                        return Err(parse_error(ctx, "chunk line too long"));
                    }
                    parser.pending = rest.to_vec();
                    return Ok(data.len());
                };
                if parser.state == Body::ChunkEnd {
                    if line_end != 0 {
                        return Err(parse_error(ctx, "missing CRLF after chunk"));
                    }
                    parser.state = Body::ChunkSize;
                    pos += 2;
                } else if parser.state == Body::ChunkSize {
                    let size = chunk_size(&rest[..line_end])
                        .ok_or_else(|| parse_error(ctx, "invalid chunk size"))?;
                    pos += line_end + 2;
                    parser.state = if size == 0 {
                        Body::Trailers
                    } else {
                        Body::ChunkData(size)
                    };
                } else {
                    // Trailers: header lines up to an empty line.
                    let Some(end) = memchr::memmem::find(rest, b"\r\n\r\n")
                        .map(|i| i + 4)
                        .or((line_end == 0).then_some(2))
                    else {
                        parser.pending = rest.to_vec();
                        return Ok(data.len());
                    };
                    let trailers = if end > 2 {
                        trailer_object(ctx, &rest[..end])?
                    } else {
                        empty_object(ctx)
                    };
                    pos += end;
                    complete(ctx, parser, trailers)?;
                }
            }
            Body::ChunkData(left) => {
                let n = (left as usize).min(rest.len());
                body(ctx, parser, &rest[..n])?;
                pos += n;
                parser.state = if left as usize == n {
                    Body::ChunkEnd
                } else {
                    Body::ChunkData(left - n as u64)
                };
            }
        }
    }
    Ok(pos.saturating_sub(carried).min(data.len()))
}

fn chunk_size(line: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(line).ok()?;
    let hex = text.split(';').next()?.trim();
    if hex.is_empty() {
        return None;
    }
    u64::from_str_radix(hex, 16).ok()
}

fn body(ctx: &mut Context, parser: &Parser, bytes: &[u8]) -> JsResult<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    let buffer = super::buffer::new_buffer(ctx, bytes)?.into();
    match (&parser.kind, &parser.current) {
        (Kind::Request, Some(req)) => super::call_method(ctx, req, js_string!("_push"), &[buffer]),
        _ => super::call_method(ctx, &parser.target, js_string!("_onbody"), &[buffer]),
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
            super::call_method(ctx, &parser.target, js_string!("_oncomplete"), &[trailers])
                .map(drop)
        }
    }
}

fn empty_object(ctx: &mut Context) -> JsValue {
    super::new_object(ctx).into()
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
    Ok(match kind {
        Kind::Request => {
            if !known_method(bytes) {
                return Err(httparse::Error::Token);
            }
            let mut req = httparse::Request::new(&mut headers);
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
            let mut res = httparse::Response::new(&mut headers);
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
    let framing = Framing::of(&pairs);
    let keep_alive = if version >= 1 {
        !framing.close
    } else {
        framing.keep_alive
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
            super::init(&msg, js_string!("method"), js_string!(method));
            super::init(
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
            super::init(&msg, js_string!("statusCode"), code);
            let args = [msg.into(), keep_alive.into(), upgrade.into()];
            super::call_method(ctx, &parser.target, js_string!("_onheaders"), &args)?.to_boolean()
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
    fn of(pairs: &[(String, Vec<u8>)]) -> Self {
        let mut f = Framing::default();
        for (name, value) in pairs {
            let value = String::from_utf8_lossy(value).to_ascii_lowercase();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => f.length = value.trim().parse().ok(),
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
    let obj = super::new_object(ctx);
    for (key, value) in merged {
        let value: JsValue = match value {
            Merged::One(text) => js_string!(text.as_str()).into(),
            Merged::List(list) => {
                let items = list.iter().map(|v| js_string!(v.as_str()).into());
                JsArray::from_iter(items, ctx).into()
            }
        };
        super::init(&obj, js_string!(key.as_str()), value);
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
            header_object(ctx, &pairs)
        }
        _ => Err(parse_error(ctx, "invalid trailers")),
    }
}
