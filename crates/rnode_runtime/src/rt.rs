//! The reactor facade. **Only this module names `async_std`** (and the
//! crates it is built from: `async_io`, its reactor, `async_executor` and
//! `blocking`): everything else asks `rt` to run blocking work or futures,
//! so moving to async-std's maintained parts touches one file.
//!
//! Socket tasks run on the JS thread, on a local executor that makes
//! progress while the event loop waits ([`wait`]): the loop's thread
//! drives the reactor itself, so readiness, the read and the callback
//! happen on one thread with no hand-over. Blocking work (files, DNS)
//! runs on the blocking pool; its result travels back through the event
//! loop's completion queue ([`crate::event_loop`]), which wakes the wait.

// A build without sockets (`--no-default-features`) leaves the socket
// executor unused.
#![cfg_attr(not(feature = "net"), allow(dead_code))]

use std::future::Future;
use std::time::Instant;

thread_local! {
    /// The JS thread's executor for socket tasks (one per thread, leaked so
    /// a future running it can be handed to a host's executor).
    static LOCAL: &'static async_executor::LocalExecutor<'static> =
        Box::leak(Box::new(async_executor::LocalExecutor::new()));
    /// The timer [`wait`] sleeps on, kept armed between waits: re-arming
    /// the same deadline at every wait would cost a timerfd update each.
    static WAIT_TIMER: std::cell::RefCell<Option<(Instant, async_io::Timer)>> =
        const { std::cell::RefCell::new(None) };
}

/// Starts the reactor and the blocking pool now, on the calling thread,
/// the first time anything is started. Started lazily on other threads,
/// their setup (epoll, eventfd and timerfd descriptors, reading the CPU
/// count from /sys) could take the number of a descriptor the script just
/// closed while it still holds that number.
fn ensure_started() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let before = open_fds();
        async_io::block_on(async {
            async_io::Timer::after(std::time::Duration::ZERO).await;
            blocking::unblock(|| {}).await;
        });
        let mut opened = open_fds();
        opened.retain(|fd| !before.contains(fd));
        let _ = RUNTIME_FDS.set(opened);
    });
}

/// The descriptors the reactor opened (epoll, its eventfd and timerfd).
static RUNTIME_FDS: std::sync::OnceLock<Vec<i32>> = std::sync::OnceLock::new();

/// Starts the reactor now: a runtime calls this when it is built, so the
/// reactor's descriptors exist before a script can use every descriptor
/// up (and so they are known to [`is_runtime_fd`]).
pub fn start() {
    ensure_started();
}

/// Whether `fd` is one of the reactor's own descriptors, which a script
/// must not close, read or write (`fs.closeSync(3)` would stop the loop).
pub fn is_runtime_fd(fd: i32) -> bool {
    RUNTIME_FDS.get().is_some_and(|fds| fds.contains(&fd))
}

/// The open descriptors: listed by `/proc/self/fd` (Linux) or `/dev/fd`
/// (macOS), else the first 256 probed one by one (FreeBSD's /dev/fd shows
/// only 0-2 without fdescfs).
fn open_fds() -> Vec<i32> {
    let listing = std::fs::read_dir("/proc/self/fd").or_else(|_| std::fs::read_dir("/dev/fd"));
    let listed: Vec<i32> = match listing {
        Ok(dir) if cfg!(not(target_os = "freebsd")) => dir
            .flatten()
            .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
            .collect(),
        _ => (0..256).collect(),
    };
    // The listing saw its own directory descriptor, closed by now.
    // SAFETY: F_GETFD only asks whether the descriptor is open.
    listed
        .into_iter()
        .filter(|&fd| unsafe { libc::fcntl(fd, libc::F_GETFD) } != -1)
        .collect()
}

/// Runs `work` on the pool for blocking calls (file system, DNS through
/// getaddrinfo, anything that may block the thread).
pub fn spawn_blocking<F>(work: F)
where
    F: FnOnce() + Send + 'static,
{
    ensure_started();
    blocking::unblock(work).detach();
}

/// Runs a future on the JS thread's executor (socket tasks). It makes
/// progress while the event loop waits.
pub fn spawn<F>(future: F)
where
    F: Future<Output = ()> + 'static,
{
    ensure_started();
    LOCAL.with(|ex| ex.spawn(future).detach());
}

