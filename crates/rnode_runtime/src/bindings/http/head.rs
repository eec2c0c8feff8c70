//! Message heads: `_storeHeader` (ClientRequest) and `writeHead`
//! (ServerResponse) render the status or request line and the headers into
//! `_header`, choosing the body's framing.

use boa_engine::property::PropertyKey;
use boa_engine::string::JsStrVariant;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use super::fields::{self, flag, set_flag};
use super::this_object;
use crate::args;
use crate::host::new_object;

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
    /// One header line per value; an array gives one line per element,
    /// each element taken as a string, as 0.4's `_storeHeader` (one level:
    /// a self-containing array cannot recurse here).
    fn add(&mut self, ctx: &mut Context, name: &JsValue, value: &JsValue) -> JsResult<()> {
        if let Some(list) = value.as_object().filter(JsObject::is_array) {
            let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
            for i in 0..len {
                let item = list.get(i, ctx)?;
                self.add_line(ctx, name, &item)?;
            }
            return Ok(());
        }
        self.add_line(ctx, name, value)
    }

    fn add_line(&mut self, ctx: &mut Context, name: &JsValue, value: &JsValue) -> JsResult<()> {
        let name = header_text(&name.to_string(ctx)?);
        let value = header_text(&value.to_string(ctx)?);
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
                let stored = headers_set(ctx, self.msg)?;
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

/// A status line's or header's text: a head goes out as binary (one byte
/// per char), so this skips the escaping `to_std_string_escaped` does.
fn header_text(s: &boa_engine::JsString) -> String {
    match s.variant() {
        JsStrVariant::Latin1(bytes) => bytes.iter().map(|&b| char::from(b)).collect(),
        JsStrVariant::Utf16(units) => char::decode_utf16(units.iter().copied())
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    }
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack.to_ascii_lowercase().contains(needle)
}

/// An object's own string keys, in property order.
pub(super) fn string_keys(ctx: &mut Context, obj: &JsObject) -> JsResult<Vec<PropertyKey>> {
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
/// The headers set with `setHeader` (`_headers`, made on first use:
/// undefined when there are none).
fn headers_set(ctx: &mut Context, msg: &JsObject) -> JsResult<JsValue> {
    Ok(fields::own(ctx, msg, &js_string!("_headers"))?.unwrap_or_default())
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
    let was_keep_alive = flag(ctx, msg, &fields::KEEP_ALIVE)?;
    let mut keep_alive = head.keep_alive.unwrap_or(was_keep_alive);
    let chunked_default = flag(ctx, msg, &fields::CHUNKED_BY_DEFAULT)?;
    let has_body = flag(ctx, msg, &fields::HAS_BODY)?;
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
    // Only what differs from the defaults (`_headerSent` is still false: a
    // head is rendered before it is sent).
    fields::set_value(msg, &fields::HEADER, js_string!(head.text.as_str()).into());
    if chunked {
        set_flag(msg, &fields::CHUNKED, true);
    }
    if keep_alive != was_keep_alive {
        set_flag(msg, &fields::KEEP_ALIVE, keep_alive);
    }
    Ok(())
}

/// `msg._storeHeader(firstLine, [headers])`: a ClientRequest's head; no
/// headers means the ones set with `setHeader`.
pub(super) fn store_header(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let msg = this_object(this)?;
    let first_line = args::to_string(ctx, a, 0)?;
    render_head(ctx, &msg, &first_line, Headers::of(&args::arg(a, 1)), false)?;
    Ok(JsValue::undefined())
}
/// `res.writeHead(statusCode, [reasonPhrase], [headers])`.
pub(super) fn write_head(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let res = this_object(this)?;
    let status = args::arg(a, 0);
    let (reason, headers) = match a.get(1).and_then(JsValue::as_string) {
        Some(reason) => (header_text(&reason), args::arg(a, 2)),
        None => (status_text(ctx, &status)?, args::arg(a, 1)),
    };
    fields::set_value(&res, &fields::STATUS_CODE, status.clone());
    let headers = merged_headers(ctx, &res, &headers)?;
    let code = status.as_number().unwrap_or(0.0);
    if code == 204.0 || code == 304.0 || (100.0..200.0).contains(&code) {
        set_flag(&res, &fields::HAS_BODY, false);
    }
    if flag(ctx, &res, &fields::EXPECT_CONTINUE)? && !flag(ctx, &res, &fields::SENT_100)? {
        set_flag(&res, &fields::KEEP_ALIVE, false);
    }
    let status = header_text(&status.to_string(ctx)?);
    let first_line = format!("HTTP/1.1 {status} {reason}");
    render_head(ctx, &res, &first_line, headers, true)?;
    Ok(JsValue::undefined())
}

/// `STATUS_CODES[code]`, or 'unknown'.
fn status_text(ctx: &mut Context, status: &JsValue) -> JsResult<String> {
    let text = match super::status_codes(ctx) {
        Some(table) => table.get(status.to_property_key(ctx)?, ctx)?,
        None => JsValue::undefined(),
    };
    Ok(match text.as_string() {
        Some(text) if !text.is_empty() => header_text(&text),
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
    let stored = headers_set(ctx, res)?;
    let stored = match stored.as_object() {
        Some(stored) if !string_keys(ctx, &stored)?.is_empty() => stored,
        _ => return Ok(Headers::Object(given)),
    };
    let names = res.get(js_string!("_headerNames"), ctx)?;
    let merged = new_object(ctx);
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
