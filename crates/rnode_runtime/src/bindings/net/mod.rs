//! `process.binding('net')`: TCP and UNIX-domain sockets (the manual's
//! "net" section); `js/net.js` is the JS half.
//!
//! A connection is owned here and named to JS by an id. Each has two tasks
//! on the JS thread's executor (`rt::spawn`), which run while the event
//! loop waits: a reader (paused on request, so the kernel buffer fills and
//! TCP pushes back on the peer) and a writer that drains what could not be
//! written at once. A write from JS first tries the socket directly
//! (non-blocking): if the kernel takes it all, `write` reports 0 bytes
//! queued, which is Node's "flushed" `true`; the rest goes to the writer,
//! and `_ondrain` is called when its queue is empty again.
//!
//! Between the kernel and JS a connection may carry the two layers of
//! [`layers`]: a transform (TLS) and a Rust consumer (the HTTP parser).

use std::cell::{Cell, RefCell};
use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr};
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd, RawFd};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use rustc_hash::FxHashMap;

use crate::args;
use crate::bindings::buffer::Block;
use crate::errors::{range_error, type_error, OsError};
use crate::event_loop::{Completer, EventLoop, Payload};
use crate::rt;

pub mod layers;
pub use layers::{Consumer, Incoming, Transform, TransformError};

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("connect", connect, 3),
            ("connectUnix", connect_unix, 2),
            ("open", open_fd, 2),
            ("listen", listen, 4),
            ("listenUnix", listen_unix, 2),
            ("listenFd", listen_fd, 2),
            ("closeServer", close_server, 2),
            ("pauseServer", pause_server, 2),
            ("serverAddress", server_address, 1),
            ("start", start, 2),
            ("write", write, 2),
            ("writeFd", write_fd, 3),
            ("serverFd", server_fd, 1),
            ("shutdown", shutdown, 1),
            ("close", close, 1),
            ("pause", pause, 1),
            ("resume", resume, 1),
            ("bufferSize", buffer_size, 1),
            ("setNoDelay", set_no_delay, 2),
            ("setRef", set_ref, 2),
            ("setKeepAlive", set_keep_alive, 3),
            ("address", address, 1),
            ("remoteAddress", remote_address, 1),
            ("isIP", is_ip, 1),
            ("lastActive", last_active, 1),
            ("bytesRead", bytes_read, 1),
            ("bytesWritten", bytes_written, 1),
        ],
    )
}

// ---- sockets ---------------------------------------------------------------

/// A connected socket as it is handed over (accepted, connected, adopted),
/// before it is registered.
enum Sock {
    Tcp(std::net::TcpStream),
    Unix(std::os::unix::net::UnixStream),
}

/// A registered socket: **one descriptor**, registered once with the
/// reactor, shared by the JS thread (direct writes, options, addresses),
/// the reader task and the writer task (all on the JS thread, hence `Rc`).
/// The descriptor closes when the last of them lets go.
#[derive(Clone)]
enum Shared {
    Tcp(Rc<rt::net::Async<std::net::TcpStream>>),
    Unix(Rc<rt::net::Async<std::os::unix::net::UnixStream>>),
}

const READ_SIZE: usize = 64 * 1024;
/// Reads that filled the buffer, taken one after another without waiting
/// (1 MiB), before the reader waits and lets other tasks run.
const MAX_FULL_READS: u32 = 16;

thread_local! {
    /// Every read lands here first (the reader tasks share the JS thread),
    /// then only what arrived is copied out.
    static READ_BUF: RefCell<Vec<u8>> = RefCell::new(vec![0; READ_SIZE]);
}

impl Shared {
    /// Registers `sock` with the reactor (and makes it non-blocking).
    fn new(sock: Sock) -> io::Result<Self> {
        Ok(match sock {
            Sock::Tcp(s) => Shared::Tcp(Rc::new(rt::net::Async::new(s)?)),
            Sock::Unix(s) => Shared::Unix(Rc::new(rt::net::Async::new(s)?)),
        })
    }

