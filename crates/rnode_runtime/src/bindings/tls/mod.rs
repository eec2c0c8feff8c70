//! `process.binding('tls')`: TLS on sockets (the manual's "TLS (SSL)"
//! section); `js/tls.js` and `js/https.js` are the JS half.
//!
//! A socket made by `tls.connect` or accepted by a `tls.Server` carries a
//! [`Session`] as its transform (`net::set_transform`): the socket's own
//! read path decrypts, its write path encrypts, and JS sees only cleartext.
//! A SecurePair holds a session JS feeds by hand (its encrypted side is a
//! JS stream by design).

mod certificate;
mod keys;
mod session;
mod verify;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use boa_engine::{js_string, Context, Finalize, JsData, JsObject, JsResult, JsValue, Trace};
use rustls::pki_types::CertificateDer;

use crate::args;
use crate::bindings::buffer::{self, Encoding};
use crate::bindings::net;
use crate::errors::{plain_error, range_error, type_error};
use session::{Credentials, Session};
use verify::{Anchor, Trust};

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("context", context, 5),
            ("client", client, 5),
            ("server", server, 4),
            ("verifyError", verify_error, 1),
            ("peerCertificate", peer_certificate, 1),
            ("cipher", cipher, 1),
            ("pair", pair, 6),
            ("pairIn", pair_in, 2),
            ("pairOut", pair_out, 2),
            ("pairEnd", pair_end, 1),
        ],
    )
}

/// A secure context as JS holds it (`credentials.context`).
#[derive(Trace, Finalize, JsData)]
struct ContextHandle {
    #[unsafe_ignore_trace]
    credentials: Rc<Credentials>,
}

/// A SecurePair's session, held by its JS object.
#[derive(Trace, Finalize, JsData)]
struct PairHandle {
    #[unsafe_ignore_trace]
    session: RefCell<Session>,
}

fn pem(ctx: &mut Context, v: &JsValue) -> JsResult<Option<Vec<u8>>> {
    if v.is_null_or_undefined() {
        return Ok(None);
    }
    let bytes = buffer::with_data(
        ctx,
        v,
        &JsValue::undefined(),
        Encoding::Utf8,
        <[u8]>::to_vec,
    )
    .map_err(|_| type_error("PEM must be a string or a buffer"))?;
    Ok(Some(bytes))
}

/// A JS array's elements, or the value alone.
fn list(ctx: &mut Context, value: &JsValue) -> JsResult<Vec<JsValue>> {
    const MAX_CA: u64 = 4096;
    let Some(obj) = value.as_object().filter(|o| o.is_array()) else {
        return Ok(vec![value.clone()]);
    };
    let len = obj.get(js_string!("length"), ctx)?.to_length(ctx)?;
    if len > MAX_CA {
        return Err(range_error(format!("ca holds more than {MAX_CA} entries")));
    }
    (0..len).map(|i| obj.get(i, ctx)).collect()
}

/// `context(key, cert, ca, ciphers, crl)`: each PEM (string or Buffer; `ca`
/// also an array) read now, so a bad one, or a key that is not the
/// certificate's, is an Error at `createServer`/`createCredentials`.
fn context(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let key = match pem(ctx, &args::arg(a, 0))? {
        Some(p) => Some(keys::signing_key(&p).map_err(plain_error)?),
        None => None,
    };
    let certs: Vec<CertificateDer<'static>> = match pem(ctx, &args::arg(a, 1))? {
        Some(p) => crate::bindings::crypto::keys::certificates(&p)
            .map_err(plain_error)?
            .into_iter()
            .map(CertificateDer::from)
            .collect(),
        None => Vec::new(),
    };
    if let (Some(key), Some(cert)) = (&key, certs.first()) {
        if !keys::matches(key.as_ref(), cert) {
            return Err(plain_error(
                "key values mismatch: the private key does not match the certificate",
            ));
        }
    }
    let trust = trust_arg(ctx, &args::arg(a, 2), &args::arg(a, 4))?;
    let suites = match args::arg(a, 3).as_string() {
        Some(list) => session::suites_for(&list.to_std_string_escaped()),
        None => None,
    };
    let credentials = Credentials {
        key,
        certs,
        trust: Arc::new(trust),
        suites,
        configs: Default::default(),
    };
    let proto = ctx.intrinsics().constructors().object().prototype();
    let handle = ContextHandle {
        credentials: Rc::new(credentials),
    };
    Ok(JsObject::from_proto_and_data(proto, handle).into())
}

