//! The server side of a connection: its queue of responses (pipelined
//! requests are answered in order) and the dispatch of each request.

use std::cell::RefCell;
use std::collections::VecDeque;

use rustc_hash::FxHashMap;

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use super::fields::{self, flag};
use super::{emit, truthy};
use crate::args;
use crate::host::{call_method, init};

struct Pending {
    res: JsObject,
    req: JsObject,
}

/// A server connection's responses in request order (pipelining: only the
/// first may write), with the objects finishing one needs.
struct Queue {
    /// js/http.js's ServerConnection.
    conn: JsObject,
    socket: JsObject,
    /// Each unfinished response, with its request.
    responses: VecDeque<Pending>,
}

thread_local! {
    /// Each server connection's queue, by the connection's parser id.
    static QUEUES: RefCell<FxHashMap<u32, Queue>> = RefCell::default();
}

/// Unfinished responses on connection `parser`.
pub fn queued(parser: u32) -> usize {
    QUEUES.with(|q| q.borrow().get(&parser).map_or(0, |q| q.responses.len()))
}

/// Drops connection `parser`'s response queue (the parser is freed).
pub fn forget(parser: u32) {
    QUEUES.with(|q| q.borrow_mut().remove(&parser));
}

/// `unfinishedRequests(parser)` → the requests whose responses are not
/// finished, in order (they are aborted when the connection closes).
pub(super) fn unfinished_requests(
    _: &JsValue,
    a: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let parser = args::int(a, 0, "parser")?.max(0) as u32;
    let reqs: Vec<JsValue> = QUEUES.with(|q| {
        q.borrow().get(&parser).map_or_else(Vec::new, |q| {
            q.responses.iter().map(|p| p.req.clone().into()).collect()
        })
    });
    Ok(boa_engine::object::builtins::JsArray::from_iter(reqs, ctx).into())
}

/// `currentResponse(parser)` → the response now writing on connection
/// `parser` (the first unfinished one), or undefined.
pub(super) fn current_response(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let parser = args::int(a, 0, "parser")?.max(0) as u32;
    Ok(QUEUES.with(|q| {
        q.borrow()
            .get(&parser)
            .and_then(|q| q.responses.front().map(|p| p.res.clone().into()))
            .unwrap_or_default()
    }))
}

/// `pendingResponses(parser)` → responses not yet complete.
pub(super) fn pending_responses(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let parser = args::int(a, 0, "parser")?.max(0) as u32;
    let n = QUEUES.with(|q| q.borrow().get(&parser).map_or(0, |q| q.responses.len()));
    Ok(JsValue::from(n as u32))
}

/// Response `res` on connection `parser` is complete: the next one may
/// write (what it buffered goes out), or the connection ends when not
/// kept alive or the client has hung up.
pub(super) fn response_done(ctx: &mut Context, parser: u32, res: &JsObject) -> JsResult<()> {
    let popped = QUEUES.with(|q| {
        let mut queues = q.borrow_mut();
        let queue = queues.get_mut(&parser)?;
        queue.responses.pop_front();
        let next = queue.responses.front().map(|p| p.res.clone());
        Some((queue.conn.clone(), queue.socket.clone(), next))
    });
    // A connection already closed (its parser freed) has nothing to do.
    let Some((conn, socket, next)) = popped else {
        return Ok(());
    };
    crate::bindings::http_parser::unblock(ctx, parser)?;
    if !flag(ctx, res, &fields::KEEP_ALIVE)? {
        init(&socket, js_string!("_httpMessage"), JsValue::null());
        return call_method(ctx, &socket, js_string!("destroySoon"), &[]).map(drop);
    }
    let current = next.clone().map_or(JsValue::null(), JsValue::from);
    init(&socket, js_string!("_httpMessage"), current);
    if let Some(next) = next {
        call_method(ctx, &next, js_string!("_flushOutput"), &[])?;
        if flag(ctx, &next, &fields::FINISHED)? {
            super::end::finish_message(ctx, &next)?;
        }
    } else if truthy(ctx, &conn, js_string!("ended"))? {
        call_method(ctx, &socket, js_string!("destroySoon"), &[])?;
    }
    Ok(())
}

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
    let Some(res) = res else {
        init(at.conn, js_string!("upgrade"), req);
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
        queue.responses.push_back(Pending {
            res: res.clone(),
            req: req.clone(),
        });
        queue.responses.len() == 1
    });
    if first {
        init(&socket, js_string!("_httpMessage"), res.clone());
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
        init(req, js_string!("trailers"), trailers);
    }
    let held = req.get(js_string!("_pending"), ctx)?;
    let held = match held.as_object() {
        Some(list) => list.get(js_string!("length"), ctx)?.to_length(ctx)? > 0,
        None => false,
    };
    if held || flag(ctx, req, &fields::PAUSED)? {
        return call_method(ctx, req, js_string!("_push"), &[JsValue::null()]).map(drop);
    }
    fields::set_flag(req, &fields::COMPLETE, true);
    fields::set_flag(req, &fields::READABLE, false);
    emit(ctx, req, js_string!("end"), &[])
}