    /// Reads a chunk, and the descriptors that came with it, into the
    /// thread's one read buffer, so an idle connection holds none. It
    /// waits for readability first unless `more` (the last read filled
    /// the buffer: more is likely there, and a wait would cost the
    /// reactor a round of system calls). UNIX sockets read with
    /// recvmsg(2), so descriptors passed along with the data (SCM_RIGHTS)
    /// arrive too. `take` sees the bytes where they landed (empty at end
    /// of file); returned with what it made, the count, and descriptors.
    async fn read<T>(
        &self,
        mut more: bool,
        mut take: impl FnMut(&[u8]) -> T,
    ) -> io::Result<(T, usize, Vec<RawFd>)> {
        loop {
            if !std::mem::take(&mut more) {
                match self {
                    Shared::Tcp(s) => s.readable().await?,
                    Shared::Unix(s) => s.readable().await?,
                }
            }
            let result = READ_BUF.with(|buf| {
                let buf = &mut buf.borrow_mut()[..];
                let read = match self {
                    Shared::Tcp(s) => {
                        io::Read::read(&mut s.get_ref(), buf).map(|n| (n, Vec::new()))
                    }
                    Shared::Unix(s) => recv_with_fds(s.as_raw_fd(), buf),
                };
                read.map(|(n, fds)| (take(buf.get(..n).unwrap_or_default()), n, fds))
            });
            match result {
                Ok(read) => return Ok(read),
                Err(e)
                    if e.kind() == io::ErrorKind::WouldBlock
                        || e.kind() == io::ErrorKind::Interrupted => {}
                // A terminal's master side reads EIO once the last program
                // on the terminal is gone: its end of file.
                Err(e) if e.raw_os_error() == Some(libc::EIO) => {
                    return Ok((take(&[]), 0, Vec::new()))
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn raw_fd(&self) -> RawFd {
        match self {
            Shared::Tcp(s) => s.as_raw_fd(),
            Shared::Unix(s) => s.as_raw_fd(),
        }
    }

    /// One non-blocking write of `bufs`, in order, in one sendmsg(2) (with
    /// MSG_NOSIGNAL: a peer gone is EPIPE, never SIGPIPE, also in a host
    /// that does not ignore SIGPIPE as rnode does); WouldBlock when
    /// the kernel takes nothing. A stream that is no socket (a terminal, a
    /// pipe), where sendmsg(2) fails with ENOTSOCK before writing anything,
    /// gets writev(2).
    fn try_write(&self, bufs: &[io::IoSlice]) -> io::Result<usize> {
        use nix::sys::socket::{sendmsg, MsgFlags};
        // Apple systems have no MSG_NOSIGNAL; std sets SO_NOSIGPIPE on the
        // sockets it makes there instead.
        #[cfg(not(target_vendor = "apple"))]
        let flags = MsgFlags::MSG_NOSIGNAL;
        #[cfg(target_vendor = "apple")]
        let flags = MsgFlags::empty();
        let fd = self.raw_fd();
        match sendmsg::<()>(fd, bufs, &[], flags, None) {
            Err(nix::errno::Errno::ENOTSOCK) => {
                // SAFETY: the descriptor is open while `self` is.
                let fd = unsafe { BorrowedFd::borrow_raw(fd) };
                nix::sys::uio::writev(fd, bufs).map_err(io::Error::from)
            }
            sent => sent.map_err(io::Error::from),
        }
    }

    /// A write now: what the kernel took (0 when it took nothing).
    fn write(&self, bufs: &[io::IoSlice]) -> io::Result<usize> {
        self.try_write(bufs).or_else(|e| {
            if e.kind() == io::ErrorKind::WouldBlock {
                Ok(0)
            } else {
                Err(e)
            }
        })
    }

    /// Writes all of `buf`, waiting for the socket to take it.
    async fn write_all(&self, mut buf: &[u8]) -> io::Result<()> {
        while !buf.is_empty() {
            let n = match self {
                Shared::Tcp(s) => {
                    s.write_with(|_| self.try_write(&[io::IoSlice::new(buf)]))
                        .await?
                }
                Shared::Unix(s) => {
                    s.write_with(|_| self.try_write(&[io::IoSlice::new(buf)]))
                        .await?
                }
            };
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            buf = buf.get(n..).unwrap_or_default();
        }
        Ok(())
    }

    fn shutdown(&self, how: Shutdown) {
        let _ = match self {
            Shared::Tcp(s) => s.get_ref().shutdown(how),
            Shared::Unix(s) => s.get_ref().shutdown(how),
        };
    }
}

fn recv_with_fds(fd: RawFd, buf: &mut [u8]) -> io::Result<(usize, Vec<RawFd>)> {
    use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};
    let mut iov = [io::IoSliceMut::new(buf)];
    let mut space = nix::cmsg_space!([RawFd; 8]);
    // Descriptors passed to us close on exec; macOS has no flag for that,
    // so there they are marked one by one below.
    #[cfg(not(target_vendor = "apple"))]
    let flags = MsgFlags::MSG_CMSG_CLOEXEC;
    #[cfg(target_vendor = "apple")]
    let flags = MsgFlags::empty();
    let msg = match recvmsg::<()>(fd, &mut iov, Some(&mut space), flags) {
        Ok(msg) => msg,
        // A descriptor opened as a stream that is no socket (a terminal,
        // a pipe): plain reads, no descriptors.
        Err(nix::errno::Errno::ENOTSOCK) => {
            // SAFETY: `fd` is the reader's own descriptor, open while it reads.
            let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            return nix::unistd::read(fd, buf)
                .map(|n| (n, Vec::new()))
                .map_err(io::Error::from);
        }
        Err(e) => return Err(e.into()),
    };
    let mut fds = Vec::new();
    for cmsg in msg.cmsgs().map_err(io::Error::from)? {
        if let ControlMessageOwned::ScmRights(received) = cmsg {
            fds.extend(received);
        }
    }
    #[cfg(target_vendor = "apple")]
    for fd in &fds {
        // SAFETY: the descriptor was just received and is ours.
        set_cloexec(unsafe { std::os::fd::BorrowedFd::borrow_raw(*fd) });
    }
    Ok((msg.bytes, fds))
}

/// Marks `fd` close-on-exec, where the OS has no flag to create it so
/// (macOS: `SOCK_CLOEXEC`, `MSG_CMSG_CLOEXEC`).
#[cfg(target_vendor = "apple")]
pub(crate) fn set_cloexec(fd: std::os::fd::BorrowedFd<'_>) {
    use nix::fcntl::{fcntl, FcntlArg, FdFlag};
    let _ = fcntl(fd, FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC));
}

/// Whether the reactor can wait on `fd`: sockets, pipes and terminals
/// can; regular files and directories cannot (epoll says EPERM), and the
/// conversion into a reactor stream would panic on them.
fn pollable(fd: &OwnedFd) -> nix::Result<()> {
    use nix::sys::stat::{fstat, SFlag};
    let mode = SFlag::from_bits_truncate(fstat(fd)?.st_mode);
    match mode & SFlag::S_IFMT {
        SFlag::S_IFREG | SFlag::S_IFDIR => Err(nix::errno::Errno::EPERM),
        _ => Ok(()),
    }
}

/// A duplicate of a descriptor we hold (so each side can own its copy).
fn dup(fd: RawFd) -> io::Result<OwnedFd> {
    // SAFETY: `fd` belongs to a socket that is alive for this call.
    unsafe { BorrowedFd::borrow_raw(fd) }.try_clone_to_owned()
}

enum WriteCmd {
    Data(Vec<u8>),
    Shutdown,
}

/// What a connection's tasks tell the JS thread.
enum ConnEvent {
    /// What the transform made of this many bytes from the peer.
    Data(Incoming, usize),
    /// A descriptor passed over a UNIX socket (now ours).
    Fd(RawFd),
    Eof,
    Written(usize),
    Error(OsError),
}

/// A connection's state on the JS thread.
struct Conn {
    sock: Shared,
    queued: Rc<Cell<usize>>,
    writer: Option<rt::net::Sender<WriteCmd>>,
    paused: Arc<AtomicBool>,
    wake: Option<rt::net::Sender<()>>,
    /// Never sent on: dropped with the connection to stop its tasks.
    stop: Option<rt::net::Sender<()>>,
    completer: Option<Completer>,
    bytes_read: Rc<Cell<f64>>,
    /// Bytes accepted for writing (sent or queued).
    bytes_written: Cell<f64>,
    /// When data last came or went (ms since the epoch), for idle timeouts.
    last_active: Rc<Cell<f64>>,
    /// Takes what arrives in Rust (an HTTP parser), so a request's bytes
    /// reach it without a JS 'data' event.
    consumer: Rc<Cell<Option<Consumer>>>,
    /// Sits between the kernel and the program (TLS).
    transform: Option<Box<dyn Transform>>,
    /// The program ended its side before the transform was ready.
    end_when_ready: bool,
}

thread_local! {
    static CONNS: RefCell<FxHashMap<u32, Conn>> = RefCell::default();
    static SERVERS: RefCell<FxHashMap<u32, Server>> = RefCell::default();
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    })
}

