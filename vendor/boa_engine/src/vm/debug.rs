//! rnode patch: the debugger hook (item 15 of rnode's engine issue).
//!
//! With no hook installed the interpreter runs its usual loop: the only
//! cost is one `Option` check each time the host enters the VM. With a
//! hook, [`Context::run`] takes a second loop that, before each
//! instruction, asks whether the running frame reached a new source line
//! or a `debugger;` statement, and then calls the hook, which may inspect
//! the paused frame ([`Context::debug_eval`], [`Context::stack_trace`]).
//!
//! Statement positions and the scope at each position are recorded only
//! for code compiled after [`set_debug_info`]`(true)`.

use std::cell::Cell;

use boa_ast::scope::Scope;
use boa_string::JsString;

use crate::{
    builtins::eval::Eval, vm::source_info::SourcePath, Context, JsResult, JsValue,
};

thread_local! {
    static DEBUG_INFO: Cell<bool> = const { Cell::new(false) };
}

/// Makes the compiler record, for code compiled from now on, a position
/// for each statement it can place, the pcs of `debugger;` statements and
/// the scope at each position (what [`Context::debug_eval`] needs).
pub fn set_debug_info(on: bool) {
    DEBUG_INFO.set(on);
}

/// Whether code compiled now gets debug info ([`set_debug_info`]).
pub fn debug_info() -> bool {
    DEBUG_INFO.get()
}

/// Why the VM paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DebugEventKind {
    /// The running frame is about to run the first instruction of a line
    /// it was not on before.
    Line,
    /// The running frame reached a `debugger;` statement; the position is
    /// that of the code after it (boa_ast gives the statement no span).
    DebuggerStatement,
}

/// Where the VM paused.
#[derive(Debug, Clone)]
pub struct DebugEvent {
    /// Why it paused.
    pub kind: DebugEventKind,
    /// How many frames are running, the paused one included: stepping
    /// "over" a call pauses again at this depth or less.
    pub depth: usize,
    /// The paused function's name (empty for a script).
    pub function_name: JsString,
    /// The file (or `eval`) of the paused code.
    pub path: SourcePath,
    /// One-based line and column.
    pub line: u32,
    /// One-based column.
    pub column: u32,
}

/// The host's debugger. It runs on the JS thread, inside the paused VM.
pub trait DebugHook: std::fmt::Debug {
    /// Called where the VM paused. Returning resumes execution.
    fn pause(&self, event: &DebugEvent, context: &mut Context);
}

/// The recorded scope in effect at `pc` of `code`, if debug info was on.
pub(crate) fn scope_at(scopes: &[(u32, Scope)], pc: u32) -> Option<Scope> {
    let after = scopes.partition_point(|(start, _)| *start <= pc);
    after.checked_sub(1).and_then(|i| scopes.get(i)).map(|(_, scope)| scope.clone())
}

impl Context {
    /// Installs (or removes) the debugger hook.
    pub fn set_debug_hook(&mut self, hook: Option<std::rc::Rc<dyn DebugHook>>) {
        self.vm.debug_hook = hook;
    }

    /// Evaluates `source` in the paused frame, as a direct `eval` there
    /// would (its local variables in scope), or globally when the frame's
    /// code has no debug info.
    pub fn debug_eval(&mut self, source: &JsString) -> JsResult<JsValue> {
        let frame = self.vm.frame();
        let strict = frame.code_block.strict();
        let scope = scope_at(&frame.code_block.debug_scopes, frame.pc);
        let direct = scope.is_some() && self.vm.frames.len() > 1;
        Eval::perform_eval(&source.clone().into(), direct, scope, strict && direct, self)
    }

    /// Called by the debug loop before each instruction.
    pub(crate) fn debug_check(&mut self) {
        let Some(hook) = self.vm.debug_hook.clone() else {
            return;
        };
        let frame = self.vm.frame();
        let pc = frame.pc;
        let code = &frame.code_block;
        let at_debugger = code.debugger_pcs.binary_search(&pc).is_ok();
        let position = if at_debugger {
            code.source_info.map().next_position(pc)
        } else {
            code.source_info.map().find(pc)
        };
        let Some(position) = position else {
            return;
        };
        let line = position.line_number();
        if !at_debugger && line == frame.debug_line {
            return;
        }
        let event = DebugEvent {
            kind: if at_debugger {
                DebugEventKind::DebuggerStatement
            } else {
                DebugEventKind::Line
            },
            depth: self.vm.frames.len() - 1,
            function_name: code.source_info.function_name().clone(),
            path: code.source_info.map().path().clone(),
            line,
            column: position.column_number(),
        };
        if !at_debugger {
            // After a `debugger;` pause, the line it names is still to come.
            self.vm.frame_mut().debug_line = line;
        }
        // The hook may run code (`print x`): that code is not debugged.
        self.vm.debug_hook = None;
        hook.pause(&event, self);
        self.vm.debug_hook.get_or_insert(hook);
    }
}