/// Runs the JS thread's tasks while `future` runs: what [`block_on`] does,
/// as a future for a host's own executor on this thread.
pub async fn run_local<T>(future: impl Future<Output = T>) -> T {
    ensure_started();
    let executor = LOCAL.with(|ex| *ex);
    executor.run(future).await
}

/// Runs the JS thread's tasks and the reactor until `future` resolves. The
/// event loop runs inside one for its whole life: while a thread is in
/// `block_on`, async-io's fallback "async-io" thread stays in the
/// background instead of taking over the reactor whenever JS is busy.
pub fn block_on<T>(future: impl Future<Output = T>) -> T {
    async_io::block_on(run_local(future))
}

/// A multi-producer channel whose receiver can be awaited on the JS thread.
pub use async_std::channel::{unbounded as channel, Receiver, Sender};

/// What [`wait`] saw.
pub enum Waited<T> {
    Message(T),
    /// The deadline passed.
    Timeout,
    /// Every sender is gone.
    Closed,
}

/// The next message on `rx`, or the deadline. Awaited inside [`block_on`]
/// (the event loop runs in one), so the JS thread's tasks and the reactor
/// run meanwhile — also when a message or the deadline is there at once:
/// then it yields once before it returns. Without that, a loop whose
/// timers are always due (a `setTimeout(f, 1)` per socket) never let the
/// socket tasks run: closed sockets kept their descriptors and the
/// server stopped accepting.
pub async fn wait<T>(rx: &Receiver<T>, deadline: Option<Instant>) -> Waited<T> {
    let mut pended = false;
    let mut waiting = std::pin::pin!(wait_unfair(rx, deadline));
    let waited = std::future::poll_fn(|cx| {
        let poll = waiting.as_mut().poll(cx);
        pended |= poll.is_pending();
        poll
    })
    .await;
    if !pended {
        async_std::task::yield_now().await;
    }
    waited
}

/// [`wait`] without the yield.
async fn wait_unfair<T>(rx: &Receiver<T>, deadline: Option<Instant>) -> Waited<T> {
    {
        let message = async {
            match rx.recv().await {
                Ok(m) => Waited::Message(m),
                Err(_) => Waited::Closed,
            }
        };
        let Some(at) = deadline else {
            WAIT_TIMER.with(|t| t.borrow_mut().take());
            return message.await;
        };
        let mut timer = match WAIT_TIMER.with(|t| t.borrow_mut().take()) {
            Some((armed, timer)) if armed == at => timer,
            Some((_, mut timer)) => {
                timer.set_at(at);
                timer
            }
            None => async_io::Timer::at(at),
        };
        let waited = net::race(message, async {
            (&mut timer).await;
            Waited::Timeout
        })
        .await;
        if !matches!(waited, Waited::Timeout) {
            WAIT_TIMER.with(|t| *t.borrow_mut() = Some((at, timer)));
        }
        waited
    }
}

/// Child processes: std's `Command` (with its `pre_exec`, `uid`, and
/// descriptors as stdio) turned into a child whose exit is awaited on the
/// reactor; async-process reaps it (a pidfd, or SIGCHLD where there is none).
#[cfg(feature = "child_process")]
pub mod process {
    pub use async_std::process::{Command, ExitStatus, Stdio};
}

/// hickory's resolver driven by this reactor: its UDP and TCP sockets are
/// async-io's, its timers async-io's, its background tasks run on the JS
/// thread's executor. (No maintained async-std provider exists for
/// hickory 0.26, and its own is tokio's.)
#[cfg(feature = "dns")]
pub mod dns {
    use std::future::Future;
    use std::io;
    use std::net::SocketAddr;
    use std::pin::Pin;
    use std::task::{Context, Poll};
    use std::time::Duration;

    use async_io::{Async, Timer};
    use hickory_resolver::net::runtime::{
        DnsTcpStream, DnsUdpSocket, RuntimeProvider, Spawn, Time,
    };

    /// The resolver's view of this runtime.
    #[derive(Clone, Copy, Default)]
    pub struct Provider;

    #[derive(Clone, Copy)]
    pub struct Handle;

    impl Spawn for Handle {
        fn spawn_bg(&mut self, future: impl Future<Output = ()> + Send + 'static) {
            super::spawn(future);
        }
    }

    pub struct Clock;

    #[async_trait::async_trait]
    impl Time for Clock {
        async fn delay_for(duration: Duration) {
            Timer::after(duration).await;
        }