fn id_arg(a: &[JsValue]) -> JsResult<u32> {
    Ok(args::int(a, 0, "handle")? as u32)
}

fn with_conn<R>(id: u32, f: impl FnOnce(&mut Conn) -> R) -> JsResult<R> {
    CONNS
        .with(|c| c.borrow_mut().get_mut(&id).map(f))
        .ok_or_else(|| type_error("socket is closed"))
}

/// Registers one end of a socket pair made elsewhere (a child process's
/// stdio) as a socket; JS attaches a `net.Socket` to the returned id.
#[cfg(feature = "child_process")]
pub(crate) fn adopt_unix(stream: std::os::unix::net::UnixStream) -> io::Result<u32> {
    register(Sock::Unix(stream))
}

/// Registers a connected socket (not yet reading) and returns its id.
fn register(sock: Sock) -> io::Result<u32> {
    let sock = Shared::new(sock)?;
    let id = next_id();
    let conn = Conn {
        sock,
        queued: Rc::new(Cell::new(0)),
        writer: None,
        paused: Arc::new(AtomicBool::new(false)),
        wake: None,
        stop: None,
        completer: None,
        bytes_read: Rc::new(Cell::new(0.0)),
        bytes_written: Cell::new(0.0),
        last_active: Rc::new(Cell::new(now_ms() as f64)),
        consumer: Rc::new(Cell::new(None)),
        transform: None,
        end_when_ready: false,
    };
    CONNS.with(|c| c.borrow_mut().insert(id, conn));
    Ok(id)
}

/// `start(id, socket)`: starts reading and writing; events go to the JS
/// socket's `_onread(buffer|null)`, `_ondrain()` and `_onerror(err)`.
fn start(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let target = args::object(a, 1, "socket")?;
    let lp = EventLoop::of(ctx)?;
    let (queued, bytes_read, last_active, consumer, paused, async_sock) = with_conn(id, |c| {
        (
            c.queued.clone(),
            c.bytes_read.clone(),
            c.last_active.clone(),
            c.consumer.clone(),
            c.paused.clone(),
            c.sock.clone(),
        )
    })?;
    let handler_queued = queued.clone();
    let handler_paused = paused.clone();
    // The end is told once: by the transform (close_notify) or the kernel.
    let ended = Cell::new(false);
    let handler = Rc::new(move |payload: Payload, ctx: &mut Context| {
        let Ok(event) = payload.downcast::<ConnEvent>() else {
            return Ok(());
        };
        match *event {
            ConnEvent::Data(incoming, len) => {
                bytes_read.set(bytes_read.get() + len as f64);
                last_active.set(now_ms() as f64);
                if incoming.ready {
                    crate::host::call_method(ctx, &target, js_string!("_onsecure"), &[])?;
                }
                if incoming.drained {
                    crate::host::call_method(ctx, &target, js_string!("_ondrain"), &[])?;
                }
                if !incoming.plain.is_empty() {
                    // Read after `_onsecure`, which may attach the consumer; delivered
                    // before an error that came after it in the same read.
                    // A paused socket keeps what arrives in JS, in order.
                    match consumer.get() {
                        Some(c) if !handler_paused.load(Ordering::Acquire) => {
                            (c.feed)(ctx, c.key, &incoming.plain)?
                        }
                        _ => {
                            let buffer = super::buffer::buffer_from_block(ctx, incoming.plain)?;
                            let args = [buffer.into()];
                            crate::host::call_method(ctx, &target, js_string!("_onread"), &args)?;
                        }
                    }
                }
                if let Some(err) = incoming.error {
                    let err = transform_error(ctx, err);
                    return crate::host::call_method(ctx, &target, js_string!("_onerror"), &[err])
                        .map(drop);
                }
                if incoming.ended && !ended.replace(true) {
                    let args = [JsValue::null()];
                    crate::host::call_method(ctx, &target, js_string!("_onread"), &args)?;
                }
                Ok(())
            }
            ConnEvent::Eof if ended.replace(true) => Ok(()),
            ConnEvent::Eof => {
                crate::host::call_method(ctx, &target, js_string!("_onread"), &[JsValue::null()])
                    .map(drop)
            }
            ConnEvent::Fd(fd) => {
                crate::host::call_method(ctx, &target, js_string!("_onfd"), &[JsValue::from(fd)])
                    .map(drop)
            }
            ConnEvent::Written(n) => {
                handler_queued.set(handler_queued.get().saturating_sub(n));
                if handler_queued.get() == 0 {
                    crate::host::call_method(ctx, &target, js_string!("_ondrain"), &[])?;
                }
                Ok(())
            }
            ConnEvent::Error(err) => {
                let err = err.into_js(ctx);
                let value = crate::report::error_value(ctx, err);
                crate::host::call_method(ctx, &target, js_string!("_onerror"), &[value]).map(drop)
            }
        }
    });
    let completer = lp.open_handle(handler, true);
    let (writer_tx, writer_rx) = rt::net::channel();
    let (wake_tx, wake_rx) = rt::net::channel();
    let (stop_tx, stop_rx) = rt::net::channel();
    with_conn(id, |c| {
        c.writer = Some(writer_tx);
        c.wake = Some(wake_tx);
        c.stop = Some(stop_tx);
        c.completer = Some(completer.clone());
    })?;
    rt::spawn(read_loop(
        id,
        async_sock.clone(),
        paused,
        wake_rx,
        stop_rx.clone(),
        completer.clone(),
    ));
    rt::spawn(write_loop(async_sock, writer_rx, stop_rx, completer));
    Ok(JsValue::undefined())
}

/// Resolves when the connection is closed (its `stop` sender dropped).
async fn stopped(stop: &rt::net::Receiver<()>) {
    while stop.recv().await.is_ok() {}
}

