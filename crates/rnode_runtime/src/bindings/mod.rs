//! Native bindings: the Rust halves of the core modules. JS reaches them
//! with `process.binding(name)`; each name here matches a file in this
//! directory and the JS that calls it (`js/timers.js` calls
//! `binding.start`, `timers.rs` registers `start`).

use boa_engine::native_function::NativeFunctionPointer;
use boa_engine::object::ObjectInitializer;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};

use crate::args;
use crate::errors::plain_error;

pub mod buffer;
#[cfg(feature = "child_process")]
pub mod child_process;
pub mod constants;
#[cfg(feature = "crypto")]
pub mod crypto;
#[cfg(feature = "dgram")]
pub mod dgram;
#[cfg(feature = "dns")]
pub mod dns;
pub mod events;
pub mod fs;
#[cfg(feature = "net")]
pub mod http;
#[cfg(feature = "net")]
pub mod http_parser;
pub mod natives;
#[cfg(feature = "net")]
pub mod net;
pub mod os;
pub mod process;
pub mod signals;
pub mod stdio;
pub mod timers;
#[cfg(feature = "tty")]
pub mod tty;
pub mod vm;

/// `process.binding(name)`: builds a binding object (the JS side caches it).
pub fn js_binding(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = args::string(a, 0, "name")?;
    let obj = match name.as_str() {
        "buffer" => buffer::binding(ctx),
        #[cfg(feature = "child_process")]
        "child_process" => child_process::binding(ctx),
        "constants" => constants::binding(ctx)?,
        #[cfg(feature = "dgram")]
        "dgram" => dgram::binding(ctx),
        #[cfg(feature = "dns")]
        "dns" => dns::binding(ctx),
        #[cfg(feature = "crypto")]
        "crypto" => crypto::binding(ctx),
        "events" => events::binding(ctx),
        "fs" => fs::binding(ctx),
        #[cfg(feature = "net")]
        "http" => http::binding(ctx),
        #[cfg(feature = "net")]
        "http_parser" => http_parser::binding(ctx),
        "natives" => natives::binding(ctx),
        #[cfg(feature = "net")]
        "net" => net::binding(ctx),
        "os" => os::binding(ctx),
        "signals" => signals::binding(ctx),
        "stdio" => stdio::binding(ctx),
        "timers" => timers::binding(ctx),
        #[cfg(feature = "tty")]
        "tty" => tty::binding(ctx),
        "vm" => vm::binding(ctx),
        _ => return Err(plain_error(format!("No such module: {name}"))),
    };
    Ok(obj.into())
}

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
