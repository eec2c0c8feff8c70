//! The message fields Rust reads and writes on every request.
//!
//! Messages made in Rust (server requests and responses, client
//! responses) hold them natively, in [`Fields`]: reading or setting one
//! is a field access, where a Boa property costs a hash lookup per
//! prototype walked and a shape transition per property added (a request
//! touches about twenty). JS sees them as accessors that `setup` puts on
//! `IncomingMessage.prototype` and `OutgoingMessage.prototype`. A message
//! made in JS (a ClientRequest, a subclass) has no [`Fields`]: assigning
//! a field gives it an own data property, and Rust reads that, or the
//! default.
//!
//! **Invariant:** these are the private fields of `js/http.js` (and
//! `complete`, `readable`, `writable`, `finished`); a program that
//! `Object.defineProperty`s one on a message made in Rust is not seen
//! here.

use std::cell::Cell;

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{
    js_string, Context, JsData, JsObject, JsResult, JsString, JsValue, NativeFunction,
};
use boa_gc::{Finalize, GcRefCell, Trace};

/// The prototype a field's accessor sits on.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Incoming,
    Outgoing,
    /// ServerResponse.prototype.
    Response,
}

/// A boolean field: its name, its bit in [`Fields`] and its default.
pub(super) struct Flag {
    key: JsString,
    bit: u32,
    default: bool,
    class: Class,
}

macro_rules! flags {
    ($($name:ident = $bit:literal, $key:literal, $default:literal, $class:ident;)*) => {
        $(pub(super) const $name: Flag = Flag {
            key: js_string!($key),
            bit: $bit,
            default: $default,
            class: Class::$class,
        };)*
        /// Every flag, indexed by bit (accessors find theirs here).
        const FLAGS: &[Flag] = &[$($name),*];
    };
}

flags! {
    FINISHED = 0, "finished", false, Outgoing;
    WRITABLE = 1, "writable", true, Outgoing;
    HEADER_SENT = 2, "_headerSent", false, Outgoing;
    HAS_BODY = 3, "_hasBody", true, Outgoing;
    CHUNKED = 4, "chunkedEncoding", false, Outgoing;
    CHUNKED_BY_DEFAULT = 5, "useChunkedEncodingByDefault", true, Outgoing;
    KEEP_ALIVE = 6, "shouldKeepAlive", true, Outgoing;
    EXPECT_CONTINUE = 7, "_expectContinue", false, Outgoing;
    SENT_100 = 8, "_sent100", false, Outgoing;
    COMPLETE = 9, "complete", false, Incoming;
    READABLE = 10, "readable", true, Incoming;
    PAUSED = 11, "_paused", false, Incoming;
}

/// A field of any value: where it sits in [`Fields`], its default and its
/// prototype.
pub(super) struct Field {
    key: JsString,
    slot: usize,
    default: Initial,
    class: Class,
}

/// A [`Field`]'s default (a `JsValue` cannot be a constant).
#[derive(Clone, Copy)]
enum Initial {
    Empty,
    Null,
    Status,
}

impl Initial {
    fn value(self) -> JsValue {
        match self {
            Initial::Empty => JsString::default().into(),
            Initial::Null => JsValue::null(),
            Initial::Status => JsValue::from(200),
        }
    }
}

macro_rules! values {
    ($($name:ident = $slot:literal, $key:literal, $default:ident, $class:ident;)*) => {
        $(pub(super) const $name: Field = Field {
            key: js_string!($key),
            slot: $slot,
            default: Initial::$default,
            class: Class::$class,
        };)*
        /// Every value field, indexed by slot.
        const VALUES: &[Field] = &[$($name),*];
        const SLOTS: usize = [$($slot),*].len();
    };
}

values! {
    HEADER = 0, "_header", Empty, Outgoing;
    TRAILER = 1, "_trailer", Empty, Outgoing;
    CONNECTION = 2, "connection", Null, Outgoing;
    STATUS_CODE = 3, "statusCode", Status, Response;
}

/// A message's fields, held natively by messages made in Rust.
#[derive(Trace, Finalize, JsData)]
struct Fields {
    #[unsafe_ignore_trace]
    bits: Cell<u32>,
    /// Undefined until set: the field's default then.
    values: [GcRefCell<JsValue>; SLOTS],
    /// The server connection (parser id) a response answers on.
    #[unsafe_ignore_trace]
    parser: Option<u32>,
}

/// A new message with prototype `proto` and the default fields; a server
/// response also knows its connection's `parser`.
pub(super) fn new_message(ctx: &mut Context, proto: JsObject, parser: Option<u32>) -> JsObject {
    let bits = FLAGS
        .iter()
        .filter(|f| f.default)
        .fold(0, |bits, f| bits | 1 << f.bit);
    let fields = Fields {
        bits: Cell::new(bits),
        values: std::array::from_fn(|_| GcRefCell::new(JsValue::undefined())),
        parser,
    };
    JsObject::new(ctx.root_shape(), proto, fields).upcast()
}