async fn read_loop(
    id: u32,
    sock: Shared,
    paused: Arc<AtomicBool>,
    wake: rt::net::Receiver<()>,
    stop: rt::net::Receiver<()>,
    out: Completer,
) {
    let mut full_reads = 0u32;
    loop {
        while paused.load(Ordering::Acquire) {
            let woken = rt::net::race(async { wake.recv().await.is_ok() }, async {
                stopped(&stop).await;
                false
            });
            if !woken.await {
                return;
            }
        }
        // Full reads in a row skip the wait for readability, a bounded
        // number of times: the wait is where other tasks get their turn.
        let more = !full_reads.is_multiple_of(MAX_FULL_READS);
        // What arrived goes through the transform (TLS) straight from the
        // read buffer, so only the program's bytes are copied out.
        let take = |bytes: &[u8]| match bytes {
            [] => None,
            bytes => through_transform(id, bytes),
        };
        let read = rt::net::race(async { Some(sock.read(more, take).await) }, async {
            stopped(&stop).await;
            None
        });
        match read.await {
            None => return,
            Some(Ok((incoming, len, fds))) => {
                for fd in fds {
                    out.send(ConnEvent::Fd(fd));
                }
                if len == 0 {
                    return out.send(ConnEvent::Eof);
                }
                // None: the connection closed.
                let Some(incoming) = incoming else { return };
                full_reads = if len == READ_SIZE { full_reads + 1 } else { 0 };
                out.send(ConnEvent::Data(incoming, len));
            }
            Some(Err(e)) => return out.send(ConnEvent::Error(OsError::from_io(&e, "read", None))),
        }
    }
}

async fn write_loop(
    sock: Shared,
    commands: rt::net::Receiver<WriteCmd>,
    stop: rt::net::Receiver<()>,
    out: Completer,
) {
    while let Ok(cmd) = commands.recv().await {
        match cmd {
            WriteCmd::Data(bytes) => {
                // A peer that stops reading must not keep a closed socket's
                // descriptor alive in this task.
                let written = rt::net::race(async { Some(sock.write_all(&bytes).await) }, async {
                    stopped(&stop).await;
                    None
                });
                match written.await {
                    None => return,
                    Some(Ok(())) => out.send(ConnEvent::Written(bytes.len())),
                    Some(Err(e)) => {
                        return out.send(ConnEvent::Error(OsError::from_io(&e, "write", None)))
                    }
                }
            }
            WriteCmd::Shutdown => sock.shutdown(Shutdown::Write),
        }
    }
}

/// `write(id, buffer)` → bytes left queued (0: all reached the kernel).
fn write(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let data = args::arg(a, 1);
    match super::buffer::with_bytes(ctx, &data, |bytes| write_bytes(id, bytes))? {
        Ok(queued) => Ok(JsValue::from(queued as f64)),
        Err(e) => Err(e.into_js(ctx)),
    }
}

/// Writes `bytes` to connection `id`: straight to the kernel when nothing
/// is queued, the rest to the writer task. Returns the bytes left queued.
pub fn write_bytes(id: u32, bytes: &[u8]) -> Result<usize, OsError> {
    let written = with_conn(id, |conn| -> Result<usize, OsError> {
        conn.last_active.set(now_ms() as f64);
        conn.bytes_written
            .set(conn.bytes_written.get() + bytes.len() as f64);
        let Some(mut transform) = conn.transform.take() else {
            return write_raw(conn, bytes).map_err(|e| OsError::from_io(&e, "write", None));
        };
        let mut wire = RawWriter { conn, error: None };
        let done = transform.outgoing(bytes, &mut wire);
        let error = wire.error.take();
        let held = transform.held();
        conn.transform = Some(transform);
        done.map_err(|_| OsError::new(libc::EPROTO, "write", None))?;
        match error {
            Some(e) => Err(OsError::from_io(&e, "write", None)),
            None => Ok(conn.queued.get() + held),
        }
    });
    written.unwrap_or_else(|_| Err(OsError::new(libc::EBADF, "write", None)))
}

/// Writes `bytes` as they are: straight to the kernel when nothing is
/// queued, the rest to the writer task. Returns the bytes left queued.
fn write_raw(conn: &Conn, bytes: &[u8]) -> io::Result<usize> {
    write_raw_vectored(conn, &mut [io::IoSlice::new(bytes)])
}

/// [`write_raw`] of several buffers, in one system call when it can.
fn write_raw_vectored(conn: &Conn, mut bufs: &mut [io::IoSlice]) -> io::Result<usize> {
    if conn.queued.get() == 0 {
        while bufs.iter().any(|b| !b.is_empty()) {
            let n = conn.sock.write(bufs)?;
            if n == 0 {
                break;
            }
            io::IoSlice::advance_slices(&mut bufs, n);
        }
    }
    let rest: usize = bufs.iter().map(|b| b.len()).sum();
    if rest > 0 {
        if let Some(writer) = &conn.writer {
            conn.queued.set(conn.queued.get() + rest);
            let mut queue = Vec::with_capacity(rest);
            bufs.iter().for_each(|b| queue.extend_from_slice(b));
            let _ = writer.try_send(WriteCmd::Data(queue));
        }
    }
    Ok(conn.queued.get())
}

/// The socket as a transform writes to it: straight to the kernel, the
/// rest queued ([`write_raw`]); it takes every byte, and keeps the first
/// error for the caller.
struct RawWriter<'a> {
    conn: &'a Conn,
    error: Option<io::Error>,
}

