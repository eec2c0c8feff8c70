//! What may sit on a socket between the kernel and JS, as seen from the
//! socket: an optional [`Transform`] (TLS) that turns what the peer sends
//! into what the program reads and back, and an optional [`Consumer`] (the
//! HTTP parser) that takes what the program would read in Rust instead of
//! as JS `'data'` events.
//!
//! The socket knows these two interfaces and nothing of TLS or HTTP; tls
//! and http know the socket only through them (and `write_bytes`). Bytes
//! flow reactor → socket → transform → consumer | JS, with no call back up.

use std::any::Any;

use boa_engine::{Context, JsResult};

use crate::bindings::buffer::Block;

/// A Rust consumer of a socket's incoming bytes: `feed(ctx, key, bytes)`.
/// A plain function and its key (an HTTP parser's id), so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Consumer {
    pub feed: fn(&mut Context, u32, &[u8]) -> JsResult<()>,
    pub key: u32,
}

/// What one call of [`Transform::incoming`] made of the peer's bytes.
pub struct Incoming {
    /// The program's bytes (decrypted), in order, as a block a JS Buffer
    /// takes without a copy.
    pub plain: Block,
    /// Bytes to send the peer now (handshake replies, alerts).
    pub wire: Vec<u8>,
    /// The transform became ready (the TLS handshake finished) with these
    /// bytes: JS hears it before `plain` is delivered.
    pub ready: bool,
    /// The peer ended the stream inside the transform (TLS close_notify).
    pub ended: bool,
    /// What the program wrote before the transform was ready, which
    /// `write` reported as held, has all reached the kernel: JS hears
    /// `'drain'`.
    pub drained: bool,
    /// The transform failed: the socket reports this error and stops.
    pub error: Option<TransformError>,
}

impl Incoming {
    /// The peer's bytes as they are, with nothing else to tell.
    pub fn plain(plain: Block) -> Self {
        Incoming {
            plain,
            wire: Vec::new(),
            ready: false,
            ended: false,
            drained: false,
            error: None,
        }
    }
}

/// A failure inside a transform: becomes a JS `Error` with this `code`.
#[derive(Debug)]
pub struct TransformError {
    pub message: String,
    pub code: &'static str,
}

/// A byte transform between the kernel and the program (TLS).
pub trait Transform {
    /// Takes bytes the peer sent.
    fn incoming(&mut self, bytes: &[u8]) -> Incoming;
    /// Turns bytes the program writes into bytes for the peer, written to
    /// `wire` (which takes everything: what the kernel does not, it queues).
    fn outgoing(
        &mut self,
        plain: &[u8],
        wire: &mut dyn std::io::Write,
    ) -> Result<(), TransformError>;
    /// The program ends its side: the last bytes for the peer, to `wire`.
    /// False when it cannot end yet (a TLS handshake under way): the
    /// socket ends once the transform is ready, then asks again.
    fn end(&mut self, wire: &mut dyn std::io::Write) -> bool;
    /// Bytes the program wrote that wait inside the transform (for the
    /// TLS handshake to end); `write` counts them as queued.
    fn held(&self) -> usize;
    /// For the transform's own binding, to reach its state (peer
    /// certificate, cipher) by socket id.
    #[cfg_attr(not(feature = "tls"), allow(dead_code))]
    fn as_any(&mut self) -> &mut dyn Any;
}
