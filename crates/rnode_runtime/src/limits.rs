//! Wall-clock budgets: `--max-run-time` for a whole run and `timeout` for
//! one `vm.runIn*Context` call.
//!
//! Both use the engine's interrupt flag (our Boa patch,
//! `Context::set_interrupt_flag`): a watchdog thread sets it when the time
//! is up, and the script stops at its next loop iteration or call with an
//! error JS cannot catch. Code inside one long native call (a huge
//! `String.prototype.repeat`, a regex backtracking) is not interrupted
//! until it returns to the interpreter.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::{Context, JsError};

use crate::event_loop::EventLoop;

/// Why the interrupt flag was set.
const NONE: u8 = 0;
const RUN_BUDGET: u8 = 1;
const VM_TIMEOUT: u8 = 2;

/// The context's interrupt flag and why it was set.
#[derive(Clone)]
struct Interrupt {
    flag: Arc<AtomicBool>,
    reason: Arc<AtomicU8>,
}

impl Interrupt {
    /// Sets the flag. The run's budget wins over a vm timeout (which
    /// would otherwise clear the flag when its call returns).
    fn fire(&self, reason: u8) {
        let claimed = if reason == RUN_BUDGET {
            self.reason.store(RUN_BUDGET, Ordering::SeqCst);
            true
        } else {
            self.reason
                .compare_exchange(NONE, reason, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        };
        if claimed {
            self.flag.store(true, Ordering::SeqCst);
        }
    }
}

/// Installs the interrupt flag (always: checking it costs one load per
/// loop iteration and call).
pub fn install(ctx: &mut Context) {
    let interrupt = Interrupt {
        flag: Arc::new(AtomicBool::new(false)),
        reason: Arc::new(AtomicU8::new(NONE)),
    };
    ctx.set_interrupt_flag(Some(interrupt.flag.clone()));
    ctx.insert_data(interrupt);
}

/// Whether `err` is the engine stopping because the flag was set.
pub fn is_interrupt(err: &JsError) -> bool {
    matches!(
        err.as_engine(),
        Some(EngineError::RuntimeLimit(RuntimeLimitError::Interrupted))
    )
}

/// Starts the `--max-run-time` budget: once `budget` has passed, the
/// script is interrupted, or the loop is woken if it is waiting.
pub fn start_run_budget(ctx: &mut Context, event_loop: &EventLoop, budget: Duration) {
    let Some(interrupt) = ctx.get_data::<Interrupt>().cloned() else {
        return;
    };
    ctx.insert_data(RunBudget(budget));
    // An unreferenced handle: it does not keep the loop alive, but its
    // message wakes a loop that waits, and its handler ends the run.
    let waker = event_loop.open_handle(
        std::rc::Rc::new(|_, _| Err(RuntimeLimitError::Interrupted.into())),
        false,
    );
    let spawned = std::thread::Builder::new()
        .name("rnode-budget".into())
        .spawn(move || {
            std::thread::sleep(budget);
            interrupt.fire(RUN_BUDGET);
            waker.send(());
        });
    if spawned.is_err() {
        // No thread, no budget: refuse to run unbounded silently.
        if let Some(interrupt) = ctx.get_data::<Interrupt>() {
            interrupt.fire(RUN_BUDGET);
        }
    }
}

/// The run's budget, for the message when it runs out.
struct RunBudget(Duration);

/// The message for a run stopped by its budget.
pub fn run_budget_message(ctx: &Context) -> String {
    match ctx.get_data::<RunBudget>() {
        Some(RunBudget(b)) => format!(
            "Error: the script ran longer than its time limit (--max-run-time={}) and was stopped",
            b.as_millis()
        ),
        None => "Error: the script was interrupted by its host".to_owned(),
    }
}

/// Runs `f` with a `timeout` budget (vm's option). Past it, `f`'s script
/// is interrupted and this returns a catchable `Error` (Node's
/// `Script execution timed out after Nms`); the run's own budget, if it
/// expired meanwhile, still ends the run.
pub fn with_timeout<T>(
    ctx: &mut Context,
    timeout: Option<Duration>,
    f: impl FnOnce(&mut Context) -> boa_engine::JsResult<T>,
) -> boa_engine::JsResult<T> {
    let (Some(timeout), Some(interrupt)) = (timeout, ctx.get_data::<Interrupt>().cloned()) else {
        return f(ctx);
    };
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog_interrupt = interrupt.clone();
    let watchdog = std::thread::Builder::new()
        .name("rnode-vm-timeout".into())
        .spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(timeout) {
                watchdog_interrupt.fire(VM_TIMEOUT);
            }
        })
        .map_err(|e| crate::errors::plain_error(format!("cannot start the vm timer: {e}")))?;
    let result = f(ctx);
    let _ = done_tx.send(());
    let _ = watchdog.join();
    // Ours to clear only if the timeout (not the run's budget) set it.
    if interrupt
        .reason
        .compare_exchange(VM_TIMEOUT, NONE, Ordering::SeqCst, Ordering::SeqCst)
        .is_ok()
    {
        interrupt.flag.store(false, Ordering::SeqCst);
        if let Err(err) = &result {
            if is_interrupt(err) {
                return Err(timed_out(ctx, timeout));
            }
        }
    }
    result
}

fn timed_out(ctx: &mut Context, timeout: Duration) -> JsError {
    let message = format!("Script execution timed out after {}ms", timeout.as_millis());
    let obj = boa_engine::JsNativeError::error()
        .with_message(message)
        .into_opaque(ctx);
    let _ = obj.set(
        boa_engine::js_string!("code"),
        boa_engine::js_string!("ERR_SCRIPT_EXECUTION_TIMEOUT"),
        false,
        ctx,
    );
    JsError::from_opaque(obj.into())
}
