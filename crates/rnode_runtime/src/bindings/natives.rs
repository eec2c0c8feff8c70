//! `process.binding('natives')`: the embedded core JS and the compiler the
//! module loader (`js/internal/module.js`) uses.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsValue};

use crate::embed::HostModule;
use crate::modules;

/// The embedding host's modules (`RuntimeOptions::host_modules`).
pub struct HostModules(pub Vec<HostModule>);

/// `host(id)`: builds host module `id`'s exports (bootstrap caches them).
fn host_module(
    _: &boa_engine::JsValue,
    a: &[JsValue],
    ctx: &mut Context,
) -> boa_engine::JsResult<JsValue> {
    let id = crate::args::string(a, 0, "id")?;
    let build = ctx
        .get_data::<HostModules>()
        .and_then(|m| m.0.iter().find(|m| m.name == id).map(|m| m.build.clone()));
    match build {
        Some(build) => Ok(build(ctx)?.into()),
        None => Err(crate::errors::plain_error(format!(
            "No such host module {id}"
        ))),
    }
}

/// `errorFrames(err)`: the frames of an Error's stack, innermost first,
/// each `{ name, file, line, column, native, eval, fn, self, construct }`
/// (`js/internal/bootstrap.js` makes V8's CallSites of them); `undefined`
/// for a value that is not an Error with a backtrace.
fn error_frames(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> boa_engine::JsResult<JsValue> {
    let frames = a
        .first()
        .and_then(JsValue::as_object)
        .and_then(|err| boa_engine::builtins::error::stack_frames(&err));
    let Some(frames) = frames else {
        return Ok(JsValue::undefined());
    };
    let list: Vec<JsValue> = frames
        .into_iter()
        .map(|frame| {
            let obj = crate::host::new_object(ctx);
            let or_null = |v: Option<u32>| v.map_or(JsValue::null(), JsValue::from);
            crate::host::init(&obj, js_string!("name"), frame.function_name);
            let file = frame.file.map_or(JsValue::null(), |f| js_string!(f).into());
            crate::host::init(&obj, js_string!("file"), file);
            crate::host::init(&obj, js_string!("line"), or_null(frame.line));
            crate::host::init(&obj, js_string!("column"), or_null(frame.column));
            crate::host::init(&obj, js_string!("native"), frame.native);
            crate::host::init(&obj, js_string!("eval"), frame.eval);
            let function = frame.function.map_or(JsValue::undefined(), JsValue::from);
            crate::host::init(&obj, js_string!("fn"), function);
            crate::host::init(&obj, js_string!("self"), frame.this);
            crate::host::init(&obj, js_string!("construct"), frame.construct);
            obj.into()
        })
        .collect();
    Ok(JsArray::from_iter(list, ctx).into())
}

pub fn binding(ctx: &mut Context) -> JsObject {
    let obj = crate::host::object_with(
        ctx,
        &[
            ("compile", modules::js_compile, 2),
            ("source", modules::js_source, 1),
            ("host", host_module, 1),
            ("errorFrames", error_frames, 1),
        ],
    );
    let host_ids: Vec<JsValue> = ctx
        .get_data::<HostModules>()
        .map(|m| {
            m.0.iter()
                .map(|m| js_string!(m.name.as_str()).into())
                .collect()
        })
        .unwrap_or_default();
    let host_ids = JsArray::from_iter(host_ids, ctx);
    crate::host::put(ctx, &obj, "hostIds", host_ids);
    let ids: Vec<JsValue> = modules::core_ids()
        .map(|id| js_string!(id).into())
        .collect();
    let list = JsArray::from_iter(ids, ctx);
    crate::host::put(ctx, &obj, "ids", list);
    let left_out = JsObject::with_null_proto();
    for (id, feature) in modules::left_out() {
        crate::host::put(ctx, &left_out, id, js_string!(*feature));
    }
    crate::host::put(ctx, &obj, "leftOut", left_out);
    obj
}