        async fn timeout<F: 'static + Future + Send>(
            duration: Duration,
            future: F,
        ) -> Result<F::Output, io::Error> {
            // Polled by hand: the output is returned at once, never held
            // across an await (it need not be Send).
            let mut future = std::pin::pin!(future);
            let mut timer = Timer::after(duration);
            std::future::poll_fn(move |cx| {
                if let Poll::Ready(output) = future.as_mut().poll(cx) {
                    return Poll::Ready(Ok(output));
                }
                match Pin::new(&mut timer).poll(cx) {
                    Poll::Ready(_) => {
                        Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "DNS timeout")))
                    }
                    Poll::Pending => Poll::Pending,
                }
            })
            .await
        }
    }

    pub struct Udp(Async<std::net::UdpSocket>);

    impl DnsUdpSocket for Udp {
        type Time = Clock;

        fn poll_recv_from(
            &self,
            cx: &mut Context<'_>,
            buf: &mut [u8],
        ) -> Poll<io::Result<(usize, SocketAddr)>> {
            loop {
                match self.0.get_ref().recv_from(buf) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        match self.0.poll_readable(cx) {
                            Poll::Ready(Ok(())) => continue,
                            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                            Poll::Pending => return Poll::Pending,
                        }
                    }
                    done => return Poll::Ready(done),
                }
            }
        }

        fn poll_send_to(
            &self,
            cx: &mut Context<'_>,
            buf: &[u8],
            target: SocketAddr,
        ) -> Poll<io::Result<usize>> {
            loop {
                match self.0.get_ref().send_to(buf, target) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        match self.0.poll_writable(cx) {
                            Poll::Ready(Ok(())) => continue,
                            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                            Poll::Pending => return Poll::Pending,
                        }
                    }
                    done => return Poll::Ready(done),
                }
            }
        }
    }

    pub struct Tcp(Async<std::net::TcpStream>);

    impl futures_io::AsyncRead for Tcp {
        fn poll_read(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &mut [u8],
        ) -> Poll<io::Result<usize>> {
            Pin::new(&mut self.0).poll_read(cx, buf)
        }
    }

    impl futures_io::AsyncWrite for Tcp {
        fn poll_write(
            mut self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<io::Result<usize>> {
            Pin::new(&mut self.0).poll_write(cx, buf)
        }

        fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
            Pin::new(&mut self.0).poll_flush(cx)
        }

        fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
            Pin::new(&mut self.0).poll_close(cx)
        }
    }

    impl DnsTcpStream for Tcp {
        type Time = Clock;
    }

    impl RuntimeProvider for Provider {
        type Handle = Handle;
        type Timer = Clock;
        type Udp = Udp;
        type Tcp = Tcp;

        fn create_handle(&self) -> Handle {
            Handle
        }

        fn connect_tcp(
            &self,
            server: SocketAddr,
            _bind: Option<SocketAddr>,
            timeout: Option<Duration>,
        ) -> Pin<Box<dyn Send + Future<Output = io::Result<Tcp>>>> {
            Box::pin(async move {
                let connect =
                    async move { Async::<std::net::TcpStream>::connect(server).await.map(Tcp) };
                match timeout {
                    Some(limit) => Clock::timeout(limit, connect).await?,
                    None => connect.await,
                }
            })
        }

        fn bind_udp(
            &self,
            local: SocketAddr,
            _server: SocketAddr,
        ) -> Pin<Box<dyn Send + Future<Output = io::Result<Udp>>>> {
            Box::pin(async move { Async::<std::net::UdpSocket>::bind(local).map(Udp) })
        }
    }
}

/// Non-blocking sockets on the reactor, and the channel and timer the
/// socket tasks use.
#[cfg_attr(not(feature = "net"), allow(unused_imports))] // sockets, not the channel
pub mod net {
    pub use super::{channel, Receiver, Sender};
    pub use async_io::Async;

    /// Waits `duration` on the reactor's timer.
    pub async fn sleep(duration: std::time::Duration) {
        async_io::Timer::after(duration).await;
    }

    /// Whichever of two futures finishes first.
    pub async fn race<T>(
        a: impl std::future::Future<Output = T>,
        b: impl std::future::Future<Output = T>,
    ) -> T {
        async_std::prelude::FutureExt::race(a, b).await
    }
}
