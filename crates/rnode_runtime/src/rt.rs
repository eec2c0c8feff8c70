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

use std::future::Future;
use std::time::Instant;

thread_local! {
    /// The JS thread's executor for socket tasks.
    static LOCAL: async_executor::LocalExecutor<'static> = const { async_executor::LocalExecutor::new() };
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
        async_io::block_on(async {
            async_io::Timer::after(std::time::Duration::ZERO).await;
            blocking::unblock(|| {}).await;
        });
    });
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

/// Runs the JS thread's tasks and the reactor until `future` resolves. The
/// event loop runs inside one for its whole life: while a thread is in
/// `block_on`, async-io's fallback "async-io" thread stays in the
/// background instead of taking over the reactor whenever JS is busy.
pub fn block_on<T>(future: impl Future<Output = T>) -> T {
    LOCAL.with(|ex| async_io::block_on(ex.run(future)))
}

/// A multi-producer channel whose receiver can be awaited on the JS thread.
pub use async_std::channel::{unbounded as channel, Receiver, Sender, TryRecvError};

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
/// run meanwhile.
pub async fn wait<T>(rx: &Receiver<T>, deadline: Option<Instant>) -> Waited<T> {
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
    pub use async_std::process::{Child, Command, ExitStatus, Stdio};
}

/// Non-blocking sockets on the reactor, and the channel and timer the
/// socket tasks use.
pub mod net {
    pub use super::{channel, Receiver, Sender};
    pub use async_io::Async;
    pub use async_std::io::WriteExt;
    pub use async_std::net::{TcpListener, TcpStream};
    pub use async_std::os::unix::net::{UnixListener, UnixStream};

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
