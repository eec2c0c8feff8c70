//! The one place where OS errors become JS errors (Node 0.4's
//! `ErrnoException`), plus the argument-error helpers every binding uses.
//!
//! Invariant: every OS error that reaches JS passes [`errno_exception`], so
//! `code`, `errno`, `syscall` and `path` are always data taken from the OS
//! error number, never parsed back out of a message.

// A build without sockets (`--no-default-features`) leaves the network
// parts unused.
#![cfg_attr(not(feature = "net"), allow(dead_code))]

use boa_engine::{js_string, Context, JsError, JsNativeError, JsValue};
use nix::errno::Errno;

use crate::permissions::Access;

/// An OS error as plain data, safe to send from the reactor to the JS thread.
#[derive(Debug, Clone)]
pub struct OsError {
    pub errno: i32,
    pub syscall: &'static str,
    pub path: Option<String>,
    kind: Kind,
}

/// What an [`OsError`] is besides its errno.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Errno,
    /// A resolver failure: not an errno, but Node gave it a code too.
    Lookup,
    /// Refused by the permission layer (`ERR_ACCESS_DENIED`); `path`
    /// names the resource.
    Denied(Access),
}

impl OsError {
    pub fn new(errno: i32, syscall: &'static str, path: Option<String>) -> Self {
        Self {
            errno,
            syscall,
            path,
            kind: Kind::Errno,
        }
    }

    /// The permission layer's refusal of `access` to `resource`.
    pub fn denied(access: Access, resource: &str) -> Self {
        Self {
            errno: 0,
            syscall: "",
            path: Some(resource.to_owned()),
            kind: Kind::Denied(access),
        }
    }

    /// A host name that does not resolve: Node 0.4's `ENOTFOUND` (c-ares
    /// error 4), from `getaddrinfo`.
    pub fn not_found(host: &str) -> Self {
        Self {
            errno: ARES_ENOTFOUND,
            syscall: "getaddrinfo",
            path: Some(host.to_owned()),
            kind: Kind::Lookup,
        }
    }

    /// c-ares' EBADNAME: `host` cannot be a domain name.
    pub fn bad_name(host: &str) -> Self {
        Self {
            errno: ARES_EBADNAME,
            ..Self::not_found(host)
        }
    }

    /// Whether `host` can be looked up at all: an IP address, or a name of
    /// at most 255 bytes whose labels are 1 to 63 bytes (c-ares says
    /// EBADNAME otherwise).
    pub fn is_plausible_host(host: &str) -> bool {
        if host.parse::<std::net::IpAddr>().is_ok() {
            return true;
        }
        let name = host.strip_suffix('.').unwrap_or(host);
        name.len() <= 255 && name.split('.').all(|label| (1..=63).contains(&label.len()))
    }

    /// Captures a `std::io::Error`, mapping errors that carry no OS number
    /// to the errno a C library would have reported.
    pub fn from_io(err: &std::io::Error, syscall: &'static str, path: Option<String>) -> Self {
        Self::new(io_errno(err), syscall, path)
    }

    pub fn from_nix(err: Errno, syscall: &'static str, path: Option<String>) -> Self {
        Self::new(err as i32, syscall, path)
    }

    pub fn into_js(self, ctx: &mut Context) -> JsError {
        match self.kind {
            Kind::Errno => errno_exception(ctx, self.errno, self.syscall, self.path.as_deref()),
            Kind::Lookup if self.errno == ARES_EBADNAME => {
                let host = self.path.unwrap_or_default();
                let message = format!("EBADNAME, Misformatted domain name '{host}'");
                build_error(ctx, message, self.errno, "EBADNAME", self.syscall, None)
            }
            Kind::Lookup => {
                let host = self.path.unwrap_or_default();
                build_error(
                    ctx,
                    format!("ENOTFOUND, Domain name not found '{host}'"),
                    self.errno,
                    "ENOTFOUND",
                    self.syscall,
                    None,
                )
            }
            Kind::Denied(access) => access_denied(ctx, access, &self.path.unwrap_or_default()),
        }
    }
}

