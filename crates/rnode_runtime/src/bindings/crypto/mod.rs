//! `process.binding('crypto')`: the manual's "Crypto" section in Rust.
//! Hash, Hmac, Sign, Verify, Cipher and Decipher objects are made here
//! with their JS prototype (from `js/crypto.js`) and hold their state
//! natively; `update` reads a Buffer's bytes in place. Names, padding and
//! key derivation follow OpenSSL, so results are byte-identical to Node
//! 0.4's: strings default to the `'binary'` encoding, as in 0.4.

mod ciphers;
pub(crate) mod digests;
pub(crate) mod keys;

use boa_engine::{js_string, Context, JsData, JsObject, JsResult, JsValue};
use boa_gc::{Finalize, Trace};

use super::buffer::{self, Encoding};
use crate::args;
use crate::errors::{plain_error, range_error, type_error};
use ciphers::Cipher;
use digests::{Algorithm, Hasher, Hmac};

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("hash", hash, 2),
            ("hmac", hmac, 3),
            ("sign", sign, 2),
            ("update", update, 2),
            ("digest", digest, 1),
            ("signFinal", sign_final, 2),
            ("verifyFinal", verify_final, 3),
            ("cipher", cipher, 5),
            ("cipherUpdate", cipher_update, 2),
            ("cipherFinal", cipher_final, 0),
            ("setAutoPadding", set_auto_padding, 1),
            ("randomBytes", random_bytes, 2),
            ("getHashes", get_hashes, 0),
            ("getCiphers", get_ciphers, 0),
        ],
    )
}

/// What a crypto object made here holds.
#[derive(Trace, Finalize, JsData)]
struct Handle {
    /// Boxed: cipher states are 16-byte aligned, Boa's object data at most 8.
    #[unsafe_ignore_trace]
    state: Box<State>,
}

enum State {
    /// `None` once digested.
    Hash(Option<Hasher>),
    Hmac(Option<Hmac>),
    /// A signer or verifier: the digest it signs with, `None` once used.
    Sign(Algorithm, Option<Hasher>),
    Cipher(Cipher),
}

fn new_handle(ctx: &mut Context, proto: &JsValue, state: State) -> JsValue {
    let proto = proto
        .as_object()
        .unwrap_or_else(|| ctx.intrinsics().constructors().object().prototype());
    JsObject::new(
        ctx.root_shape(),
        proto,
        Handle {
            state: Box::new(state),
        },
    )
    .upcast()
    .into()
}

/// Runs `f` on the state of `this` (a crypto object made here).
fn with_state<R>(this: &JsValue, f: impl FnOnce(&mut State) -> JsResult<R>) -> JsResult<R> {
    let wrong = || type_error("Illegal invocation: not a crypto object");
    let obj = this.as_object().ok_or_else(wrong)?;
    let mut handle = obj.downcast_mut::<Handle>().ok_or_else(wrong)?;
    f(&mut handle.state)
}

fn digest_arg(a: &[JsValue], i: usize) -> JsResult<Algorithm> {
    let name = a
        .get(i)
        .and_then(JsValue::as_string)
        .ok_or_else(|| type_error("Algorithm must be a string"))?
        .to_std_string_escaped();
    digests::lookup(&name).ok_or_else(|| plain_error(format!("Unknown message digest {name}")))
}

/// 0.4's words for data that is neither a string nor a Buffer.
const NOT_DATA: &str = "Not a string or buffer";

/// The bytes of a string (in `encoding`, default `'binary'`) or Buffer.
fn bytes_arg(ctx: &mut Context, a: &[JsValue], i: usize, enc: usize) -> JsResult<Vec<u8>> {
    let data = args::arg(a, i);
    buffer::with_data(
        ctx,
        &data,
        &args::arg(a, enc),
        Encoding::Binary,
        <[u8]>::to_vec,
    )
    .map_err(|_| type_error(NOT_DATA))
}

/// `bytes` in the output `encoding`: a string (`'binary'` by default and
/// for names 0.4 did not know), or a Buffer for `'buffer'`.
fn output(ctx: &mut Context, bytes: &[u8], encoding: &JsValue) -> JsResult<JsValue> {
    let name = match encoding.as_string() {
        Some(s) => s.to_std_string_escaped(),
        None => return Ok(buffer::bytes_to_string(bytes, Encoding::Binary).into()),
    };
    if name.eq_ignore_ascii_case("buffer") {
        return Ok(buffer::new_buffer(ctx, bytes)?.into());
    }
    let enc = Encoding::parse(&name).unwrap_or(Encoding::Binary);
    Ok(buffer::bytes_to_string(bytes, enc).into())
}

