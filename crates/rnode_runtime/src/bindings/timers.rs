//! `process.binding('timers')`: arming and disarming timers on the event
//! loop. `js/timers.js` owns the `Timeout` objects; the loop calls their
//! `_onTimeout` when due. Spec: the manual's "Timers" section.

use boa_engine::{Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::event_loop::EventLoop;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("start", start, 2),
            ("stop", stop, 1),
            ("setRef", set_ref, 2),
        ],
    )
}

/// `start(timer, ms)` → id.
fn start(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let timer = args::object(a, 0, "timer")?;
    let ms = args::arg(a, 1).to_number(ctx)?;
    let id = EventLoop::of(ctx)?.start_timer(timer, ms);
    Ok(JsValue::from(id as f64))
}

fn timer_id(a: &[JsValue]) -> Option<u64> {
    a.first()?
        .as_number()
        .filter(|n| *n >= 0.0)
        .map(|n| n as u64)
}

/// `stop(id)`; unknown ids are ignored (clearTimeout tolerates anything).
fn stop(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(id) = timer_id(a) {
        EventLoop::of(ctx)?.stop_timer(id);
    }
    Ok(JsValue::undefined())
}

/// `setRef(id, on)`: whether the timer keeps the process alive.
fn set_ref(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(id) = timer_id(a) {
        EventLoop::of(ctx)?.set_timer_ref(id, args::arg(a, 1).to_boolean());
    }
    Ok(JsValue::undefined())
}
