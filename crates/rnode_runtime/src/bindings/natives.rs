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

pub fn binding(ctx: &mut Context) -> JsObject {
    let obj = crate::host::object_with(
        ctx,
        &[
            ("compile", modules::js_compile, 2),
            ("source", modules::js_source, 1),
            ("host", host_module, 1),
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