impl Write for RawWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.error.is_none() {
            if let Err(e) = write_raw(self.conn, buf) {
                self.error = Some(e);
            }
        }
        Ok(buf.len())
    }

    /// rustls hands over its records together: one system call for all.
    fn write_vectored(&mut self, bufs: &[io::IoSlice]) -> io::Result<usize> {
        let len = bufs.iter().map(|b| b.len()).sum();
        if self.error.is_none() {
            let mut bufs = bufs.to_vec();
            if let Err(e) = write_raw_vectored(self.conn, &mut bufs) {
                self.error = Some(e);
            }
        }
        Ok(len)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// What the peer sent, through the connection's transform if it has one
/// (its replies to the peer written here); `None` once closed.
fn through_transform(id: u32, bytes: &[u8]) -> Option<Incoming> {
    CONNS.with(|c| {
        let mut conns = c.borrow_mut();
        let conn = conns.get_mut(&id)?;
        let Some(transform) = conn.transform.as_mut() else {
            return Some(Incoming::plain(Block::from_slice(64, bytes)));
        };
        let held_before = transform.held();
        let mut incoming = transform.incoming(bytes);
        let held_now = transform.held();
        let wire = std::mem::take(&mut incoming.wire);
        // A failed write shows up as the reader's or writer's own error.
        let _ = write_raw(conn, &wire);
        incoming.drained = held_before > 0 && held_now == 0 && conn.queued.get() == 0;
        if incoming.ready && conn.end_when_ready {
            conn.end_when_ready = false;
            let mut transform = conn.transform.take()?;
            transform.end(&mut RawWriter { conn, error: None });
            conn.transform = Some(transform);
            shutdown_after_queue(conn);
        }
        Some(incoming)
    })
}

/// A transform's failure as a JS `Error` with its `code`.
pub fn transform_error(ctx: &mut Context, err: TransformError) -> JsValue {
    let value = crate::report::error_value(ctx, crate::errors::plain_error(err.message));
    if let Some(obj) = value.as_object() {
        crate::host::init(&obj, js_string!("code"), js_string!(err.code));
    }
    value
}

/// Puts `transform` between connection `id` and the program, and sends
/// what it has to say first (a client's hello).
#[cfg_attr(not(feature = "tls"), allow(dead_code))] // tls's
pub fn set_transform(id: u32, transform: Box<dyn Transform>) -> Result<(), OsError> {
    with_conn(id, |conn| conn.transform = Some(transform))
        .map_err(|_| OsError::new(libc::EBADF, "write", None))?;
    write_bytes(id, &[]).map(drop)
}

/// Runs `f` on connection `id`'s transform (`None`: no such connection or
/// no transform).
#[cfg_attr(not(feature = "tls"), allow(dead_code))] // tls's
pub fn with_transform<R>(id: u32, f: impl FnOnce(&mut dyn Transform) -> R) -> Option<R> {
    CONNS.with(|c| {
        let mut conns = c.borrow_mut();
        let transform = conns.get_mut(&id)?.transform.as_mut()?;
        Some(f(transform.as_mut()))
    })
}

/// Sets (or with `None` removes) the Rust consumer of connection `id`.
pub fn set_consumer(id: u32, consumer: Option<Consumer>) -> JsResult<()> {
    with_conn(id, |c| c.consumer.set(consumer))
}

/// `writeFd(id, buffer, fd)`: sends `buffer` with a copy of descriptor
/// `fd` (SCM_RIGHTS) over a UNIX socket, now; the receiver gets an 'fd'.
fn write_fd(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use nix::sys::socket::{sendmsg, ControlMessage, MsgFlags};
    let id = id_arg(a)?;
    let fd = args::int(a, 2, "fd")?;
    let data = args::arg(a, 1);
    let result = super::buffer::with_bytes(ctx, &data, |bytes| {
        with_conn(id, |conn| -> Result<(), OsError> {
            let Shared::Unix(s) = &conn.sock else {
                return Err(OsError::new(libc::EINVAL, "write", None));
            };
            if conn.queued.get() > 0 {
                return Err(OsError::new(libc::EAGAIN, "write", None));
            }
            let fds = [fd];
            let iov = [io::IoSlice::new(bytes)];
            sendmsg::<()>(
                s.as_raw_fd(),
                &iov,
                &[ControlMessage::ScmRights(&fds)],
                MsgFlags::empty(),
                None,
            )
            .map_err(|e| OsError::from_nix(e, "write", None))?;
            conn.bytes_written
                .set(conn.bytes_written.get() + bytes.len() as f64);
            Ok(())
        })
    })??;
    // A partial send leaves the rest unsent: descriptors go with small messages.
    match result {
        Ok(_) => Ok(JsValue::from(0)),
        Err(e) => Err(e.into_js(ctx)),
    }
}

/// `shutdown(id)`: half-close after everything queued is written.
fn shutdown(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    with_conn(id, |conn| {
        if let Some(mut transform) = conn.transform.take() {
            let ended = transform.end(&mut RawWriter { conn, error: None });
            conn.transform = Some(transform);
            if !ended {
                conn.end_when_ready = true;
                return;
            }
        }
        shutdown_after_queue(conn)
    })?;
    Ok(JsValue::undefined())
}

fn shutdown_after_queue(conn: &Conn) {
    match (&conn.writer, conn.queued.get()) {
        (Some(writer), n) if n > 0 => {
            let _ = writer.try_send(WriteCmd::Shutdown);
        }
        _ => conn.sock.shutdown(Shutdown::Write),
    }
}

/// `close(id)`: closes at once; queued data is dropped.
fn close(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let conn = CONNS.with(|c| c.borrow_mut().remove(&id));
    // Dropping the connection drops its `stop` sender: both tasks end and
    // let go of their descriptors, so the socket closes as close(2) would
    // (a RST when data was left unread, as in Node).
    if let Some(conn) = conn {
        if let Some(completer) = &conn.completer {
            EventLoop::of(ctx)?.close_handle(completer);
        }
    }
    Ok(JsValue::undefined())
}

fn pause(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_conn(id_arg(a)?, |c| c.paused.store(true, Ordering::Release))?;
    Ok(JsValue::undefined())
}

fn resume(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    with_conn(id_arg(a)?, |c| {
        c.paused.store(false, Ordering::Release);
        if let Some(wake) = &c.wake {
            let _ = wake.try_send(());
        }
    })?;
    Ok(JsValue::undefined())
}

/// `lastActive(id)` → when data last came or went, in ms since the epoch.
fn last_active(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let t = CONNS.with(|c| c.borrow().get(&id).map_or(0.0, |c| c.last_active.get()));
    Ok(JsValue::from(t))
}

/// `bytesRead(id)` → bytes received so far.
fn bytes_read(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let n = CONNS.with(|c| c.borrow().get(&id).map_or(0.0, |c| c.bytes_read.get()));
    Ok(JsValue::from(n))
}

/// `bytesWritten(id)` → bytes accepted for writing so far.
fn bytes_written(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let n = CONNS.with(|c| c.borrow().get(&id).map_or(0.0, |c| c.bytes_written.get()));
    Ok(JsValue::from(n))
}

fn buffer_size(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(queued_bytes(id_arg(a)?) as f64))
}

/// Bytes accepted for writing on connection `id` and not yet written.
pub fn queued_bytes(id: u32) -> usize {
    CONNS.with(|c| {
        c.borrow().get(&id).map_or(0, |c| {
            c.queued.get() + c.transform.as_ref().map_or(0, |t| t.held())
        })
    })
}

