//! The reactor facade. **Only this module names `async_std`** (and
//! `async_io`, the reactor it runs on, for `Async` readiness): everything
//! else asks `rt` to run blocking work or futures, so moving to async-io /
//! async-executor / blocking (async-std's maintained parts) touches one file.
//!
//! Work started here runs off the JS thread; its result travels back to the
//! JS thread through the event loop's completion queue
//! ([`crate::event_loop`]), where the JS callback runs.

use std::future::Future;

/// Starts the reactor, its executor and its blocking pool now, on the
/// calling thread, the first time anything is started. Started lazily on
/// other threads, their setup (epoll, eventfd and timerfd descriptors,
/// reading the CPU count from /sys) could take the number of a descriptor
/// the script just closed while it still holds that number.
fn ensure_started() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        async_std::task::block_on(async {
            async_io::Timer::after(std::time::Duration::ZERO).await;
            async_std::task::spawn(async {}).await;
            async_std::task::spawn_blocking(|| {}).await;
        });
    });
}

/// Runs `work` on the reactor's pool for blocking calls (file system, DNS
/// through getaddrinfo, anything that may block the thread).
pub fn spawn_blocking<T, F>(work: F)
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    ensure_started();
    drop(async_std::task::spawn_blocking(work));
}

/// Runs a future on the reactor's executor (non-blocking sockets, timers
/// owned by I/O handles).
pub fn spawn<F>(future: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    ensure_started();
    drop(async_std::task::spawn(future));
}

/// Non-blocking sockets on the reactor, and the channel and timer the
/// socket tasks use.
pub mod net {
    pub use async_io::Async;
    pub use async_std::channel::{unbounded as channel, Receiver, Sender};
    pub use async_std::io::WriteExt;
    pub use async_std::net::{TcpListener, TcpStream};
    pub use async_std::os::unix::net::{UnixListener, UnixStream};

    /// Waits `duration` on the reactor's timer.
    pub async fn sleep(duration: std::time::Duration) {
        async_std::task::sleep(duration).await;
    }

    /// Whichever of two futures finishes first.
    pub async fn race<T>(
        a: impl std::future::Future<Output = T>,
        b: impl std::future::Future<Output = T>,
    ) -> T {
        async_std::prelude::FutureExt::race(a, b).await
    }
}
