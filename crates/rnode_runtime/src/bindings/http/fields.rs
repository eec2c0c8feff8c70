//! The message fields Rust reads and writes on every request.
//!
//! Messages made in Rust (server requests and responses, client
//! responses) hold them natively, in [`Fields`]: reading or setting one
//! is a field access, where a Boa property costs a hash lookup per
//! prototype walked and a shape transition per property added (a request
//! touches about twenty). JS sees them as accessors that `setup` puts on
//! `IncomingMessage.prototype`, `OutgoingMessage.prototype` and
//! `ServerResponse.prototype` (`statusCode`). A message made in JS (a
//! ClientRequest, a subclass) has no [`Fields`]: assigning a field gives
//! it an own data property, and Rust reads that, or the default. Read on
//! the prototype itself a field is its default; assigning it there is
//! ignored (it would hide every message's state).
//!
//! **Invariant:** these are the private fields of `js/http.js` and the
//! public state fields (`complete`, `readable`, `writable`, `finished`,
//! `connection`, `statusCode`); a program that `Object.defineProperty`s
//! one on a message made in Rust is not seen here.

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

impl Field {
    fn initial(&self) -> JsValue {
        match self.default {
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
        const SLOTS: usize = VALUES.len();
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
    /// Each value field, by slot.
    values: [GcRefCell<JsValue>; SLOTS],
    /// The server connection (parser id) a response answers on.
    #[unsafe_ignore_trace]
    parser: Option<u32>,
}

impl Fields {
    fn flag(&self, flag: &Flag) -> bool {
        self.bits.get() & 1 << flag.bit != 0
    }

    fn value(&self, field: &Field) -> JsValue {
        let slot = self.values.get(field.slot);
        slot.map_or_else(JsValue::undefined, |v| v.borrow().clone())
    }
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
        values: std::array::from_fn(|slot| {
            GcRefCell::new(
                VALUES
                    .get(slot)
                    .map_or_else(JsValue::undefined, Field::initial),
            )
        }),
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
        return Ok(fields.flag(flag));
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
        fields.bits.set(if value.to_boolean() {
            bits | mask
        } else {
            bits & !mask
        });
        return;
    }
    crate::host::init(msg, flag.key.clone(), value);
}

/// A string field of a message.
pub(super) fn text(ctx: &mut Context, msg: &JsObject, field: &Field) -> JsResult<JsString> {
    value(ctx, msg, field)?.to_string(ctx)
}

/// A field of a message (its default when a message made in JS never set
/// it).
pub(super) fn value(ctx: &mut Context, msg: &JsObject, field: &Field) -> JsResult<JsValue> {
    if let Some(fields) = msg.downcast_ref::<Fields>() {
        return Ok(fields.value(field));
    }
    Ok(own(ctx, msg, &field.key)?.unwrap_or_else(|| field.initial()))
}

/// Sets field `field`.
pub(super) fn set_value(msg: &JsObject, field: &Field, value: JsValue) {
    if let Some(fields) = msg.downcast_ref::<Fields>() {
        if let Some(slot) = fields.values.get(field.slot) {
            *slot.borrow_mut() = value;
        }
        return;
    }
    crate::host::init(msg, field.key.clone(), value);
}

// The accessors find their field by index: the tables must be in order.
const _: () = {
    let mut i = 0;
    while i < FLAGS.len() {
        assert!(FLAGS[i].bit as usize == i);
        i += 1;
    }
    let mut i = 0;
    while i < VALUES.len() {
        assert!(VALUES[i].slot == i);
        i += 1;
    }
};

/// Defines the fields as accessors on the prototypes of the messages.
pub(super) fn install(ctx: &mut Context, classes: &super::Classes) -> JsResult<()> {
    for (i, f) in FLAGS.iter().enumerate() {
        define_accessor(
            ctx,
            f.class.proto(classes),
            &f.key,
            i,
            get_flag,
            set_flag_field,
        )?;
    }
    for (i, f) in VALUES.iter().enumerate() {
        define_accessor(
            ctx,
            f.class.proto(classes),
            &f.key,
            i,
            get_value,
            set_value_field,
        )?;
    }
    Ok(())
}

impl Class {
    fn proto(self, classes: &super::Classes) -> &JsObject {
        match self {
            Class::Incoming => &classes.incoming,
            Class::Outgoing => &classes.outgoing,
            Class::Response => &classes.response,
        }
    }
}

// A getter runs only when the object has no own property of that name: a
// message made in Rust, or one made in JS that never set the field (the
// default then), or the prototype itself (the default too).
fn get_flag(msg: &JsObject, i: usize) -> JsValue {
    let Some(f) = FLAGS.get(i) else {
        return JsValue::undefined();
    };
    match msg.downcast_ref::<Fields>() {
        Some(fields) => fields.flag(f).into(),
        None => f.default.into(),
    }
}

fn get_value(msg: &JsObject, i: usize) -> JsValue {
    let Some(f) = VALUES.get(i) else {
        return JsValue::undefined();
    };
    match msg.downcast_ref::<Fields>() {
        Some(fields) => fields.value(f),
        None => f.initial(),
    }
}

fn set_flag_field(msg: &JsObject, i: usize, value: JsValue) {
    if let Some(f) = FLAGS.get(i).filter(|f| !holds_accessor(msg, &f.key)) {
        set_flag_value(msg, f, value);
    }
}

fn set_value_field(msg: &JsObject, i: usize, value: JsValue) {
    if let Some(f) = VALUES.get(i).filter(|f| !holds_accessor(msg, &f.key)) {
        set_value(msg, f, value);
    }
}

/// Whether `obj` is where the accessor for `key` sits (a prototype):
/// assigning there is ignored, as replacing the accessor would hide every
/// message's own state from JS.
fn holds_accessor(obj: &JsObject, key: &JsString) -> bool {
    let key = PropertyKey::String(key.clone());
    let found = obj.borrow().properties().get(&key);
    found.is_some_and(|desc| desc.is_accessor_descriptor())
}

/// Defines field `i`'s accessor on `proto`: `get` and `set` are called
/// with the receiver (when it is an object) and `i`.
fn define_accessor(
    ctx: &mut Context,
    proto: &JsObject,
    key: &JsString,
    i: usize,
    get: fn(&JsObject, usize) -> JsValue,
    set: fn(&JsObject, usize, JsValue),
) -> JsResult<()> {
    let getter = NativeFunction::from_copy_closure(move |this, _, _| {
        Ok(this
            .as_object()
            .map_or_else(JsValue::undefined, |msg| get(&msg, i)))
    });
    let setter = NativeFunction::from_copy_closure(move |this, a, _| {
        if let Some(msg) = this.as_object() {
            set(&msg, i, crate::args::arg(a, 0));
        }
        Ok(JsValue::undefined())
    });
    let getter = FunctionObjectBuilder::new(ctx.realm(), getter).build();
    let setter = FunctionObjectBuilder::new(ctx.realm(), setter)
        .length(1)
        .build();
    let desc = PropertyDescriptor::builder()
        .get(getter)
        .set(setter)
        .enumerable(true)
        .configurable(true);
    proto.define_property_or_throw(key.clone(), desc, ctx)?;
    Ok(())
}
