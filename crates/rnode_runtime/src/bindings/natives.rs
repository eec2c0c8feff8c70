//! `process.binding('natives')`: the embedded core JS and the compiler the
//! module loader (`js/internal/module.js`) uses.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsValue};

use crate::modules;

pub fn binding(ctx: &mut Context) -> JsObject {
    let obj = super::object_with(
        ctx,
        &[
            ("compile", modules::js_compile, 2),
            ("source", modules::js_source, 1),
        ],
    );
    let ids: Vec<JsValue> = modules::core_ids()
        .map(|id| js_string!(id).into())
        .collect();
    let list = JsArray::from_iter(ids, ctx);
    super::put(ctx, &obj, "ids", list);
    obj
}