/// `setRef(id, on)`: whether the connection keeps the process alive.
fn set_ref(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let on = args::arg(a, 1).to_boolean();
    let completer = with_conn(id_arg(a)?, |c| c.completer.clone())?;
    if let Some(completer) = completer {
        EventLoop::of(ctx)?.set_handle_ref(&completer, on);
    }
    Ok(JsValue::undefined())
}

fn set_no_delay(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let on = args::arg(a, 1).to_boolean();
    with_conn(id_arg(a)?, |c| {
        if let Shared::Tcp(s) = &c.sock {
            let _ = s.get_ref().set_nodelay(on);
        }
    })?;
    Ok(JsValue::undefined())
}

/// `setKeepAlive(id, enable, initialDelaySeconds)`.
fn set_keep_alive(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use nix::sys::socket::{setsockopt, sockopt};
    let on = args::arg(a, 1).to_boolean();
    let delay = args::arg(a, 2).to_u32(ctx).unwrap_or(0);
    with_conn(id_arg(a)?, |c| {
        if let Shared::Tcp(s) = &c.sock {
            let _ = setsockopt(s.get_ref(), sockopt::KeepAlive, &on);
            if on && delay > 0 {
                // The idle time before probes: TCP_KEEPALIVE on macOS.
                #[cfg(target_vendor = "apple")]
                let idle = sockopt::TcpKeepAlive;
                #[cfg(not(target_vendor = "apple"))]
                let idle = sockopt::TcpKeepIdle;
                let _ = setsockopt(s.get_ref(), idle, &delay);
            }
        }
    })?;
    Ok(JsValue::undefined())
}

fn addr_object(ctx: &mut Context, addr: Option<SocketAddr>) -> JsValue {
    let Some(addr) = addr else {
        return JsValue::null();
    };
    let obj = crate::host::new_object(ctx);
    // The manual's "object with two properties" (later Node added family).
    crate::host::put(ctx, &obj, "address", js_string!(addr.ip().to_string()));
    crate::host::put(ctx, &obj, "port", addr.port());
    obj.into()
}

fn address(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let addr = with_conn(id_arg(a)?, |c| match &c.sock {
        Shared::Tcp(s) => s.get_ref().local_addr().ok(),
        Shared::Unix(_) => None,
    })?;
    Ok(addr_object(ctx, addr))
}

fn remote_address(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let addr = with_conn(id_arg(a)?, |c| match &c.sock {
        Shared::Tcp(s) => s.get_ref().peer_addr().ok(),
        Shared::Unix(_) => None,
    })?;
    Ok(addr_object(ctx, addr))
}

// ---- connecting ----------------------------------------------------------------

/// Reports a finished connect to `target._onconnect(id)` or `_onerror(err)`.
fn finish_connect(
    ctx: &mut Context,
    target: &JsObject,
    result: Result<Sock, OsError>,
) -> JsResult<()> {
    let registered =
        result.and_then(|sock| register(sock).map_err(|e| OsError::from_io(&e, "connect", None)));
    match registered {
        Ok(id) => {
            crate::host::call_method(ctx, target, js_string!("_onconnect"), &[JsValue::from(id)])
                .map(drop)
        }
        Err(err) => {
            let err = err.into_js(ctx);
            let value = crate::report::error_value(ctx, err);
            crate::host::call_method(ctx, target, js_string!("_onerror"), &[value]).map(drop)
        }
    }
}

/// `connect(socket, host, port)`: looks the host up and connects on the
/// blocking pool, trying each address in turn.
fn connect(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = args::object(a, 0, "socket")?;
    let host = args::string(a, 1, "host")?;
    let port = port_arg(a, 2)?;
    let perms = crate::permissions::of(ctx);
    crate::event_loop::blocking(
        ctx,
        move || {
            let addrs = perms.reachable_addrs(&host, port)?;
            let mut last = OsError::not_found(&host);
            for addr in addrs {
                match std::net::TcpStream::connect(addr) {
                    Ok(s) => return Ok(Sock::Tcp(s)),
                    Err(e) => last = OsError::from_io(&e, "connect", None),
                }
            }
            Err(last)
        },
        move |result, ctx| finish_connect(ctx, &target, result),
    )?;
    Ok(JsValue::undefined())
}

/// `connectUnix(socket, path)`.
fn connect_unix(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = args::object(a, 0, "socket")?;
    let path = args::string(a, 1, "path")?;
    let perms = crate::permissions::of(ctx);
    crate::event_loop::blocking(
        ctx,
        move || {
            let real = perms.check_unix_socket(&path)?;
            std::os::unix::net::UnixStream::connect(real)
                .map(Sock::Unix)
                .map_err(|e| OsError::from_io(&e, "connect", Some(path)))
        },
        move |result, ctx| finish_connect(ctx, &target, result),
    )?;
    Ok(JsValue::undefined())
}

/// `open(fd, type)`: wraps an existing descriptor ('tcp4'/'tcp6' or 'unix').
fn open_fd(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = args::int(a, 0, "fd")?;
    let kind = args::to_string(ctx, a, 1)?;
    if fd < 0 {
        return Err(OsError::new(libc::EBADF, "open", None).into_js(ctx));
    }
    let owned = dup(fd).map_err(|e| OsError::from_io(&e, "dup", None).into_js(ctx))?;
    pollable(&owned).map_err(|e| OsError::from_nix(e, "open", None).into_js(ctx))?;
    let sock = if kind == "unix" {
        Sock::Unix(std::os::unix::net::UnixStream::from(owned))
    } else {
        Sock::Tcp(std::net::TcpStream::from(owned))
    };
    let id = register(sock).map_err(|e| OsError::from_io(&e, "open", None).into_js(ctx))?;
    Ok(JsValue::from(id))
}

fn port_arg(a: &[JsValue], i: usize) -> JsResult<u16> {
    match a.get(i).and_then(JsValue::as_number) {
        Some(n) if n.fract() == 0.0 && (0.0..=65535.0).contains(&n) => Ok(n as u16),
        _ => Err(range_error("port should be >= 0 and < 65536")),
    }
}

// ---- servers -------------------------------------------------------------------

enum Listener {
    Tcp(std::net::TcpListener),
    Unix(std::os::unix::net::UnixListener, String),
}

