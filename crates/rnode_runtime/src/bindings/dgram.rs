//! `process.binding('dgram')`: UDP and unix datagram sockets (the manual's
//! "UDP / Datagram Sockets" section; `js/dgram.js` is the JS half).
//!
//! A socket is made at `createSocket`, as in 0.4 (so options can be set
//! before it is bound). Once bound — by `bind` or, for UDP, by the
//! kernel's implicit bind on the first send — a reader task on the JS
//! thread's reactor receives each datagram straight into a Buffer and
//! calls the JS socket's `_onmessage(buffer, rinfo)`. A bound socket keeps
//! the process alive until it is closed.

use std::cell::RefCell;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixDatagram;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use nix::sys::socket::{self as sock, sockopt, AddressFamily, SockFlag, SockType, SockaddrStorage};
use rustc_hash::FxHashMap;

use crate::args;
use crate::errors::{range_error, type_error, OsError};
use crate::event_loop::{Completer, EventLoop, Payload};
use crate::rt;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("create", create, 2),
            ("bind", bind, 3),
            ("send", send, 6),
            ("close", close, 1),
            ("address", address, 1),
            ("setOption", set_option, 3),
            ("membership", membership, 4),
        ],
    )
}

/// The largest datagram read (UDP's maximum payload is 65,507 bytes).
const MAX_DATAGRAM: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Udp4,
    Udp6,
    Unix,
}

enum Sock {
    Udp(Rc<rt::net::Async<UdpSocket>>),
    Unix(Rc<rt::net::Async<UnixDatagram>>),
}

struct Dgram {
    kind: Kind,
    sock: Sock,
    target: JsObject,
    /// Set while reading: dropping it stops the reader.
    stop: Option<rt::net::Sender<()>>,
    completer: Option<Completer>,
}

