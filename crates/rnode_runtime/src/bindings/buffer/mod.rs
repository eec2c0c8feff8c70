//! `process.binding('buffer')`: every Buffer method that loops over bytes
//! or characters (the manual's "Buffers" section). A Buffer is a
//! `Uint8Array` whose prototype is `Buffer.prototype` (`js/buffer.js`), so
//! `buf[i]` is the engine's own fast path; this module works on the bytes
//! of the underlying `ArrayBuffer`.

mod encoding;

use boa_engine::builtins::array_buffer::AlignedVec;
use boa_engine::object::builtins::{JsArrayBuffer, JsTypedArray, JsUint8Array};
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

pub use encoding::Encoding;
use encoding::{Decoded, Units};

use crate::args;
use crate::errors::{plain_error, range_error, type_error};

/// Largest Buffer, as Node 0.4's `kMaxLength` (1 GiB - 1).
pub const MAX_LENGTH: usize = 0x3fff_ffff;

/// `Buffer.prototype` and `Buffer`, registered by `js/buffer.js`.
struct BufferClass {
    prototype: JsObject,
    constructor: JsObject,
}

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("setup", setup, 2),
            ("alloc", alloc, 1),
            ("fromString", from_string, 2),
            ("byteLength", byte_length, 2),
            ("toString", to_string, 4),
            ("write", write, 5),
            ("copy", copy, 5),
            ("fill", fill, 5),
            ("indexOf", index_of, 4),
            ("compare", compare, 2),
            ("inspect", inspect, 2),
            ("readFloat", read_float, 4),
            ("writeFloat", write_float, 5),
        ],
    )
}

/// `setup(Buffer, Buffer.prototype)`.
fn setup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let constructor = args::function(a, 0, "Buffer")?;
    let prototype = args::object(a, 1, "prototype")?;
    ctx.insert_data(BufferClass {
        prototype,
        constructor,
    });
    Ok(JsValue::undefined())
}

/// Bytes laid out as a JS `ArrayBuffer` keeps them (64-byte aligned), so
/// a Buffer takes them without a copy: what arrives from a socket is
/// built as a block, once.
pub type Block = AlignedVec<u8>;

/// An empty block with room for `capacity` bytes.
#[cfg(feature = "net")]
pub fn new_block(capacity: usize) -> Block {
    AlignedVec::with_capacity(64, capacity)
}

/// A new Buffer holding a copy of `bytes`.
pub fn new_buffer(ctx: &mut Context, bytes: &[u8]) -> JsResult<JsObject> {
    buffer_from_block(ctx, AlignedVec::from_slice(64, bytes))
}

/// A new Buffer over `block` (no copy).
pub fn buffer_from_block(ctx: &mut Context, block: Block) -> JsResult<JsObject> {
    let array_buffer = JsArrayBuffer::from_byte_block(block, ctx)?;
    let array: JsObject = JsUint8Array::from_array_buffer(array_buffer, ctx)?.into();
    let prototype = ctx.get_data::<BufferClass>().map(|c| c.prototype.clone());
    if let Some(prototype) = prototype {
        array.set_prototype(Some(prototype));
    }
    Ok(array)
}

/// The bytes under a `Uint8Array` view.
struct View {
    buffer: JsArrayBuffer,
    offset: usize,
    len: usize,
}

impl View {
    fn of(ctx: &mut Context, value: &JsValue, what: &str) -> JsResult<Self> {
        let not_buffer = || type_error(format!("{what} must be a Buffer"));
        let obj = value.as_object().ok_or_else(not_buffer)?;
        let array = JsTypedArray::from_object(obj).map_err(|_| not_buffer())?;
        let buffer = array.buffer(ctx)?.as_object().ok_or_else(not_buffer)?;
        let buffer = JsArrayBuffer::from_object(buffer).map_err(|_| not_buffer())?;
        Ok(Self {
            buffer,
            offset: array.byte_offset(ctx)?,
            len: array.byte_length(ctx)?,
        })
    }

