//! The event loop: one JS thread, fed by the reactor.
//!
//! Work runs in socket tasks and on the blocking pool (see [`crate::rt`]);
//! when it finishes it sends a [`Message`] through a channel. The JS thread
//! waits on that channel ([`rt::wait`], which also runs the socket tasks
//! and the reactor) with a timeout equal to the next timer's due time, so
//! an idle process uses no CPU. Each message is matched to its continuation (kept
//! on the JS thread, so it may hold JS values) and run; after every callback
//! the `process.nextTick` queue and the promise jobs are drained.
//!
//! The loop lives while a referenced timer, a pending operation or a
//! referenced handle (server, socket, watcher, stdin…) exists.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue};
use rustc_hash::FxHashMap;

use crate::errors::plain_error;
use crate::jobs::JobQueue;
use crate::rt::{self, Receiver, Sender};

/// A result sent from the reactor to the JS thread.
pub type Payload = Box<dyn Any + Send>;
type Once = Box<dyn FnOnce(Payload, &mut Context) -> JsResult<()>>;
/// A continuation that runs for every message of a long-lived handle.
pub type Handler = Rc<dyn Fn(Payload, &mut Context) -> JsResult<()>>;

struct Message {
    id: u64,
    payload: Payload,
}

/// The sending half given to socket tasks and to work on the blocking pool.
#[derive(Clone)]
pub struct Completer {
    id: u64,
    tx: Sender<Message>,
}

impl Completer {
    /// Delivers a result to the JS thread. A closed loop (the process is
    /// exiting) drops it, which is what we want.
    pub fn send<T: Send + 'static>(&self, value: T) {
        let _ = self.tx.try_send(Message {
            id: self.id,
            payload: Box::new(value),
        });
    }
}

enum Pending {
    #[allow(dead_code)] // created through `submit`
    Once(Once),
    Handle {
        handler: Handler,
        refed: bool,
    },
}

#[derive(Default)]
struct Timers {
    queue: BTreeMap<(Instant, u64), JsObject>,
    due: FxHashMap<u64, (Instant, bool)>,
    refed: usize,
}

/// Why the loop stopped early.
#[derive(Debug)]
pub enum Stop {
    Exit(i32),
}

pub struct EventLoop {
    tx: Sender<Message>,
    rx: Receiver<Message>,
    next_id: Cell<u64>,
    pending: RefCell<FxHashMap<u64, Pending>>,
    /// Pending one-shot operations plus referenced handles.
    refs: Cell<usize>,
    timers: RefCell<Timers>,
    pub(crate) jobs: Rc<JobQueue>,
    tick_needed: Cell<bool>,
    callbacks: RefCell<Option<Callbacks>>,
    exit_requested: Cell<Option<i32>>,
}

/// The JS functions the loop calls: set once by the bootstrap script.
struct Callbacks {
    tick: JsObject,
    fatal: JsObject,
}

impl EventLoop {
    pub fn new(jobs: Rc<JobQueue>) -> Self {
        let (tx, rx) = rt::channel();
        Self {
            tx,
            rx,
            next_id: Cell::new(1),
            pending: RefCell::default(),
            refs: Cell::new(0),
            timers: RefCell::default(),
            jobs,
            tick_needed: Cell::new(false),
            callbacks: RefCell::new(None),
            exit_requested: Cell::new(None),
        }
    }

    /// The loop of the runtime that owns `ctx`.
    pub fn of(ctx: &Context) -> JsResult<Rc<EventLoop>> {
        ctx.get_data::<Rc<EventLoop>>()
            .cloned()
            .ok_or_else(|| plain_error("rnode: no event loop in this context"))
    }