struct Server {
    listener: Listener,
    control: rt::net::Sender<Control>,
    paused_until: Arc<AtomicU64>,
    /// Set by close(): accept errors after it are the shutdown's own.
    closed: Rc<Cell<bool>>,
}

enum ServerEvent {
    Accepted(Sock),
    Error(OsError),
    /// The accept loop has ended: nothing more will come.
    Stopped,
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Starts accepting on `listener`: each connection goes to
/// `server._onconnection(id)`.
fn serve(ctx: &mut Context, target: JsObject, listener: Listener) -> JsResult<JsValue> {
    let lp = EventLoop::of(ctx)?;
    // The handle stays open until the accept loop says it has stopped, so
    // connections it accepted just before close() are still delivered.
    let own: Rc<RefCell<Option<Completer>>> = Rc::default();
    let own_in_handler = own.clone();
    let closed = Rc::new(Cell::new(false));
    let closed_in_handler = closed.clone();
    let handler = Rc::new(move |payload: Payload, ctx: &mut Context| {
        let Ok(event) = payload.downcast::<ServerEvent>() else {
            return Ok(());
        };
        match *event {
            ServerEvent::Accepted(sock) => deliver(ctx, &target, sock),
            ServerEvent::Error(_) if closed_in_handler.get() => Ok(()),
            ServerEvent::Error(err) => {
                let err = err.into_js(ctx);
                let value = crate::report::error_value(ctx, err);
                crate::host::call_method(ctx, &target, js_string!("_onerror"), &[value]).map(drop)
            }
            ServerEvent::Stopped => {
                if let Some(completer) = own_in_handler.borrow_mut().take() {
                    EventLoop::of(ctx)?.close_handle(&completer);
                }
                Ok(())
            }
        }
    });
    let completer = lp.open_handle(handler, true);
    *own.borrow_mut() = Some(completer.clone());
    let (control_tx, control_rx) = rt::net::channel();
    let paused_until = Arc::new(AtomicU64::new(0));
    let owned = dup(listener.fd()).map_err(|e| OsError::from_io(&e, "dup", None).into_js(ctx))?;
    let accept = match &listener {
        Listener::Tcp(_) => {
            rt::net::Async::new(std::net::TcpListener::from(owned)).map(AsyncListener::Tcp)
        }
        Listener::Unix(..) => rt::net::Async::new(std::os::unix::net::UnixListener::from(owned))
            .map(AsyncListener::Unix),
    }
    .map_err(|e| OsError::from_io(&e, "listen", None).into_js(ctx))?;
    rt::spawn(accept_loop(
        accept,
        control_rx,
        paused_until.clone(),
        completer.clone(),
    ));
    let id = next_id();
    SERVERS.with(|s| {
        s.borrow_mut().insert(
            id,
            Server {
                listener,
                control: control_tx,
                paused_until,
                closed,
            },
        )
    });
    Ok(JsValue::from(id))
}

enum AsyncListener {
    Tcp(rt::net::Async<std::net::TcpListener>),
    Unix(rt::net::Async<std::os::unix::net::UnixListener>),
}

impl AsyncListener {
    async fn accept(&self) -> io::Result<Sock> {
        // The accepted socket is handed over as a std type (its one
        // descriptor, no copy): the JS thread registers it.
        match self {
            AsyncListener::Tcp(l) => {
                let (s, _) = l.read_with(|l| l.accept()).await?;
                Ok(Sock::Tcp(s))
            }
            AsyncListener::Unix(l) => {
                let (s, _) = l.read_with(|l| l.accept()).await?;
                Ok(Sock::Unix(s))
            }
        }
    }
}

/// Accept errors that say "not now" rather than "broken": out of
/// descriptors or memory (back off and retry, as libuv does, instead of
/// failing the server), or a connection that died in the backlog.
fn transient_accept_error(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(
            libc::EMFILE
                | libc::ENFILE
                | libc::ENOBUFS
                | libc::ENOMEM
                | libc::ECONNABORTED
                | libc::EPROTO
                | libc::EPERM
                | libc::EINTR
        )
    )
}

/// What the JS thread tells an accept loop.
enum Control {
    /// Stop, drop the listener, then answer on the channel.
    Stop(rt::Sender<()>),
    /// Look at `paused_until` again.
    Pause,
}

async fn accept_loop(
    listener: AsyncListener,
    control: rt::net::Receiver<Control>,
    paused_until: Arc<AtomicU64>,
    out: Completer,
) {
    loop {
        let until = paused_until.load(Ordering::Acquire);
        let now = now_ms();
        let waited = if until > now {
            // Paused: wait out the pause, or a new instruction.
            rt::net::race(
                async {
                    rt::net::sleep(Duration::from_millis(until - now)).await;
                    None
                },
                async { Some(control.recv().await) },
            )
            .await
        } else {
            // The instruction is polled first, so a stop wins over an accept
            // that fails at once (as it does once the socket is shut down).
            match rt::net::race(async { Err(control.recv().await) }, async {
                Ok(listener.accept().await)
            })
            .await
            {
                Ok(Ok(sock)) => {
                    out.send(ServerEvent::Accepted(sock));
                    None
                }
                // Out of descriptors and the like: the connection waits in
                // the backlog while the server backs off, then tries again
                // (clients are served as descriptors free up).
                Ok(Err(e)) if transient_accept_error(&e) => {
                    rt::net::sleep(Duration::from_millis(50)).await;
                    None
                }
                Ok(Err(e)) => {
                    out.send(ServerEvent::Error(OsError::from_io(&e, "accept", None)));
                    rt::net::sleep(Duration::from_millis(100)).await;
                    None
                }
                Err(control) => Some(control),
            }
        };
        match waited {
            Some(Ok(Control::Stop(ack))) => {
                drop(listener);
                let _ = ack.try_send(());
                return out.send(ServerEvent::Stopped);
            }
            Some(Err(_)) => return out.send(ServerEvent::Stopped),
            Some(Ok(Control::Pause)) | None => {}
        }
    }
}

/// Registers an accepted socket and hands it to `server._onconnection(id)`.
fn deliver(ctx: &mut Context, target: &JsObject, sock: Sock) -> JsResult<()> {
    match register(sock) {
        Ok(id) => crate::host::call_method(
            ctx,
            target,
            js_string!("_onconnection"),
            &[JsValue::from(id)],
        )
        .map(drop),
        Err(_) => Ok(()),
    }
}