/// `hash(algorithm, prototype)`.
fn hash(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = digest_arg(a, 0)?;
    Ok(new_handle(
        ctx,
        &args::arg(a, 1),
        State::Hash(Some(alg.hasher())),
    ))
}

/// `hmac(algorithm, key, prototype)`.
fn hmac(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = digest_arg(a, 0)?;
    let key =
        bytes_arg(ctx, a, 1, 3).map_err(|_| type_error("Key must be a string or a buffer"))?;
    let mac = alg
        .hmac(&key)
        .ok_or_else(|| plain_error("Invalid HMAC key"))?;
    Ok(new_handle(ctx, &args::arg(a, 2), State::Hmac(Some(mac))))
}

/// `sign(algorithm, prototype)`: a signer or verifier.
fn sign(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let alg = digest_arg(a, 0)?;
    Ok(new_handle(
        ctx,
        &args::arg(a, 1),
        State::Sign(alg, Some(alg.hasher())),
    ))
}

/// `this.update(data, [encoding])` for hashes, HMACs, signers and
/// verifiers; returns `this`.
fn update(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = args::arg(a, 0);
    let done = || plain_error("Digest already called");
    buffer::with_data(ctx, &data, &args::arg(a, 1), Encoding::Binary, |bytes| {
        with_state(this, |state| match state {
            State::Hash(Some(h)) | State::Sign(_, Some(h)) => {
                h.update(bytes);
                Ok(())
            }
            State::Hmac(Some(h)) => {
                h.update(bytes);
                Ok(())
            }
            State::Hash(None) | State::Hmac(None) | State::Sign(_, None) => Err(done()),
            State::Cipher(_) => Err(type_error("not a hash")),
        })
    })
    .map_err(|e| match data.is_string() {
        true => e,
        false => type_error(NOT_DATA),
    })??;
    Ok(this.clone())
}

/// `this.digest([encoding])` for hashes and HMACs; once.
fn digest(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = with_state(this, |state| match state {
        State::Hash(h) => h
            .take()
            .map(Hasher::finish)
            .ok_or_else(|| plain_error("Digest already called")),
        // A second HMAC digest is empty, as in 0.4 (and node today).
        State::Hmac(h) => Ok(h.take().map(Hmac::finish).unwrap_or_default()),
        _ => Err(type_error("not a hash")),
    })?;
    output(ctx, &bytes, &args::arg(a, 0))
}

/// The digest a signer or verifier has taken in; once.
fn finish_signed(this: &JsValue) -> JsResult<(Algorithm, Vec<u8>)> {
    with_state(this, |state| match state {
        State::Sign(alg, h) => {
            let h = h.take().ok_or_else(|| plain_error("Not initialised"))?;
            Ok((*alg, h.finish()))
        }
        _ => Err(type_error("not a signer")),
    })
}

/// `this.signFinal(privateKeyPem, [format])`.
fn sign_final(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pem =
        bytes_arg(ctx, a, 0, 2).map_err(|_| type_error("Key must be a PEM string or buffer"))?;
    let key = keys::private_key(&pem).map_err(plain_error)?;
    let (alg, digest) = finish_signed(this)?;
    let signature = keys::sign(&key, alg, &digest).map_err(plain_error)?;
    output(ctx, &signature, &args::arg(a, 1))
}

/// `this.verifyFinal(pem, signature, [format])` → true or false.
fn verify_final(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pem =
        bytes_arg(ctx, a, 0, 3).map_err(|_| type_error("Key must be a PEM string or buffer"))?;
    let signature = bytes_arg(ctx, a, 1, 2)?;
    let key = keys::public_key(&pem).map_err(plain_error)?;
    let (alg, digest) = finish_signed(this)?;
    Ok(keys::verify(&key, alg, &digest, &signature).into())
}

