//! Native bindings: the Rust halves of the core modules. JS reaches them
//! with `process.binding(name)`; each name here matches a file in this
//! directory and the JS that calls it (`js/timers.js` calls
//! `binding.start`, `timers.rs` registers `start`).

use boa_engine::{Context, JsResult, JsValue};

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
#[cfg(feature = "tls")]
pub mod tls;
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
        #[cfg(feature = "tls")]
        "tls" => tls::binding(ctx),
        #[cfg(feature = "tty")]
        "tty" => tty::binding(ctx),
        "vm" => vm::binding(ctx),
        _ => return Err(plain_error(format!("No such module: {name}"))),
    };
    Ok(obj.into())
}