    fn new_id(&self) -> u64 {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    fn add_ref(&self, n: isize) {
        self.refs.set(self.refs.get().saturating_add_signed(n));
    }

    #[allow(dead_code)] // used through `blocking`
    /// Registers a one-shot operation: `done` runs on the JS thread with the
    /// value the returned [`Completer`] sends. The loop stays alive until then.
    pub fn submit(
        &self,
        done: impl FnOnce(Payload, &mut Context) -> JsResult<()> + 'static,
    ) -> Completer {
        let id = self.new_id();
        self.pending
            .borrow_mut()
            .insert(id, Pending::Once(Box::new(done)));
        self.add_ref(1);
        Completer {
            id,
            tx: self.tx.clone(),
        }
    }

    /// Registers a long-lived handle whose messages all go to `handler`.
    pub fn open_handle(&self, handler: Handler, refed: bool) -> Completer {
        let id = self.new_id();
        self.pending
            .borrow_mut()
            .insert(id, Pending::Handle { handler, refed });
        if refed {
            self.add_ref(1);
        }
        Completer {
            id,
            tx: self.tx.clone(),
        }
    }

    pub fn close_handle(&self, completer: &Completer) {
        if let Some(Pending::Handle { refed: true, .. }) =
            self.pending.borrow_mut().remove(&completer.id)
        {
            self.add_ref(-1);
        }
    }

    pub fn set_handle_ref(&self, completer: &Completer, on: bool) {
        if let Some(Pending::Handle { refed, .. }) =
            self.pending.borrow_mut().get_mut(&completer.id)
        {
            if *refed != on {
                *refed = on;
                self.add_ref(if on { 1 } else { -1 });
            }
        }
    }

    // ---- timers -------------------------------------------------------

    /// Arms `timer` (a JS object with an `_onTimeout` method) to fire after
    /// `ms` milliseconds; returns its id. Equal due times fire in creation order.
    pub fn start_timer(&self, timer: JsObject, ms: f64) -> u64 {
        let id = self.new_id();
        let delay = if ms.is_finite() && ms >= 1.0 {
            ms.min(2_147_483_647.0)
        } else {
            1.0
        };
        let due = Instant::now() + Duration::from_micros((delay * 1000.0) as u64);
        let mut timers = self.timers.borrow_mut();
        timers.queue.insert((due, id), timer);
        timers.due.insert(id, (due, true));
        timers.refed += 1;
        id
    }

    pub fn stop_timer(&self, id: u64) {
        let mut timers = self.timers.borrow_mut();
        if let Some((due, refed)) = timers.due.remove(&id) {
            timers.queue.remove(&(due, id));
            if refed {
                timers.refed -= 1;
            }
        }
    }

    pub fn set_timer_ref(&self, id: u64, on: bool) {
        let mut timers = self.timers.borrow_mut();
        let Some(entry) = timers.due.get_mut(&id) else {
            return;
        };
        if entry.1 != on {
            entry.1 = on;
            if on {
                timers.refed += 1;
            } else {
                timers.refed -= 1;
            }
        }
    }

    fn pop_due_timer(&self, now: Instant) -> Option<JsObject> {
        let mut timers = self.timers.borrow_mut();
        let (&(due, id), _) = timers.queue.first_key_value()?;
        if due > now {
            return None;
        }
        let timer = timers.queue.remove(&(due, id))?;
        if let Some((_, true)) = timers.due.remove(&id) {
            timers.refed -= 1;
        }
        Some(timer)
    }

    fn next_due(&self) -> Option<Instant> {
        self.timers
            .borrow()
            .queue
            .first_key_value()
            .map(|(&(due, _), _)| due)
    }

    // ---- JS hooks -----------------------------------------------------

    pub fn set_callbacks(&self, tick: JsObject, fatal: JsObject) {
        *self.callbacks.borrow_mut() = Some(Callbacks { tick, fatal });
    }

    pub fn need_tick(&self) {
        self.tick_needed.set(true);
    }

    /// Asks the loop to stop with `code`. Returns an error JS cannot catch,
    /// which unwinds the running script back to the loop.
    pub fn request_exit(&self, code: i32) -> JsError {
        self.exit_requested.set(Some(code));
        boa_engine::error::RuntimeLimitError::LoopIteration.into()
    }

    fn alive(&self) -> bool {
        self.refs.get() > 0 || self.timers.borrow().refed > 0
    }

    // ---- running --------------------------------------------------------

    /// What follows every callback into JS: the nextTick queue, then promise
    /// jobs, until both are empty. Errors take the uncaught-exception path.
    pub fn after_callback(&self, ctx: &mut Context) -> Result<(), Stop> {
        loop {
            if self.tick_needed.replace(false) {
                let tick = self.callbacks.borrow().as_ref().map(|c| c.tick.clone());
                if let Some(tick) = tick {
                    let result = tick.call(&JsValue::undefined(), &[], ctx).map(drop);
                    self.check(ctx, result)?;
                }
                continue;
            }
            if self.jobs.is_empty() {
                return Ok(());
            }
            let result = self.jobs.drain(ctx);
            self.check(ctx, result)?;
        }
    }

    /// Handles the result of a callback: an error goes to
    /// `process.on('uncaughtException')` listeners, or ends the process.
    pub fn check(&self, ctx: &mut Context, result: JsResult<()>) -> Result<(), Stop> {
        let Err(err) = result else { return Ok(()) };
        if let Some(code) = self.exit_requested.get() {
            return Err(Stop::Exit(code));
        }
        if crate::limits::is_interrupt(&err) {
            let message = crate::limits::run_budget_message(ctx);
            crate::embed::write_stderr(ctx, &format!("{message}\n"));
            let error = crate::embed::ScriptError {
                name: "Error".to_owned(),
                message: message.trim_start_matches("Error: ").to_owned(),
                stack: None,
                code: Some("ERR_RUN_TIME_LIMIT".to_owned()),
            };
            ctx.insert_data(crate::embed::Uncaught(error));
            return Err(Stop::Exit(1));
        }
        let value = crate::report::error_value(ctx, err);
        let fatal = self.callbacks.borrow().as_ref().map(|c| c.fatal.clone());
        let handled = match fatal {
            Some(fatal) => fatal.call(&JsValue::undefined(), std::slice::from_ref(&value), ctx),
            None => Ok(JsValue::from(false)),
        };
        match handled {
            Ok(v) if v.to_boolean() => Ok(()),
            Ok(_) => {
                crate::report::report_uncaught(ctx, &value);
                Err(Stop::Exit(1))
            }
            Err(err) => {
                if let Some(code) = self.exit_requested.get() {
                    return Err(Stop::Exit(code));
                }
                let value = crate::report::error_value(ctx, err);
                crate::report::report_uncaught(ctx, &value);
                Err(Stop::Exit(1))
            }
        }
    }

    /// Runs the loop until nothing referenced is left or the process exits.
    pub fn run(&self, ctx: &mut Context) -> Result<(), Stop> {
        rt::block_on(self.run_async(ctx))
    }

    /// [`Self::run`] as a future, for a host driving it from its own
    /// executor on this thread (the reactor must be running: async-io's
    /// own thread runs it when no `block_on` does).
    pub async fn run_async(&self, ctx: &mut Context) -> Result<(), Stop> {
        self.after_callback(ctx)?;
        while self.turn(ctx, None).await? {}
        Ok(())
    }

    /// One turn: due timers, what has arrived, then waiting for the next
    /// message or timer — no later than `until`, if given. Returns whether
    /// anything referenced is left.
    pub async fn turn(&self, ctx: &mut Context, until: Option<Instant>) -> Result<bool, Stop> {
        self.run_due_timers(ctx)?;
        // Take what has already arrived, a bounded batch so timers are
        // not starved by a busy stream.
        for _ in 0..1024 {
            match self.rx.try_recv() {
                Ok(msg) => self.dispatch(ctx, msg)?,
                Err(_) => break,
            }
        }
        if !self.alive() {
            return Ok(false);
        }
        let deadline = match (self.next_due(), until) {
            (Some(due), Some(until)) => Some(due.min(until)),
            (due, until) => due.or(until),
        };
        match rt::wait(&self.rx, deadline).await {
            rt::Waited::Message(msg) => self.dispatch(ctx, msg)?,
            rt::Waited::Timeout => {}
            rt::Waited::Closed => return Ok(false),
        }
        Ok(self.alive())
    }

    fn run_due_timers(&self, ctx: &mut Context) -> Result<(), Stop> {
        let now = Instant::now();
        while let Some(timer) = self.pop_due_timer(now) {
            let result =
                crate::host::call_method(ctx, &timer, js_string!("_onTimeout"), &[]).map(drop);
            self.check(ctx, result)?;
            self.after_callback(ctx)?;
        }
        Ok(())
    }

    fn dispatch(&self, ctx: &mut Context, msg: Message) -> Result<(), Stop> {
        // One-shot continuations leave the table; handle handlers stay.
        let next = {
            let mut pending = self.pending.borrow_mut();
            match pending.get(&msg.id) {
                Some(Pending::Once(_)) => match pending.remove(&msg.id) {
                    Some(Pending::Once(done)) => Some(Next::Once(done)),
                    _ => None,
                },
                Some(Pending::Handle { handler, .. }) => Some(Next::Handle(handler.clone())),
                // A handle closed while its message was in flight.
                None => None,
            }
        };
        let result = match next {
            Some(Next::Once(done)) => {
                self.add_ref(-1);
                done(msg.payload, ctx)
            }
            Some(Next::Handle(handler)) => handler(msg.payload, ctx),
            None => return Ok(()),
        };
        self.check(ctx, result)?;
        self.after_callback(ctx)
    }
}

enum Next {
    Once(Once),
    Handle(Handler),
}

#[allow(dead_code)] // first users: the fs bindings
/// Runs `work` on the reactor's blocking pool and `done` with its result
/// on the JS thread.
pub fn blocking<T, W, D>(ctx: &Context, work: W, done: D) -> JsResult<()>
where
    T: Send + 'static,
    W: FnOnce() -> T + Send + 'static,
    D: FnOnce(T, &mut Context) -> JsResult<()> + 'static,
{
    let lp = EventLoop::of(ctx)?;
    let completer = lp.submit(move |payload, ctx| match payload.downcast::<T>() {
        Ok(value) => done(*value, ctx),
        Err(payload) => match payload.downcast::<WorkerPanic>() {
            Ok(panic) => Err(plain_error(format!(
                "rnode internal error: a worker thread panicked: {}",
                panic.0
            ))),
            Err(_) => Err(plain_error("rnode: operation result of the wrong type")),
        },
    });
    crate::rt::spawn_blocking(move || {
        // A panic here is a bug; the pool would swallow it and the loop
        // would wait forever. It comes back as an error instead.
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
            Ok(value) => completer.send(value),
            Err(panic) => completer.send(WorkerPanic(panic_message(&*panic))),
        }
    });
    Ok(())
}

/// A panic on the blocking pool, reported to the JS thread.
struct WorkerPanic(String);

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    match (
        payload.downcast_ref::<&str>(),
        payload.downcast_ref::<String>(),
    ) {
        (Some(s), _) => (*s).to_owned(),
        (_, Some(s)) => s.clone(),
        _ => "(no message)".to_owned(),
    }
}