    /// Runs `f` on the view's bytes.
    fn with<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> JsResult<R> {
        let mut data = self
            .buffer
            .data_mut()
            .ok_or_else(|| type_error("Buffer is detached"))?;
        let bytes = data
            .get_mut(self.offset..self.offset + self.len)
            .ok_or_else(|| range_error("Buffer out of range"))?;
        Ok(f(bytes))
    }

    fn to_vec(&self) -> JsResult<Vec<u8>> {
        self.with(|b| b.to_vec())
    }

    fn same_memory(&self, other: &View) -> bool {
        let (a, b): (JsObject, JsObject) =
            (self.buffer.clone().into(), other.buffer.clone().into());
        JsObject::equals(&a, &b)
    }
}

/// Length in bytes of a Buffer (any `Uint8Array`), or a `TypeError`.
pub fn byte_len(ctx: &mut Context, value: &JsValue) -> JsResult<usize> {
    Ok(View::of(ctx, value, "buffer")?.len)
}

/// Runs `f` on the bytes of a Buffer (any `Uint8Array`).
pub fn with_bytes<R>(
    ctx: &mut Context,
    value: &JsValue,
    f: impl FnOnce(&mut [u8]) -> R,
) -> JsResult<R> {
    View::of(ctx, value, "buffer")?.with(f)
}

/// The bytes of a message chunk: a string in `encoding` (default utf8),
/// or a copy of a Buffer's bytes; anything else is a `TypeError`.
#[cfg_attr(not(feature = "net"), allow(dead_code))] // the net and http bindings
pub fn chunk_bytes(ctx: &mut Context, chunk: &JsValue, encoding: &JsValue) -> JsResult<Vec<u8>> {
    with_data(ctx, chunk, encoding, Encoding::Utf8, <[u8]>::to_vec)
}

/// Runs `f` on the bytes of `data`: a Buffer's (any `Uint8Array`'s) own
/// bytes in place, or a string encoded in `encoding` (`default` when that
/// is undefined); anything else is a `TypeError`.
#[cfg_attr(not(feature = "net"), allow(dead_code))] // the net and http bindings
pub fn with_data<R>(
    ctx: &mut Context,
    data: &JsValue,
    encoding: &JsValue,
    default: Encoding,
    f: impl FnOnce(&[u8]) -> R,
) -> JsResult<R> {
    if let Some(s) = data.as_string() {
        let enc = match encoding {
            v if v.is_null_or_undefined() => default,
            v => encoding_arg(ctx, std::slice::from_ref(v), 0)?,
        };
        return Ok(f(&with_units(&s, |u| encoding::encode(u, enc))));
    }
    View::of(ctx, data, "first argument")
        .map_err(|_| type_error("first argument must be a string or Buffer"))?
        .with(|b| f(b))
}

/// `bytes` as the JS string `buf.toString(enc)` gives.
pub fn bytes_to_string(bytes: &[u8], enc: Encoding) -> JsString {
    match encoding::decode(bytes, enc) {
        Decoded::Text(s) => js_string!(s.as_str()),
        Decoded::Latin1(bytes) => JsString::from(boa_engine::string::JsStr::latin1(&bytes)),
        Decoded::Utf16(units) => JsString::from(units.as_slice()),
    }
}

/// A JS string's code units as 'binary' bytes (the low byte of each).
#[cfg_attr(not(feature = "net"), allow(dead_code))] // the net and http bindings
pub fn binary_bytes(s: &JsString) -> Vec<u8> {
    with_units(s, |u| encoding::encode(u, Encoding::Binary))
}

fn encoding_arg(ctx: &mut Context, a: &[JsValue], i: usize) -> JsResult<Encoding> {
    match a.get(i) {
        None => Ok(Encoding::Utf8),
        Some(v) if v.is_null_or_undefined() => Ok(Encoding::Utf8),
        Some(v) => {
            let name = v.to_string(ctx)?.to_std_string_escaped();
            Encoding::parse(&name).ok_or_else(|| plain_error(format!("Unknown encoding: {name}")))
        }
    }
}