thread_local! {
    static SOCKETS: RefCell<FxHashMap<u32, Dgram>> = RefCell::default();
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn os_err(ctx: &mut Context, e: nix::errno::Errno, call: &'static str) -> boa_engine::JsError {
    OsError::from_nix(e, call, None).into_js(ctx)
}

fn io_err(ctx: &mut Context, e: &std::io::Error, call: &'static str) -> boa_engine::JsError {
    OsError::from_io(e, call, None).into_js(ctx)
}

/// `create(type, socket)` → id.
fn create(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let kind = match args::string(a, 0, "type")?.as_str() {
        "udp4" => Kind::Udp4,
        "udp6" => Kind::Udp6,
        "unix_dgram" => Kind::Unix,
        other => {
            return Err(type_error(format!(
                "Bad socket type specified ({other}). Valid types are: unix_dgram, udp4, udp6"
            )))
        }
    };
    let target = args::object(a, 1, "socket")?;
    let family = match kind {
        Kind::Udp4 => AddressFamily::Inet,
        Kind::Udp6 => AddressFamily::Inet6,
        Kind::Unix => AddressFamily::Unix,
    };
    // Close-on-exec from the start (macOS can only mark it after); the
    // reactor makes it non-blocking.
    #[cfg(not(target_vendor = "apple"))]
    let flags = SockFlag::SOCK_CLOEXEC;
    #[cfg(target_vendor = "apple")]
    let flags = SockFlag::empty();
    let fd: OwnedFd = sock::socket(family, SockType::Datagram, flags, None)
        .map_err(|e| os_err(ctx, e, "socket"))?;
    #[cfg(target_vendor = "apple")]
    super::net::set_cloexec(std::os::fd::AsFd::as_fd(&fd));
    let sock = match kind {
        Kind::Unix => rt::net::Async::new(UnixDatagram::from(fd)).map(|s| Sock::Unix(Rc::new(s))),
        _ => rt::net::Async::new(UdpSocket::from(fd)).map(|s| Sock::Udp(Rc::new(s))),
    }
    .map_err(|e| io_err(ctx, &e, "socket"))?;
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    let dgram = Dgram {
        kind,
        sock,
        target,
        stop: None,
        completer: None,
    };
    SOCKETS.with(|s| s.borrow_mut().insert(id, dgram));
    Ok(JsValue::from(id))
}

fn id_arg(a: &[JsValue]) -> JsResult<u32> {
    Ok(args::int(a, 0, "handle")? as u32)
}

fn with<R>(id: u32, f: impl FnOnce(&mut Dgram) -> R) -> JsResult<R> {
    SOCKETS
        .with(|s| s.borrow_mut().get_mut(&id).map(f))
        .ok_or_else(|| type_error("Not running"))
}

fn raw_fd(sock: &Sock) -> i32 {
    match sock {
        Sock::Udp(s) => s.as_raw_fd(),
        Sock::Unix(s) => s.as_raw_fd(),
    }
}

/// An IP socket address from `port` and an address literal.
fn ip_addr(kind: Kind, port: &JsValue, address: &JsValue) -> JsResult<SocketAddr> {
    let port = match port.as_number() {
        Some(n) if n.fract() == 0.0 && (0.0..=65535.0).contains(&n) => n as u16,
        _ => return Err(range_error("Port should be > 0 and < 65536")),
    };
    let ip: IpAddr = match address.as_string() {
        Some(s) => s
            .to_std_string_escaped()
            .parse()
            .map_err(|_| type_error("address must be an IP address"))?,
        None if kind == Kind::Udp6 => IpAddr::from([0u16; 8]),
        None => IpAddr::from([0u8; 4]),
    };
    match (kind, ip) {
        (Kind::Udp4, IpAddr::V4(_)) | (Kind::Udp6, IpAddr::V6(_)) => Ok(SocketAddr::new(ip, port)),
        _ => Err(type_error(format!(
            "address {ip} is not of the socket's family"
        ))),
    }
}

/// `bind(id, port, address)` (UDP; address an IP literal or undefined)
/// or `bind(id, path)` (unix_dgram). Starts receiving.
fn bind(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let (kind, fd) = with(id, |d| (d.kind, raw_fd(&d.sock)))?;
    // SAFETY: the descriptor belongs to a socket in SOCKETS for this call.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let perms = crate::permissions::of(ctx);
    let result = match kind {
        Kind::Unix => {
            let path = args::to_string(ctx, a, 1)?;
            let real = perms.check_unix_socket(&path).map_err(|e| e.into_js(ctx))?;
            let addr = sock::UnixAddr::new(&real).map_err(|e| os_err(ctx, e, "bind"))?;
            sock::bind(fd.as_raw_fd(), &addr)
        }
        _ => {
            let addr = ip_addr(kind, &args::arg(a, 1), &args::arg(a, 2))?;
            check_ip(ctx, addr)?;
            // As 0.4's bind: several sockets may share a port (multicast
            // listeners in several processes).
            let _ = sock::setsockopt(&fd, sockopt::ReuseAddr, &true);
            sock::bind(fd.as_raw_fd(), &SockaddrStorage::from(addr))
        }
    };
    result.map_err(|e| os_err(ctx, e, "bind"))?;
    start_reading(ctx, id)?;
    Ok(JsValue::undefined())
}

/// Asks the permission layer whether the script may bind or send to `addr`.
fn check_ip(ctx: &mut Context, addr: SocketAddr) -> JsResult<()> {
    crate::permissions::of(ctx)
        .check_net(&addr.ip().to_string(), addr.port())
        .map_err(|e| e.into_js(ctx))
}

/// What the reader task tells the JS thread.
enum Received {
    Message(Vec<u8>, Option<SocketAddr>, Option<String>),
    Error(OsError),
}

fn start_reading(ctx: &mut Context, id: u32) -> JsResult<()> {
    let (running, target) = with(id, |d| (d.stop.is_some(), d.target.clone()))?;
    if running {
        return Ok(());
    }
    let lp = EventLoop::of(ctx)?;
    let handler = Rc::new(move |payload: Payload, ctx: &mut Context| {
        let Ok(received) = payload.downcast::<Received>() else {
            return Ok(());
        };
        match *received {
            Received::Message(bytes, ip, path) => {
                let buffer = super::buffer::new_buffer(ctx, &bytes)?;
                let rinfo = crate::host::new_object(ctx);
                match (ip, path) {
                    (Some(addr), _) => {
                        crate::host::put(ctx, &rinfo, "address", js_string!(addr.ip().to_string()));
                        crate::host::put(ctx, &rinfo, "port", addr.port());
                        let family = if addr.is_ipv4() { "IPv4" } else { "IPv6" };
                        crate::host::put(ctx, &rinfo, "family", js_string!(family));
                    }
                    (None, path) => {
                        crate::host::put(
                            ctx,
                            &rinfo,
                            "address",
                            js_string!(path.unwrap_or_default()),
                        );
                    }
                }
                crate::host::put(ctx, &rinfo, "size", bytes.len() as f64);
                crate::host::call_method(
                    ctx,
                    &target,
                    js_string!("_onmessage"),
                    &[buffer.into(), rinfo.into()],
                )
                .map(drop)
            }
            Received::Error(err) => {
                let err = err.into_js(ctx);
                let err = crate::report::error_value(ctx, err);
                crate::host::call_method(ctx, &target, js_string!("_onerror"), &[err]).map(drop)
            }
        }
    });
    let completer = lp.open_handle(handler, true);
    let (stop_tx, stop_rx) = rt::net::channel::<()>();
    let sock = with(id, |d| {
        d.stop = Some(stop_tx);
        d.completer = Some(completer.clone());
        match &d.sock {
            Sock::Udp(s) => Sock::Udp(s.clone()),
            Sock::Unix(s) => Sock::Unix(s.clone()),
        }
    })?;
    rt::spawn(read_loop(sock, stop_rx, completer));
    Ok(())
}

async fn read_loop(sock: Sock, stop: rt::net::Receiver<()>, out: Completer) {
    let mut buf = vec![0u8; MAX_DATAGRAM];
    loop {
        let stopped = async {
            while stop.recv().await.is_ok() {}
            None
        };
        let received = rt::net::race(
            async {
                Some(match &sock {
                    Sock::Udp(s) => s
                        .recv_from(&mut buf)
                        .await
                        .map(|(n, addr)| (n, Some(addr), None)),
                    Sock::Unix(s) => s.recv_from(&mut buf).await.map(|(n, addr)| {
                        let path = addr.as_pathname().map(|p| p.to_string_lossy().into_owned());
                        (n, None, path)
                    }),
                })
            },
            stopped,
        )
        .await;
        match received {
            None => return,
            Some(Ok((n, ip, path))) => {
                let bytes = buf.get(..n).unwrap_or_default().to_vec();
                out.send(Received::Message(bytes, ip, path));
            }
            // A datagram to a closed port (ICMP) says so on a later read:
            // tell JS and keep reading.
            Some(Err(e)) => out.send(Received::Error(OsError::from_io(&e, "recvmsg", None))),
        }
    }
}

/// `send(id, buffer, offset, length, port|path, address)` → bytes sent.
/// An unbound UDP socket is bound by the kernel and starts receiving.
fn send(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let kind = with(id, |d| d.kind)?;
    let offset = args::number(a, 2, "offset")?;
    let length = args::number(a, 3, "length")?;
    let buffer = args::arg(a, 1);
    let total = super::buffer::byte_len(ctx, &buffer)?;
    if offset < 0.0
        || length < 0.0
        || offset.fract() != 0.0
        || length.fract() != 0.0
        || offset + length > total as f64
    {
        return Err(range_error("Offset and length must be within the buffer"));
    }
    let (offset, length) = (offset as usize, length as usize);
    enum Destination {
        Path(sock::UnixAddr),
        Ip(SockaddrStorage),
    }
    let destination = match kind {
        Kind::Unix => {
            let path = args::to_string(ctx, a, 4)?;
            let real = crate::permissions::of(ctx)
                .check_unix_socket(&path)
                .map_err(|e| e.into_js(ctx))?;
            let addr = sock::UnixAddr::new(&real).map_err(|e| os_err(ctx, e, "sendto"))?;
            Destination::Path(addr)
        }
        _ => {
            let addr = ip_addr(kind, &args::arg(a, 4), &args::arg(a, 5))?;
            check_ip(ctx, addr)?;
            Destination::Ip(SockaddrStorage::from(addr))
        }
    };
    let fd = with(id, |d| raw_fd(&d.sock))?;
    // Bounds were checked against the length before any JS could run;
    // with_bytes re-reads the Buffer, and `get` refuses a shrunk one.
    let sent = super::buffer::with_bytes(ctx, &buffer, |bytes| {
        let data = bytes
            .get(offset..offset + length)
            .ok_or(nix::errno::Errno::EINVAL)?;
        let flags = sock::MsgFlags::empty();
        match &destination {
            Destination::Path(addr) => sock::sendto(fd, data, addr, flags),
            Destination::Ip(addr) => sock::sendto(fd, data, addr, flags),
        }
    })?;
    let sent = sent.map_err(|e| os_err(ctx, e, "sendto"))?;
    if kind != Kind::Unix {
        start_reading(ctx, id)?;
    }
    Ok(JsValue::from(sent as f64))
}

/// `close(id)`: stops receiving and closes the socket.
fn close(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let removed = SOCKETS.with(|s| s.borrow_mut().remove(&id));
    let Some(dgram) = removed else {
        return Err(type_error("Not running"));
    };
    if let Some(completer) = &dgram.completer {
        EventLoop::of(ctx)?.close_handle(completer);
    }
    drop(dgram);
    Ok(JsValue::undefined())
}

/// `address(id)` → `{ address, port, family }` (UDP) or `{ address }`.
fn address(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let fd = with(id, |d| raw_fd(&d.sock))?;
    let local: SockaddrStorage =
        sock::getsockname(fd).map_err(|e| os_err(ctx, e, "getsockname"))?;
    let obj = crate::host::new_object(ctx);
    if let Some(unix) = local.as_unix_addr() {
        let path = unix
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        crate::host::put(ctx, &obj, "address", js_string!(path));
        return Ok(obj.into());
    }
    let addr: Option<SocketAddr> = local
        .as_sockaddr_in()
        .map(|s| SocketAddr::from((s.ip(), s.port())))
        .or_else(|| {
            local
                .as_sockaddr_in6()
                .map(|s| SocketAddr::from((s.ip(), s.port())))
        });
    let Some(addr) = addr else {
        return Err(type_error("socket has no address"));
    };
    // address and port, as the manual says (later Node added family).
    crate::host::put(ctx, &obj, "address", js_string!(addr.ip().to_string()));
    crate::host::put(ctx, &obj, "port", addr.port());
    Ok(obj.into())
}

/// `setOption(id, name, value)`: broadcast, ttl, multicastTTL,
/// multicastLoopback.
fn set_option(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let name = args::string(a, 1, "option")?;
    let value = args::arg(a, 2);
    let (kind, fd) = with(id, |d| (d.kind, raw_fd(&d.sock)))?;
    if kind == Kind::Unix {
        return Err(type_error(format!("{name} is for UDP sockets")));
    }
    // SAFETY: the descriptor belongs to a socket in SOCKETS for this call.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let n = value.as_number().unwrap_or(0.0) as i32;
    let v6 = kind == Kind::Udp6;
    let result = match (name.as_str(), v6) {
        ("broadcast", _) => sock::setsockopt(&fd, sockopt::Broadcast, &value.to_boolean()),
        // IP_TTL directly: nix has no IPv4 TTL option on macOS.
        ("ttl", false) => set_int(fd.as_raw_fd(), libc::IPPROTO_IP, libc::IP_TTL, n),
        ("ttl", true) => sock::setsockopt(&fd, sockopt::Ipv6Ttl, &n),
        ("multicastTTL", false) => sock::setsockopt(&fd, sockopt::IpMulticastTtl, &(n as u8)),
        ("multicastTTL", true) => sock::setsockopt(&fd, sockopt::Ipv6MulticastHops, &n),
        ("multicastLoopback", false) => {
            sock::setsockopt(&fd, sockopt::IpMulticastLoop, &value.to_boolean())
        }
        ("multicastLoopback", true) => set_int(
            fd.as_raw_fd(),
            libc::IPPROTO_IPV6,
            libc::IPV6_MULTICAST_LOOP,
            value.to_boolean().into(),
        ),
        _ => return Err(type_error(format!("unknown option {name}"))),
    };
    result.map_err(|e| os_err(ctx, e, "setsockopt"))?;
    Ok(JsValue::undefined())
}

/// A socket option that takes a C int, where nix has no typed one on
/// every Unix (IPv4 TTL on macOS, IPv6 multicast loopback).
fn set_int(fd: i32, level: libc::c_int, name: libc::c_int, value: libc::c_int) -> nix::Result<()> {
    // SAFETY: setsockopt reads one c_int from `value`.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (&value as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    match rc {
        0 => Ok(()),
        _ => Err(nix::errno::Errno::last()),
    }
}

