//! `process.binding('events')`: `EventEmitter.prototype.emit`, the busiest
//! function of every stream and server, done natively. Storage is
//! `js/events.js`'s (Node 0.4's): `this._events[type]` is one listener
//! function or an array of them.

use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue};

use crate::errors::type_error;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(ctx, &[("emit", emit, 1)])
}

/// `emit(type, args…)` → whether there were listeners. An `'error'` with
/// no listener throws the error (or a generic one for a non-Error).
pub fn emit(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let emitter = this
        .as_object()
        .ok_or_else(|| type_error("emit called on a non-object"))?;
    let kind = a.first().cloned().unwrap_or_default();
    let rest = a.get(1..).unwrap_or(&[]);
    let events = emitter.get(js_string!("_events"), ctx)?;
    let handler = match events.as_object() {
        Some(events) => events.get(kind.to_property_key(ctx)?, ctx)?,
        None => JsValue::undefined(),
    };
    if let Some(listener) = handler.as_callable() {
        listener.call(this, rest, ctx)?;
        return Ok(JsValue::from(true));
    }
    let listeners = match handler.as_object() {
        Some(array) if array.is_array() => snapshot(ctx, &array)?,
        _ => Vec::new(),
    };
    if listeners.is_empty() {
        if kind
            .as_string()
            .is_some_and(|s| s.to_std_string_escaped() == "error")
        {
            return Err(unhandled_error(
                ctx,
                rest.first().cloned().unwrap_or_default(),
            ));
        }
        return Ok(JsValue::from(false));
    }
    // Listeners added or removed by a listener do not affect this emit.
    for listener in listeners {
        if let Some(f) = listener.as_callable() {
            f.call(this, rest, ctx)?;
        }
    }
    Ok(JsValue::from(true))
}

fn snapshot(ctx: &mut Context, array: &JsObject) -> JsResult<Vec<JsValue>> {
    let len = array.get(js_string!("length"), ctx)?.to_length(ctx)?;
    (0..len).map(|i| array.get(i, ctx)).collect()
}

fn unhandled_error(ctx: &mut Context, value: JsValue) -> boa_engine::JsError {
    let error_ctor: JsValue = ctx.intrinsics().constructors().error().constructor().into();
    if value.instance_of(&error_ctor, ctx).unwrap_or(false) {
        return boa_engine::JsError::from_opaque(value);
    }
    JsNativeError::error()
        .with_message("Uncaught, unspecified 'error' event.")
        .into()
}
