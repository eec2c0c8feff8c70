//! Helpers every binding uses to build and call JS objects from Rust.
//! Kept apart from the binding registry (`bindings/mod.rs`) so bindings
//! import these, never each other's registry.

use boa_engine::native_function::NativeFunctionPointer;
use boa_engine::object::ObjectInitializer;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};

/// An object holding the given native functions.
pub fn object_with(ctx: &mut Context, fns: &[(&str, NativeFunctionPointer, usize)]) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    for &(name, f, len) in fns {
        init.function(NativeFunction::from_fn_ptr(f), js_string!(name), len);
    }
    init.build()
}

/// `obj[name](args…)` with `obj` as `this`; a missing method does nothing
/// (undefined). Names are `js_string!("literal")`s, which cost nothing.
pub fn call_method(
    ctx: &mut Context,
    obj: &JsObject,
    name: boa_engine::JsString,
    args: &[JsValue],
) -> JsResult<JsValue> {
    let f = obj.get(name, ctx)?;
    match f.as_callable() {
        Some(f) => f.call(&obj.clone().into(), args, ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// A new `{}`. Made with a shared shape, as JS object literals are: Boa's
/// public `with_object_proto` gives each object a unique shape, which
/// defeats the inline caches of every JS property access on it.
pub fn new_object(ctx: &mut Context) -> JsObject {
    let proto = ctx.intrinsics().constructors().object().prototype();
    object_with_proto(ctx, proto)
}

/// A new ordinary object with prototype `proto` (shared shape, as
/// [`new_object`]).
pub fn object_with_proto(ctx: &mut Context, proto: JsObject) -> JsObject {
    JsObject::new(
        ctx.root_shape(),
        proto,
        boa_engine::builtins::object::OrdinaryObject,
    )
    .upcast()
}

/// Sets a plain data property on an object being built (no setters, no
/// frozen objects, so it cannot fail): straight into the object's property
/// table, the cheapest way Boa offers.
pub fn put(_ctx: &mut Context, obj: &JsObject, key: &str, value: impl Into<JsValue>) {
    init(obj, js_string!(key), value);
}

/// [`put`] with a ready-made key (`js_string!("literal")` costs nothing).
pub fn init(obj: &JsObject, key: boa_engine::JsString, value: impl Into<JsValue>) {
    obj.insert_property(
        key,
        boa_engine::property::PropertyDescriptor::builder()
            .value(value)
            .writable(true)
            .enumerable(true)
            .configurable(true),
    );
}
