//! The message fields Rust reads on every request, and their defaults.
//!
//! A message object holds only what differs from the defaults; the
//! defaults sit on `OutgoingMessage.prototype`, put there by `setup` from
//! [`DEFAULTS`], so JS sees them as before. Rust reads the object's own
//! property and, when there is none, the default from here: in Boa a
//! property found two prototypes up costs three hash lookups, and a
//! request reads about twenty of these.
//!
//! **Invariant:** these are private fields of `js/http.js`; a program that
//! changes one on a prototype (not on a message) is not seen here.

use boa_engine::property::PropertyKey;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

/// A boolean field and its default.
pub(super) struct Flag {
    key: JsString,
    default: bool,
}

macro_rules! flags {
    ($($name:ident = $key:literal, $default:literal;)*) => {
        $(pub(super) const $name: Flag = Flag { key: js_string!($key), default: $default };)*
        /// Every boolean field with its default, for `setup`.
        const FLAGS: &[Flag] = &[$($name),*];
    };
}

flags! {
    FINISHED = "finished", false;
    WRITABLE = "writable", true;
    HEADER_SENT = "_headerSent", false;
    HAS_BODY = "_hasBody", true;
    CHUNKED = "chunkedEncoding", false;
    CHUNKED_BY_DEFAULT = "useChunkedEncodingByDefault", true;
    KEEP_ALIVE = "shouldKeepAlive", true;
    EXPECT_CONTINUE = "_expectContinue", false;
    SENT_100 = "_sent100", false;
}

/// Fields whose default is the empty string: the rendered head and the
/// trailer lines.
pub(super) const HEADER: JsString = js_string!("_header");
pub(super) const TRAILER: JsString = js_string!("_trailer");

/// `obj`'s own property `key`: `None` when it has none. An accessor is
/// called, as a JS read would.
pub(super) fn own(ctx: &mut Context, obj: &JsObject, key: &JsString) -> JsResult<Option<JsValue>> {
    let key = PropertyKey::String(key.clone());
    let found = obj.borrow().properties().get(&key);
    match found {
        Some(desc) if desc.is_accessor_descriptor() => obj.get(key, ctx).map(Some),
        Some(desc) => Ok(Some(desc.value().cloned().unwrap_or_default())),
        None => Ok(None),
    }
}

/// A boolean field of a message.
pub(super) fn flag(ctx: &mut Context, msg: &JsObject, flag: &Flag) -> JsResult<bool> {
    Ok(own(ctx, msg, &flag.key)?.map_or(flag.default, |v| v.to_boolean()))
}

/// A string field of a message ('' by default).
pub(super) fn text(ctx: &mut Context, msg: &JsObject, key: &JsString) -> JsResult<JsString> {
    match own(ctx, msg, key)? {
        Some(value) => value.to_string(ctx),
        None => Ok(JsString::default()),
    }
}

/// Sets boolean field `flag` (an own property, as a JS assignment on a
/// message makes).
pub(super) fn set_flag(msg: &JsObject, flag: &Flag, on: bool) {
    crate::bindings::init(msg, flag.key.clone(), on);
}

/// Puts the defaults on `OutgoingMessage.prototype`.
pub(super) fn install_defaults(proto: &JsObject) {
    for f in FLAGS {
        crate::bindings::init(proto, f.key.clone(), f.default);
    }
    for key in [HEADER, TRAILER] {
        crate::bindings::init(proto, key, JsString::default());
    }
}