/// Runs `f` on a JS string's code units without copying them.
fn with_units<R>(s: &JsString, f: impl FnOnce(Units<'_>) -> R) -> R {
    use boa_engine::string::JsStrVariant;
    match s.as_str().variant() {
        JsStrVariant::Latin1(b) => f(Units::Latin1(b)),
        JsStrVariant::Utf16(u) => f(Units::Utf16(u)),
    }
}

fn string_arg(a: &[JsValue], i: usize) -> JsResult<JsString> {
    a.get(i)
        .and_then(JsValue::as_string)
        .ok_or_else(|| type_error("argument must be a string"))
}

/// A non-negative integer offset/length argument; `undefined` → `default`.
fn index_arg(ctx: &mut Context, a: &[JsValue], i: usize, default: usize) -> JsResult<usize> {
    match a.get(i) {
        None => Ok(default),
        Some(v) if v.is_undefined() => Ok(default),
        Some(v) => {
            let n = v.to_number(ctx)?;
            if n.is_nan() {
                return Ok(0);
            }
            if n < 0.0 {
                return Err(range_error("offset is out of bounds"));
            }
            Ok(n.min(usize::MAX as f64) as usize)
        }
    }
}

/// A Buffer size: a non-negative number no larger than `MAX_LENGTH`.
fn size_arg(ctx: &mut Context, a: &[JsValue], i: usize) -> JsResult<usize> {
    let n = args::arg(a, i);
    let Some(n) = n.as_number() else {
        let _ = ctx;
        return Err(type_error("size must be a number"));
    };
    if n.is_nan() || n < 0.0 || n > MAX_LENGTH as f64 {
        return Err(range_error(format!(
            "Buffer size {n} is out of range (0 to {MAX_LENGTH})"
        )));
    }
    Ok(n as usize)
}

fn alloc(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let size = size_arg(ctx, a, 0)?;
    alloc_buffer(ctx, size)
}

/// A new zero-filled Buffer of `size` bytes.
pub fn alloc_buffer(ctx: &mut Context, size: usize) -> JsResult<JsValue> {
    let array_buffer = JsArrayBuffer::new(size, ctx)?;
    let array: JsObject = JsUint8Array::from_array_buffer(array_buffer, ctx)?.into();
    if let Some(prototype) = ctx.get_data::<BufferClass>().map(|c| c.prototype.clone()) {
        array.set_prototype(Some(prototype));
    }
    Ok(array.into())
}

fn from_string(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = string_arg(a, 0)?;
    let enc = encoding_arg(ctx, a, 1)?;
    let bytes = with_units(&s, |u| encoding::encode(u, enc));
    if bytes.len() > MAX_LENGTH {
        return Err(range_error("string too long for a Buffer"));
    }
    Ok(new_buffer(ctx, &bytes)?.into())
}

fn byte_length(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = match a.first() {
        Some(v) if v.is_string() => string_arg(a, 0)?,
        Some(v) => v.to_string(ctx)?,
        None => return Err(type_error("argument must be a string")),
    };
    let enc = encoding_arg(ctx, a, 1)?;
    Ok(JsValue::from(
        with_units(&s, |u| encoding::byte_length(u, enc)) as f64,
    ))
}

/// `toString(buf, encoding, start, end)`; start/end are clamped.
fn to_string(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(ctx, &args::arg(a, 0), "this")?;
    let enc = encoding_arg(ctx, a, 1)?;
    let end = index_arg(ctx, a, 3, view.len).unwrap_or(0).min(view.len);
    let start = index_arg(ctx, a, 2, 0).unwrap_or(0).min(end);
    let text = view.with(|b| b.get(start..end).map(|b| bytes_to_string(b, enc)))?;
    Ok(text.unwrap_or_default().into())
}

/// `write(buf, string, offset, length, encoding)` → bytes written; sets
/// `Buffer._charsWritten`.
fn write(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(ctx, &args::arg(a, 0), "this")?;
    let s = string_arg(a, 1)?;
    let offset = index_arg(ctx, a, 2, 0)?;
    // An empty string writes nothing wherever it is put, as in 0.4.
    if s.is_empty() {
        set_chars_written(ctx, 0)?;
        return Ok(JsValue::from(0));
    }
    if offset > view.len {
        return Err(range_error("offset is out of bounds"));
    }
    let room = index_arg(ctx, a, 3, view.len - offset)?.min(view.len - offset);
    let enc = encoding_arg(ctx, a, 4)?;
    let (bytes, chars) = view.with(|b| {
        with_units(&s, |u| {
            encoding::write_into(u, enc, &mut b[offset..offset + room])
        })
    })?;
    set_chars_written(ctx, chars)?;
    Ok(JsValue::from(bytes as f64))
}

/// `Buffer._charsWritten`: how many characters the last write took.
fn set_chars_written(ctx: &mut Context, chars: usize) -> JsResult<()> {
    if let Some(constructor) = ctx.get_data::<BufferClass>().map(|c| c.constructor.clone()) {
        constructor.set(js_string!("_charsWritten"), chars as f64, false, ctx)?;
    }
    Ok(())
}

/// `copy(source, target, targetStart, sourceStart, sourceEnd)` → bytes copied.
fn copy(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = View::of(ctx, &args::arg(a, 0), "this")?;
    let target = View::of(ctx, &args::arg(a, 1), "target")?;
    let target_start =
        index_arg(ctx, a, 2, 0).map_err(|_| range_error("targetStart out of bounds"))?;
    let source_start =
        index_arg(ctx, a, 3, 0).map_err(|_| range_error("sourceStart out of bounds"))?;
    let source_end =
        index_arg(ctx, a, 4, source.len).map_err(|_| range_error("sourceEnd out of bounds"))?;
    // Node 0.4's checks, in its order: nothing to copy is fine, a start
    // outside its buffer or an end past the source is an error.
    if source_end < source_start {
        return Err(range_error("sourceEnd < sourceStart"));
    }
    if source_end == source_start || source.len == 0 || target.len == 0 {
        return Ok(JsValue::from(0));
    }
    if target_start >= target.len {
        return Err(range_error("targetStart out of bounds"));
    }
    if source_start >= source.len {
        return Err(range_error("sourceStart out of bounds"));
    }
    if source_end > source.len {
        return Err(range_error("sourceEnd out of bounds"));
    }
    let n = (source_end - source_start).min(target.len - target_start);
    if source.same_memory(&target) {
        let (from, to) = (source.offset + source_start, target.offset + target_start);
        let mut data = source
            .buffer
            .data_mut()
            .ok_or_else(|| type_error("Buffer is detached"))?;
        if from + n > data.len() || to + n > data.len() {
            return Err(range_error("Buffer out of range"));
        }
        data.copy_within(from..from + n, to);
    } else {
        let src = source
            .buffer
            .data()
            .ok_or_else(|| type_error("Buffer is detached"))?;
        let src = src.get(source.offset + source_start..source.offset + source_start + n);
        let src = src.ok_or_else(|| range_error("Buffer out of range"))?;
        target.with(|t| t[target_start..target_start + n].copy_from_slice(src))?;
    }
    Ok(JsValue::from(n as f64))
}

/// The bytes a fill or search value stands for.
fn value_bytes(ctx: &mut Context, value: &JsValue, enc: Encoding) -> JsResult<Vec<u8>> {
    if let Some(s) = value.as_string() {
        return Ok(with_units(&s, |u| encoding::encode(u, enc)));
    }
    if let Some(n) = value.as_number() {
        return Ok(vec![(n as i64 & 0xff) as u8]);
    }
    if value.is_object() {
        return View::of(ctx, value, "value")?.to_vec();
    }
    Ok(vec![(value.to_number(ctx)? as i64 & 0xff) as u8])
}

/// `fill(buf, value, start, end, encoding)`.
fn fill(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = args::arg(a, 0);
    let view = View::of(ctx, &target, "this")?;
    let enc = encoding_arg(ctx, a, 4)?;
    let pattern = value_bytes(ctx, &args::arg(a, 1), enc)?;
    let end = index_arg(ctx, a, 3, view.len)?.min(view.len);
    let start = index_arg(ctx, a, 2, 0)?.min(end);
    if pattern.is_empty() {
        view.with(|b| b[start..end].fill(0))?;
    } else {
        view.with(|b| {
            for (dst, src) in b[start..end].iter_mut().zip(pattern.iter().cycle()) {
                *dst = *src;
            }
        })?;
    }
    Ok(target)
}

/// `indexOf(buf, value, byteOffset, encoding)` → index or -1.
fn index_of(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(ctx, &args::arg(a, 0), "this")?;
    let enc = encoding_arg(ctx, a, 3)?;
    let needle = value_bytes(ctx, &args::arg(a, 1), enc)?;
    let offset = args::arg(a, 2).to_number(ctx)?;
    let start = if offset.is_nan() {
        0
    } else if offset < 0.0 {
        view.len.saturating_sub((-offset) as usize)
    } else {
        (offset as usize).min(view.len)
    };
    let found = view.with(|b| memchr::memmem::find(&b[start..], &needle))?;
    Ok(JsValue::from(found.map_or(-1.0, |i| (i + start) as f64)))
}

/// `compare(a, b)` → -1, 0 or 1 (byte order, then length).
fn compare(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let left = View::of(ctx, &args::arg(a, 0), "buf1")?.to_vec()?;
    let right = View::of(ctx, &args::arg(a, 1), "buf2")?;
    let order = right.with(|r| left.as_slice().cmp(r))?;
    Ok(JsValue::from(order as i32))
}

/// `inspect(buf, max)` → `<Buffer 68 65 6c>`, exactly as Node 0.4's loop
/// made it: past `max` bytes it shows one more byte, then `...`.
fn inspect(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(ctx, &args::arg(a, 0), "this")?;
    let max = index_arg(ctx, a, 1, 50)?;
    let text = view.with(|b| {
        let mut parts: Vec<String> = b
            .iter()
            .take(max.saturating_add(1))
            .map(|byte| format!("{byte:02x}"))
            .collect();
        if b.len() > max {
            parts.push("...".to_owned());
        }
        format!("<Buffer {}>", parts.join(" "))
    })?;
    Ok(js_string!(text).into())
}

/// Reads the `size`-byte (4 or 8) float at `offset`.
fn read_float(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(ctx, &args::arg(a, 0), "this")?;
    let offset = index_arg(ctx, a, 1, 0)?;
    let size = if args::arg(a, 2).to_number(ctx)? == 8.0 {
        8
    } else {
        4
    };
    let little = args::arg(a, 3).to_boolean();
    let value = view.with(|b| {
        let bytes = b.get(offset..offset.checked_add(size)?)?;
        Some(match (size, little) {
            (4, true) => f64::from(f32::from_le_bytes(bytes.try_into().ok()?)),
            (4, false) => f64::from(f32::from_be_bytes(bytes.try_into().ok()?)),
            (_, true) => f64::from_le_bytes(bytes.try_into().ok()?),
            (_, false) => f64::from_be_bytes(bytes.try_into().ok()?),
        })
    })?;
    value
        .map(JsValue::from)
        .ok_or_else(|| range_error("Trying to access beyond buffer length"))
}

/// Writes `value` as a `size`-byte float at `offset`; returns offset + size.
fn write_float(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(ctx, &args::arg(a, 0), "this")?;
    let value = args::arg(a, 1).to_number(ctx)?;
    let offset = index_arg(ctx, a, 2, 0)?;
    let size = if args::arg(a, 3).to_number(ctx)? == 8.0 {
        8
    } else {
        4
    };
    let little = args::arg(a, 4).to_boolean();
    let bytes: Vec<u8> = match (size, little) {
        (4, true) => (value as f32).to_le_bytes().to_vec(),
        (4, false) => (value as f32).to_be_bytes().to_vec(),
        (_, true) => value.to_le_bytes().to_vec(),
        (_, false) => value.to_be_bytes().to_vec(),
    };
    let ok = view.with(|b| match b.get_mut(offset..offset.saturating_add(size)) {
        Some(dst) => {
            dst.copy_from_slice(&bytes);
            true
        }
        None => false,
    })?;
    if !ok {
        return Err(range_error("Trying to access beyond buffer length"));
    }
    Ok(JsValue::from((offset + size) as f64))
}