/// `membership(id, add, multicastAddress, [interfaceAddress])`.
fn membership(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let add = args::arg(a, 1).to_boolean();
    let group = args::to_string(ctx, a, 2)?;
    let (kind, fd) = with(id, |d| (d.kind, raw_fd(&d.sock)))?;
    // SAFETY: the descriptor belongs to a socket in SOCKETS for this call.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let bad = || type_error("multicastAddress must be an IP address of the socket's family");
    let result = match (kind, group.parse::<IpAddr>().map_err(|_| bad())?) {
        (Kind::Udp4, IpAddr::V4(g)) => {
            let iface = match args::arg(a, 3).as_string() {
                Some(s) => Some(s.to_std_string_escaped().parse().map_err(|_| bad())?),
                None => None,
            };
            let req = sock::IpMembershipRequest::new(g, iface);
            match add {
                true => sock::setsockopt(&fd, sockopt::IpAddMembership, &req),
                false => sock::setsockopt(&fd, sockopt::IpDropMembership, &req),
            }
        }
        (Kind::Udp6, IpAddr::V6(g)) => {
            let req = sock::Ipv6MembershipRequest::new(g);
            match add {
                true => sock::setsockopt(&fd, sockopt::Ipv6AddMembership, &req),
                false => sock::setsockopt(&fd, sockopt::Ipv6DropMembership, &req),
            }
        }
        _ => return Err(bad()),
    };
    result.map_err(|e| {
        os_err(
            ctx,
            e,
            if add {
                "addMembership"
            } else {
                "dropMembership"
            },
        )
    })?;
    Ok(JsValue::undefined())
}