/// The CAs of `ca` (the bundled roots when there is none), less what the
/// CRLs of `crl` revoke.
fn trust_arg(ctx: &mut Context, ca: &JsValue, crl: &JsValue) -> JsResult<Trust> {
    let mut trust = Trust::default();
    if ca.is_null_or_undefined() {
        trust.anchors = session::bundled_roots();
    }
    for value in list(ctx, ca)? {
        if let Some(p) = pem(ctx, &value)? {
            let ders = crate::bindings::crypto::keys::certificates(&p).map_err(plain_error)?;
            trust
                .anchors
                .extend(ders.iter().filter_map(|der| Anchor::from_certificate(der)));
        }
    }
    for value in list(ctx, crl)? {
        let Some(p) = pem(ctx, &value)? else {
            continue;
        };
        let blocks = x509_parser::pem::Pem::iter_from_buffer(&p).map_while(Result::ok);
        for block in blocks.filter(|b| b.label == "X509 CRL") {
            if !trust.add_crl(&block.contents) {
                return Err(plain_error("PEM_read_bio_X509_CRL failed"));
            }
        }
    }
    Ok(trust)
}

fn credentials_arg(a: &[JsValue], i: usize) -> JsResult<Rc<Credentials>> {
    args::arg(a, i)
        .as_object()
        .and_then(|o| {
            o.downcast_ref::<ContextHandle>()
                .map(|h| h.credentials.clone())
        })
        .ok_or_else(|| type_error("Not a secure context"))
}

fn client_session(a: &[JsValue], first: usize) -> JsResult<Session> {
    let credentials = credentials_arg(a, first)?;
    let server_name = args::arg(a, first + 1)
        .as_string()
        .map_or_else(|| "localhost".to_string(), |s| s.to_std_string_escaped());
    let reject = args::arg(a, first + 2).to_boolean();
    let check_names = args::arg(a, first + 3).to_boolean();
    let config = credentials
        .client_config(reject, check_names)
        .map_err(plain_error)?;
    Session::client(config, credentials.trust.clone(), &server_name, check_names)
        .map_err(plain_error)
}

fn server_session(a: &[JsValue], first: usize) -> JsResult<Session> {
    let credentials = credentials_arg(a, first)?;
    let request_cert = args::arg(a, first + 1).to_boolean();
    let reject = request_cert && args::arg(a, first + 2).to_boolean();
    let config = credentials
        .server_config(request_cert, reject)
        .map_err(plain_error)?;
    Session::server(config, credentials.trust.clone()).map_err(plain_error)
}

fn attach(ctx: &mut Context, id: u32, session: Session) -> JsResult<JsValue> {
    net::set_transform(id, Box::new(session)).map_err(|e| e.into_js(ctx))?;
    Ok(JsValue::undefined())
}

/// `client(socket, context, servername, rejectUnauthorized, checkNames)`:
/// the socket speaks TLS as a client from now on (its hello goes out now).
fn client(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "socket")? as u32;
    let session = client_session(a, 1)?;
    attach(ctx, id, session)
}

/// `server(socket, context, requestCert, rejectUnauthorized)`.
fn server(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args::int(a, 0, "socket")? as u32;
    let session = server_session(a, 1)?;
    attach(ctx, id, session)
}

/// Runs `f` on the session of a socket (its id) or of a SecurePair (its
/// handle); `None` when there is none.
fn with_session<R>(target: &JsValue, f: impl FnOnce(&Session) -> R) -> Option<R> {
    if let Some(obj) = target.as_object() {
        let pair = obj.downcast_ref::<PairHandle>()?;
        let session = pair.session.borrow();
        return Some(f(&session));
    }
    let id = target.as_number()? as u32;
    net::with_transform(id, |t| t.as_any().downcast_mut::<Session>().map(|s| f(s))).flatten()
}

/// `verifyError(target)` → OpenSSL's code for why the peer is not
/// authorized (Node's `authorizationError`), or null.
fn verify_error(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let code = with_session(&args::arg(a, 0), Session::verify_error).flatten();
    Ok(code.map_or(JsValue::null(), |c| js_string!(c).into()))
}