/// `cipher(algorithm, key, iv, decipher, prototype)`: with `iv`
/// undefined, `key` is a password and the key and IV come from it as
/// OpenSSL's `EVP_BytesToKey` makes them (`createCipher`).
fn cipher(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = a
        .first()
        .and_then(JsValue::as_string)
        .ok_or_else(|| type_error("Cipher must be a string"))?
        .to_std_string_escaped();
    let spec =
        ciphers::lookup(&name).ok_or_else(|| plain_error(format!("Unknown cipher {name}")))?;
    let key =
        bytes_arg(ctx, a, 1, 5).map_err(|_| type_error("Key must be a string or a buffer"))?;
    let iv = args::arg(a, 2);
    let (key, iv) = if iv.is_undefined() {
        ciphers::bytes_to_key(&key, spec.key_len, spec.iv_len)
    } else if iv.is_null() {
        (key, Vec::new())
    } else {
        let iv =
            bytes_arg(ctx, a, 2, 5).map_err(|_| type_error("IV must be a string or a buffer"))?;
        (key, iv)
    };
    let encrypt = !args::arg(a, 3).to_boolean();
    let cipher = Cipher::new(spec, &key, &iv, encrypt).map_err(|e| plain_error(e.message()))?;
    Ok(new_handle(ctx, &args::arg(a, 4), State::Cipher(cipher)))
}

fn with_cipher<R>(this: &JsValue, f: impl FnOnce(&mut Cipher) -> R) -> JsResult<R> {
    with_state(this, |state| match state {
        State::Cipher(c) => Ok(f(c)),
        _ => Err(type_error("not a cipher")),
    })
}

/// `this.cipherUpdate(data, [inputEncoding])` → a Buffer.
fn cipher_update(this: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = args::arg(a, 0);
    let out = buffer::with_data(ctx, &data, &args::arg(a, 1), Encoding::Binary, |bytes| {
        with_cipher(this, |c| c.update(bytes))
    })
    .map_err(|_| type_error(NOT_DATA))??;
    let out = out.map_err(|e| plain_error(e.message()))?;
    Ok(buffer::new_buffer(ctx, &out)?.into())
}

/// `this.cipherFinal()` → a Buffer.
fn cipher_final(this: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let out = with_cipher(this, Cipher::finish)?.map_err(|e| plain_error(e.message()))?;
    Ok(buffer::new_buffer(ctx, &out)?.into())
}

/// `this.setAutoPadding([on = true])`.
fn set_auto_padding(this: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let on = a.first().is_none_or(|v| v.is_undefined() || v.to_boolean());
    with_cipher(this, |c| c.padding = on)?;
    Ok(this.clone())
}

/// Largest `randomBytes` request: the largest Buffer (node's limit,
/// 2^31 - 1, is past what a Buffer here may hold).
const MAX_RANDOM: f64 = buffer::MAX_LENGTH as f64;

/// `randomBytes(size, [callback])`: a Buffer now, or on the blocking pool.
fn random_bytes(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let size = args::arg(a, 0)
        .as_number()
        .ok_or_else(|| type_error("size must be a number"))?;
    if !(0.0..=MAX_RANDOM).contains(&size) || size.fract() != 0.0 {
        return Err(range_error(format!(
            "size {size} is out of range (0 to {MAX_RANDOM})"
        )));
    }
    let size = size as usize;
    let fill = move || {
        let mut bytes = vec![0u8; size];
        getrandom::fill(&mut bytes).map(|()| bytes)
    };
    let Some(callback) = args::arg(a, 1).as_callable() else {
        let bytes = fill().map_err(|e| plain_error(format!("randomBytes: {e}")))?;
        return Ok(buffer::new_buffer(ctx, &bytes)?.into());
    };
    crate::event_loop::blocking(ctx, fill, move |result, ctx| {
        let args = match result {
            Ok(bytes) => vec![JsValue::null(), buffer::new_buffer(ctx, &bytes)?.into()],
            Err(e) => {
                let err = plain_error(format!("randomBytes: {e}"));
                vec![crate::report::error_value(ctx, err)]
            }
        };
        callback.call(&JsValue::undefined(), &args, ctx).map(drop)
    })?;
    Ok(JsValue::undefined())
}

fn string_array(ctx: &mut Context, names: impl IntoIterator<Item = String>) -> JsValue {
    let values: Vec<JsValue> = names.into_iter().map(|n| js_string!(n).into()).collect();
    boa_engine::object::builtins::JsArray::from_iter(values, ctx).into()
}

fn get_hashes(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(string_array(ctx, digests::names()))
}

fn get_ciphers(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(string_array(
        ctx,
        ciphers::names().into_iter().map(str::to_owned),
    ))
}