/// The connection a server response made in Rust answers on.
pub(super) fn parser(msg: &JsObject) -> Option<u32> {
    msg.downcast_ref::<Fields>().and_then(|f| f.parser)
}

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
    if let Some(fields) = msg.downcast_ref::<Fields>() {
        return Ok(fields.bits.get() & 1 << flag.bit != 0);
    }
    Ok(own(ctx, msg, &flag.key)?.map_or(flag.default, |v| v.to_boolean()))
}

/// Sets boolean field `flag` (for a message made in JS, as an own
/// property, as a JS assignment makes).
pub(super) fn set_flag(msg: &JsObject, flag: &Flag, on: bool) {
    set_flag_value(msg, flag, on.into());
}

fn set_flag_value(msg: &JsObject, flag: &Flag, value: JsValue) {
    if let Some(fields) = msg.downcast_ref::<Fields>() {
        let mask = 1 << flag.bit;
        let bits = fields.bits.get();
        fields
            .bits
            .set(if value.to_boolean() { bits | mask } else { bits & !mask });
        return;
    }
    crate::bindings::init(msg, flag.key.clone(), value);
}

/// A string field of a message.
pub(super) fn text(ctx: &mut Context, msg: &JsObject, field: &Field) -> JsResult<JsString> {
    value(ctx, msg, field)?.to_string(ctx)
}

/// A field of a message (its default when never set).
pub(super) fn value(ctx: &mut Context, msg: &JsObject, field: &Field) -> JsResult<JsValue> {
    let native = msg
        .downcast_ref::<Fields>()
        .and_then(|f| f.values.get(field.slot).map(|v| v.borrow().clone()));
    let set = match native {
        Some(value) => Some(value).filter(|v| !v.is_undefined()),
        None => own(ctx, msg, &field.key)?,
    };
    Ok(set.unwrap_or_else(|| field.default.value()))
}

/// Sets field `field`.
pub(super) fn set_value(msg: &JsObject, field: &Field, value: JsValue) {
    if let Some(fields) = msg.downcast_ref::<Fields>() {
        if let Some(slot) = fields.values.get(field.slot) {
            *slot.borrow_mut() = value;
        }
        return;
    }
    crate::bindings::init(msg, field.key.clone(), value);
}

/// Defines the fields as accessors on the prototypes of the messages.
pub(super) fn install(ctx: &mut Context, protos: &Prototypes<'_>) -> JsResult<()> {
    for f in FLAGS {
        let bit = f.bit;
        let get = NativeFunction::from_copy_closure(move |this, _, ctx| {
            let (Some(msg), Some(f)) = (this.as_object(), FLAGS.get(bit as usize)) else {
                return Ok(JsValue::undefined());
            };
            flag(ctx, &msg, f).map(JsValue::from)
        });
        let set = NativeFunction::from_copy_closure(move |this, a, _| {
            if let (Some(msg), Some(f)) = (this.as_object(), FLAGS.get(bit as usize)) {
                set_flag_value(&msg, f, crate::args::arg(a, 0));
            }
            Ok(JsValue::undefined())
        });
        define_accessor(ctx, protos.of(f.class), &f.key, get, set)?;
    }
    for field in VALUES {
        let slot = field.slot;
        let get = NativeFunction::from_copy_closure(move |this, _, ctx| {
            let (Some(msg), Some(field)) = (this.as_object(), VALUES.get(slot)) else {
                return Ok(JsValue::undefined());
            };
            value(ctx, &msg, field)
        });
        let set = NativeFunction::from_copy_closure(move |this, a, _| {
            if let (Some(msg), Some(field)) = (this.as_object(), VALUES.get(slot)) {
                set_value(&msg, field, crate::args::arg(a, 0));
            }
            Ok(JsValue::undefined())
        });
        define_accessor(ctx, protos.of(field.class), &field.key, get, set)?;
    }
    Ok(())
}

/// The prototypes the accessors go on.
pub(super) struct Prototypes<'a> {
    pub incoming: &'a JsObject,
    pub outgoing: &'a JsObject,
    pub response: &'a JsObject,
}

impl Prototypes<'_> {
    fn of(&self, class: Class) -> &JsObject {
        match class {
            Class::Incoming => self.incoming,
            Class::Outgoing => self.outgoing,
            Class::Response => self.response,
        }
    }
}

fn define_accessor(
    ctx: &mut Context,
    proto: &JsObject,
    key: &JsString,
    get: NativeFunction,
    set: NativeFunction,
) -> JsResult<()> {
    let get = FunctionObjectBuilder::new(ctx.realm(), get).build();
    let set = FunctionObjectBuilder::new(ctx.realm(), set).length(1).build();
    let desc = PropertyDescriptor::builder()
        .get(get)
        .set(set)
        .enumerable(true)
        .configurable(true);
    proto.define_property_or_throw(key.clone(), desc, ctx)?;
    Ok(())
}