/// `peerCertificate(target)` → the peer's certificate as Node describes
/// it, or null.
fn peer_certificate(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let der = with_session(&args::arg(a, 0), |s| {
        s.peer_certificate().map(|c| c.to_vec())
    })
    .flatten();
    match der {
        Some(der) => Ok(certificate::describe(ctx, &der)),
        None => Ok(JsValue::null()),
    }
}

/// `cipher(target)` → `{ name, standardName, version }`, or null.
fn cipher(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some((suite, version)) = with_session(&args::arg(a, 0), Session::cipher).flatten() else {
        return Ok(JsValue::null());
    };
    let (standard, openssl) = session::suite_names(suite);
    let obj = crate::host::new_object(ctx);
    let name = if openssl.is_empty() {
        standard.as_str()
    } else {
        openssl
    };
    crate::host::put(ctx, &obj, "name", js_string!(name));
    crate::host::put(ctx, &obj, "standardName", js_string!(standard.as_str()));
    let version = match version {
        rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3",
        _ => "TLSv1.2",
    };
    crate::host::put(ctx, &obj, "version", js_string!(version));
    Ok(obj.into())
}

/// `pair(context, isServer, requestCert, rejectUnauthorized, servername,
/// checkNames)` → a SecurePair's session handle.
fn pair(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let session = if args::arg(a, 1).to_boolean() {
        server_session(&[args::arg(a, 0), args::arg(a, 2), args::arg(a, 3)], 0)?
    } else {
        let client_args = [
            args::arg(a, 0),
            args::arg(a, 4),
            args::arg(a, 3),
            args::arg(a, 5),
        ];
        client_session(&client_args, 0)?
    };
    let proto = ctx.intrinsics().constructors().object().prototype();
    let handle = PairHandle {
        session: RefCell::new(session),
    };
    Ok(JsObject::from_proto_and_data(proto, handle).into())
}

fn with_pair<R>(a: &[JsValue], f: impl FnOnce(&mut Session) -> R) -> JsResult<R> {
    let obj = args::object(a, 0, "pair")?;
    let pair = obj
        .downcast_ref::<PairHandle>()
        .ok_or_else(|| type_error("Not a SecurePair"))?;
    let mut session = pair
        .session
        .try_borrow_mut()
        .map_err(|_| type_error("SecurePair is busy"))?;
    Ok(f(&mut session))
}

fn buffer_or_null(ctx: &mut Context, bytes: &[u8]) -> JsResult<JsValue> {
    if bytes.is_empty() {
        return Ok(JsValue::null());
    }
    Ok(buffer::new_buffer(ctx, bytes)?.into())
}

/// `pairIn(pair, buffer)`: bytes from the encrypted side →
/// `{ clear, wire, ready, ended, error }` (Buffers or null).
fn pair_in(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = buffer::with_bytes(ctx, &args::arg(a, 1), |b| b.to_vec())?;
    let incoming = with_pair(a, |s| net::Transform::incoming(s, &bytes))?;
    let obj = crate::host::new_object(ctx);
    let clear = buffer_or_null(ctx, &incoming.plain)?;
    crate::host::put(ctx, &obj, "clear", clear);
    let wire = buffer_or_null(ctx, &incoming.wire)?;
    crate::host::put(ctx, &obj, "wire", wire);
    crate::host::put(ctx, &obj, "ready", incoming.ready);
    crate::host::put(ctx, &obj, "ended", incoming.ended);
    let error = match incoming.error {
        Some(err) => net::transform_error(ctx, err),
        None => JsValue::null(),
    };
    crate::host::put(ctx, &obj, "error", error);
    Ok(obj.into())
}

/// `pairOut(pair, buffer)`: cleartext written → bytes for the encrypted
/// side (Buffer or null).
fn pair_out(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = buffer::with_bytes(ctx, &args::arg(a, 1), |b| b.to_vec())?;
    let mut wire = Vec::new();
    let done = with_pair(a, |s| net::Transform::outgoing(s, &bytes, &mut wire))?;
    match done {
        Ok(()) => buffer_or_null(ctx, &wire),
        Err(err) => Err(boa_engine::JsError::from_opaque(net::transform_error(
            ctx, err,
        ))),
    }
}

/// `pairEnd(pair)`: the cleartext side ends → the close_notify to send.
fn pair_end(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut wire = Vec::new();
    // A pair ended inside its handshake sends no close_notify.
    with_pair(a, |s| net::Transform::end(s, &mut wire))?;
    buffer_or_null(ctx, &wire)
}