fn io_errno(err: &std::io::Error) -> i32 {
    use std::io::ErrorKind as K;
    if let Some(n) = err.raw_os_error() {
        return n;
    }
    (match err.kind() {
        K::NotFound => Errno::ENOENT,
        K::PermissionDenied => Errno::EACCES,
        K::AlreadyExists => Errno::EEXIST,
        K::WouldBlock => Errno::EAGAIN,
        K::InvalidInput | K::InvalidData => Errno::EINVAL,
        K::TimedOut => Errno::ETIMEDOUT,
        K::UnexpectedEof => Errno::EPIPE,
        K::OutOfMemory => Errno::ENOMEM,
        _ => Errno::EIO,
    }) as i32
}

/// The symbolic name of an errno value (`ENOENT`), or `UNKNOWN`.
pub fn errno_name(errno: i32) -> String {
    match Errno::from_raw(errno) {
        Errno::UnknownErrno => "UNKNOWN".to_owned(),
        e => format!("{e:?}"),
    }
}

/// The C library's text for an errno value, as Node 0.4 showed it.
fn strerror(errno: i32) -> String {
    let mut buf = [0u8; 256];
    // SAFETY: strerror_r writes a NUL-terminated string of at most
    // `buf.len()` bytes into `buf`.
    let rc = unsafe { libc::strerror_r(errno, buf.as_mut_ptr().cast(), buf.len()) };
    let len = buf.iter().position(|&b| b == 0).unwrap_or(0);
    if rc != 0 || len == 0 {
        return Errno::from_raw(errno).desc().to_owned();
    }
    String::from_utf8_lossy(&buf[..len]).into_owned()
}

/// Builds the JS `Error` for an OS error, in Node 0.4's form:
/// `ENOENT, No such file or directory 'path'` with `errno` (positive),
/// `code`, `syscall` and, where there is one, `path`.
pub fn errno_exception(
    ctx: &mut Context,
    errno: i32,
    syscall: &str,
    path: Option<&str>,
) -> JsError {
    let code = errno_name(errno);
    let mut message = format!("{code}, {}", strerror(errno));
    if let Some(path) = path {
        message.push_str(&format!(" '{path}'"));
    }
    build_error(ctx, message, errno, &code, syscall, path)
}

/// c-ares' ENOTFOUND, which Node 0.4 put in `errno` for unknown hosts.
const ARES_ENOTFOUND: i32 = 4;
/// c-ares' EBADNAME, for names that cannot be looked up.
const ARES_EBADNAME: i32 = 8;

fn build_error(
    ctx: &mut Context,
    message: String,
    errno: i32,
    code: &str,
    syscall: &str,
    path: Option<&str>,
) -> JsError {
    let obj = JsNativeError::error()
        .with_message(message)
        .into_opaque(ctx);
    let props: [(&str, JsValue); 3] = [
        ("errno", JsValue::from(errno)),
        ("code", js_string!(code).into()),
        ("syscall", js_string!(syscall).into()),
    ];
    for (key, value) in props {
        // Defining data properties on a fresh ordinary object cannot fail.
        let _ = obj.set(js_string!(key), value, false, ctx);
    }
    if let Some(path) = path {
        let _ = obj.set(js_string!("path"), js_string!(path), false, ctx);
    }
    JsError::from_opaque(obj.into())
}

/// The permission layer's `Error`: `code: 'ERR_ACCESS_DENIED'`, with
/// `permission` and `resource` naming what was refused (later Node's form).
fn access_denied(ctx: &mut Context, access: Access, resource: &str) -> JsError {
    let message = format!(
        "Access to this API has been restricted: {} '{resource}' (allow it with {})",
        access.name(),
        access.flag()
    );
    let obj = JsNativeError::error()
        .with_message(message)
        .into_opaque(ctx);
    let props = [
        ("code", "ERR_ACCESS_DENIED"),
        ("permission", access.name()),
        ("resource", resource),
    ];
    for (key, value) in props {
        let _ = obj.set(js_string!(key), js_string!(value), false, ctx);
    }
    JsError::from_opaque(obj.into())
}

/// `TypeError` for a wrong argument type.
pub fn type_error(message: impl Into<String>) -> JsError {
    JsNativeError::typ().with_message(message.into()).into()
}

/// `RangeError` for an argument out of range.
pub fn range_error(message: impl Into<String>) -> JsError {
    JsNativeError::range().with_message(message.into()).into()
}

/// Plain `Error` with a message.
pub fn plain_error(message: impl Into<String>) -> JsError {
    JsNativeError::error().with_message(message.into()).into()
}