/// `listen(server, host, port, backlog)` → server id. Bind errors throw.
fn listen(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = args::object(a, 0, "server")?;
    let host = args::string(a, 1, "host")?;
    let port = port_arg(a, 2)?;
    let backlog = args::arg(a, 3).to_i32(ctx).unwrap_or(511).clamp(1, 65535);
    let perms = crate::permissions::of(ctx);
    perms.check_net(&host, port).map_err(|e| e.into_js(ctx))?;
    let listener = std::net::TcpListener::bind((host.as_str(), port))
        .map_err(|e| OsError::from_io(&e, "bind", None).into_js(ctx))?;
    // std listens with a backlog of 128; listening again sets ours.
    // SAFETY: listen(2) on the socket we just bound.
    unsafe { libc::listen(listener.as_raw_fd(), backlog) };
    listener
        .set_nonblocking(true)
        .map_err(|e| OsError::from_io(&e, "listen", None).into_js(ctx))?;
    serve(ctx, target, Listener::Tcp(listener))
}

/// `listenUnix(server, path)`.
fn listen_unix(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = args::object(a, 0, "server")?;
    let path = args::string(a, 1, "path")?;
    let real = crate::permissions::of(ctx)
        .check_unix_socket(&path)
        .map_err(|e| e.into_js(ctx))?;
    let listener = std::os::unix::net::UnixListener::bind(real)
        .map_err(|e| OsError::from_io(&e, "bind", Some(path.clone())).into_js(ctx))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| OsError::from_io(&e, "listen", None).into_js(ctx))?;
    serve(ctx, target, Listener::Unix(listener, path))
}

/// `listenFd(server, fd)`: accepts on a descriptor that is already listening.
fn listen_fd(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = args::object(a, 0, "server")?;
    let fd = args::int(a, 1, "fd")?;
    if fd < 0 {
        return Err(OsError::new(libc::EBADF, "listen", None).into_js(ctx));
    }
    let owned = dup(fd).map_err(|e| OsError::from_io(&e, "listen", None).into_js(ctx))?;
    // Only a listening socket will do (a file or pipe is ENOTSOCK).
    match nix::sys::socket::getsockopt(&owned, nix::sys::socket::sockopt::AcceptConn) {
        Ok(true) => {}
        Ok(false) => return Err(OsError::new(libc::EINVAL, "listen", None).into_js(ctx)),
        Err(e) => return Err(OsError::from_nix(e, "listen", None).into_js(ctx)),
    }
    let listener = std::net::TcpListener::from(owned);
    listener
        .set_nonblocking(true)
        .map_err(|e| OsError::from_io(&e, "listen", None).into_js(ctx))?;
    serve(ctx, target, Listener::Tcp(listener))
}

/// `closeServer(id, server)`: stops listening now, as Node did. Connections
/// the kernel completed but nobody accepted yet are accepted and delivered
/// first (Node's loop would have accepted them before running the code
/// that called close()); then the listener is closed.
fn close_server(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let target = args::object(a, 1, "server")?;
    let Some(server) = SERVERS.with(|s| s.borrow_mut().remove(&id)) else {
        return Ok(JsValue::undefined());
    };
    server.closed.set(true);
    // The accept task drops its copy of the listener before answering, so
    // once we close ours nothing here listens any more (a copy passed to
    // another process or server keeps listening, as it should).
    let (ack_tx, ack_rx) = rt::channel();
    if server.control.try_send(Control::Stop(ack_tx)).is_ok() {
        // The accept task runs on this thread: let it get there.
        let _ = rt::block_on(ack_rx.recv());
    }
    while let Some(sock) = server.listener.try_accept() {
        deliver(ctx, &target, sock)?;
    }
    if let Listener::Unix(_, path) = &server.listener {
        let _ = std::fs::remove_file(path);
    }
    Ok(JsValue::undefined())
}

impl Listener {
    fn fd(&self) -> RawFd {
        match self {
            Listener::Tcp(l) => l.as_raw_fd(),
            Listener::Unix(l, _) => l.as_raw_fd(),
        }
    }

    /// A connection waiting in the backlog, without blocking.
    fn try_accept(&self) -> Option<Sock> {
        match self {
            Listener::Tcp(l) => l.accept().ok().map(|(s, _)| Sock::Tcp(s)),
            Listener::Unix(l, _) => l.accept().ok().map(|(s, _)| Sock::Unix(s)),
        }
    }
}

/// `pauseServer(id, ms)`: stop accepting for `ms` milliseconds.
fn pause_server(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let ms = args::arg(a, 1).to_number(ctx)?.max(0.0) as u64;
    SERVERS.with(|s| {
        // As in Node 0.4, pausing while paused does not extend the pause.
        if let Some(server) = s.borrow().get(&id) {
            if server.paused_until.load(Ordering::Acquire) <= now_ms() {
                server.paused_until.store(now_ms() + ms, Ordering::Release);
                let _ = server.control.try_send(Control::Pause);
            }
        }
    });
    Ok(JsValue::undefined())
}

fn server_address(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let local = SERVERS.with(|s| {
        s.borrow().get(&id).map(|server| match &server.listener {
            Listener::Tcp(l) => Ok(l.local_addr().ok()),
            Listener::Unix(_, path) => Err(path.clone()),
        })
    });
    match local {
        Some(Ok(addr)) => Ok(addr_object(ctx, addr)),
        // Node 0.4 gave `{ address: path }` for a UNIX socket.
        Some(Err(path)) => {
            let obj = crate::host::new_object(ctx);
            crate::host::put(ctx, &obj, "address", js_string!(path));
            Ok(obj.into())
        }
        None => Ok(JsValue::null()),
    }
}

/// `serverFd(id)`: the listening descriptor (0.4's `server.fd`).
fn server_fd(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(a)?;
    let fd = SERVERS.with(|s| s.borrow().get(&id).map(|server| server.listener.fd()));
    Ok(fd.map_or(JsValue::null(), JsValue::from))
}

/// `isIP(text)` → 4, 6 or 0.
fn is_ip(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = args::to_string(ctx, a, 0)?;
    let base = text.split_once('%').map_or(text.as_str(), |(ip, _)| ip);
    let version = if text.parse::<std::net::Ipv4Addr>().is_ok() {
        4
    } else if base.parse::<std::net::Ipv6Addr>().is_ok() {
        6
    } else {
        0
    };
    Ok(JsValue::from(version))
}
