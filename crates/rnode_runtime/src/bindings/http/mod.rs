//! `process.binding('http')`: the per-message and per-chunk work of
//! `js/http.js` (the manual's "HTTP" section, ServerResponse and
//! ClientRequest) done natively: building the request and response
//! objects, rendering a message head (`_storeHeader`, `writeHead`), and
//! `write`/`end`, which send the head, the body (as chunks when chunked)
//! and the last chunk straight to the socket.
//!
//! The objects stay ordinary JS objects whose prototypes `js/http.js`
//! defines, so everything else about them (events, `setHeader`,
//! overriding a method) is plain JS.

mod end;
mod fields;
mod head;
mod server;

use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

use crate::args;
use crate::errors::type_error;

pub use server::{dispatch_request, forget, queued, request_complete, ServerConn};

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("setup", setup, 3),
            ("storeHeader", head::store_header, 2),
            ("writeHead", head::write_head, 3),
            ("write", end::write, 2),
            ("end", end::end, 2),
            ("finish", end::finish, 0),
            ("pendingResponses", server::pending_responses, 1),
            ("currentResponse", server::current_response, 1),
            ("unfinishedRequests", server::unfinished_requests, 1),
        ],
    )
}

/// What `js/http.js` registers once: the status texts and the prototypes
/// of the objects made here.
struct Classes {
    status_codes: JsObject,
    incoming: JsObject,
    outgoing: JsObject,
    response: JsObject,
}

/// `STATUS_CODES[code]`, from the table js/http.js registered.
fn status_codes(ctx: &Context) -> Option<JsObject> {
    ctx.get_data::<Classes>().map(|c| c.status_codes.clone())
}

/// `setup(STATUS_CODES, IncomingMessage.prototype, OutgoingMessage.prototype,
/// ServerResponse.prototype)`; defines the messages' state fields as
/// accessors on those prototypes (`fields.rs`).
fn setup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let classes = Classes {
        status_codes: args::object(a, 0, "STATUS_CODES")?,
        incoming: args::object(a, 1, "IncomingMessage.prototype")?,
        outgoing: args::object(a, 2, "OutgoingMessage.prototype")?,
        response: args::object(a, 3, "ServerResponse.prototype")?,
    };
    fields::install(ctx, &classes)?;
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
    let msg = fields::new_message(ctx, proto, None);
    // `connection` reads `socket` (an accessor on the prototype).
    crate::host::init(&msg, js_string!("socket"), socket.clone());
    crate::host::init(&msg, js_string!("headers"), headers);
    // `trailers` is made on first use (an accessor on the prototype).
    // HTTP/1.1 is the prototype's default.
    if version_minor != 1 {
        crate::host::init(
            &msg,
            js_string!("httpVersionMinor"),
            u32::from(version_minor),
        );
        let version = format!("1.{version_minor}");
        crate::host::init(
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
/// ServerConnection); its state fields start at their defaults
/// (`fields.rs`), and `_headers` is made on first use.
pub fn server_response(
    ctx: &mut Context,
    at: &ServerConn<'_>,
    facts: &RequestFacts,
) -> JsResult<JsObject> {
    let (_, proto) = classes(ctx)?;
    let res = fields::new_message(ctx, proto, Some(at.parser));
    fields::set_value(&res, &fields::CONNECTION, at.socket.clone());
    if facts.head {
        fields::set_flag(&res, &fields::HAS_BODY, false);
    }
    if facts.version_minor == 0 {
        fields::set_flag(&res, &fields::CHUNKED_BY_DEFAULT, false);
    }
    if facts.version_minor == 0 || !facts.keep_alive {
        fields::set_flag(&res, &fields::KEEP_ALIVE, false);
    }
    Ok(res)
}

/// `obj[key]`, as a boolean (for objects other than messages: sockets,
/// connections, requests).
pub(super) fn truthy(ctx: &mut Context, obj: &JsObject, key: JsString) -> JsResult<bool> {
    Ok(obj.get(key, ctx)?.to_boolean())
}

pub(super) fn this_object(this: &JsValue) -> JsResult<JsObject> {
    this.as_object()
        .ok_or_else(|| type_error("not an http message"))
}

/// `emitter.emit(name, args…)`.
pub(super) fn emit(
    ctx: &mut Context,
    emitter: &JsObject,
    name: JsString,
    args: &[JsValue],
) -> JsResult<()> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(JsValue::from(name));
    all.extend_from_slice(args);
    super::events::emit(&emitter.clone().into(), &all, ctx).map(drop)
}
