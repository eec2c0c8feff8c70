//! The REPL's terminal front end (feature `repl`): reedline on a thread of
//! its own, bridged to the JS REPL through the host module
//! `rnode_line_editor` (`readline.HostInterface` in `js/readline.js` is the
//! JS half).
//!
//! The JS thread asks for a line (`prompt(text)`); the editor thread reads
//! it and sends it back through a host channel, so the event loop (timers,
//! sockets) runs while the user types. While reedline waits for input,
//! what the script writes to stdout goes through reedline's external
//! printer, above the prompt ([`Screen`]). Multi-line input is decided by
//! the parser (an unexpected end of input continues the entry); completion
//! asks the REPL on the JS thread.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reedline::{
    default_emacs_keybindings, ColumnarMenu, Completer, CompletionResult, EditCommand, Emacs,
    ExternalPrinter, FileBackedHistory, KeyCode, KeyModifiers, MenuBuilder, Prompt, PromptEditMode,
    PromptHistorySearch, Reedline, ReedlineEvent, ReedlineMenu, Signal, Span, Suggestion,
    ValidationResult, Validator,
};
use rnode_runtime::boa_engine::object::ObjectInitializer;
use rnode_runtime::boa_engine::{
    Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction,
};
use rnode_runtime::{HostModule, HostSender, Output, Printer};

/// The module name the REPL's start-up code requires.
pub const MODULE: &str = "rnode_line_editor";

/// How long completion waits for the JS thread (busy running a callback).
const COMPLETION_WAIT: Duration = Duration::from_millis(500);

/// Entries kept in the history file.
const HISTORY_SIZE: usize = 1000;

/// The terminal's stdout, shared by the script (any write) and the editor.
pub struct Screen {
    /// Whether reedline is waiting for input, and text not yet printed
    /// (a write without its newline).
    state: Mutex<(bool, String)>,
    printer: ExternalPrinter<String>,
}

impl Screen {
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            state: Mutex::new((false, String::new())),
            printer: ExternalPrinter::new(4096),
        })
    }

    /// The runtime's stdout: through the printer while reedline reads.
    pub fn output(self: &Arc<Self>) -> Output {
        let screen = self.clone();
        Output::Through(Printer(Arc::new(move |bytes| screen.write(bytes))))
    }

    fn write(&self, bytes: &[u8]) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if !state.0 {
            write_stdout(bytes);
            return;
        }
        state.1.push_str(&String::from_utf8_lossy(bytes));
        // reedline prints whole lines above the prompt; a partial line waits.
        if let Some(end) = state.1.rfind('\n') {
            let lines: String = state.1.drain(..=end).collect();
            let _ = self.printer.print(lines.trim_end_matches('\n').to_owned());
        }
    }

    fn set_reading(&self, reading: bool) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.0 = reading;
        if !reading && !state.1.is_empty() {
            write_stdout(state.1.as_bytes());
            state.1.clear();
        }
    }
}

fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes);
    let _ = out.flush();
}

/// From the JS thread to the editor thread.
enum ToEditor {
    Prompt(String),
    Close,
}

/// From the editor thread to the JS thread (`onEvent(kind, text)`).
enum FromEditor {
    Line(String),
    Interrupt(String),
    End,
    Complete(u64, String),
}

/// A completion answer: request number, candidates, the word they complete.
type Answer = (u64, Vec<String>, String);

/// The JS thread's end of the bridge.
struct Bridge {
    to_editor: Sender<ToEditor>,
    events: HostSender<FromEditor>,
    answers: Sender<Answer>,
    /// The completion request the REPL is answering.
    asked: u64,
}

thread_local! {
    static BRIDGE: RefCell<Option<Bridge>> = const { RefCell::new(None) };
}

/// The host module: `start(onEvent)`, `prompt(text)`,
/// `completions(list, word)`, `close()`.
pub fn host_module(screen: Arc<Screen>) -> HostModule {
    HostModule::new(MODULE, move |ctx| {
        let screen = screen.clone();
        let start = move |_: &JsValue, a: &[JsValue], ctx: &mut Context| start(a, ctx, &screen);
        // SAFETY: the closure captures only an `Arc<Screen>` (no GC values).
        let start = unsafe { NativeFunction::from_closure(start) };
        Ok(ObjectInitializer::new(ctx)
            .function(start, JsString::from("start"), 1)
            .function(
                NativeFunction::from_fn_ptr(prompt),
                JsString::from("prompt"),
                1,
            )
            .function(
                NativeFunction::from_fn_ptr(completions),
                JsString::from("completions"),
                2,
            )
            .function(
                NativeFunction::from_fn_ptr(close),
                JsString::from("close"),
                0,
            )
            .build())
    })
}

/// `start(onEvent)`: starts the editor thread.
fn start(a: &[JsValue], ctx: &mut Context, screen: &Arc<Screen>) -> JsResult<JsValue> {
    let on_event = a
        .first()
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("onEvent must be a function"))?;
    let events = rnode_runtime::host_channel(ctx, move |ctx, event: FromEditor| {
        deliver(ctx, &on_event, event)
    })?;
    let (to_editor, requests) = mpsc::channel();
    let (answers, answered) = mpsc::channel();
    let thread_events = events.clone();
    let screen = screen.clone();
    std::thread::Builder::new()
        .name("rnode-line-editor".into())
        .spawn(move || edit_lines(requests, thread_events, answered, screen))
        .map_err(|e| JsNativeError::error().with_message(format!("line editor: {e}")))?;
    BRIDGE.set(Some(Bridge {
        to_editor,
        events,
        answers,
        asked: 0,
    }));
    Ok(JsValue::undefined())
}

/// Calls `onEvent(kind, text)` for an editor event.
fn deliver(ctx: &mut Context, on_event: &JsObject, event: FromEditor) -> JsResult<()> {
    let (kind, text) = match event {
        FromEditor::Line(text) => ("line", text),
        FromEditor::Interrupt(text) => ("SIGINT", text),
        FromEditor::End => ("end", String::new()),
        FromEditor::Complete(asked, text) => {
            BRIDGE.with_borrow_mut(|b| b.iter_mut().for_each(|b| b.asked = asked));
            ("complete", text)
        }
    };
    let args = [JsString::from(kind).into(), JsString::from(text).into()];
    on_event.call(&JsValue::undefined(), &args, ctx)?;
    Ok(())
}

fn send(message: ToEditor) {
    BRIDGE.with_borrow(|bridge| {
        if let Some(bridge) = bridge {
            let _ = bridge.to_editor.send(message);
        }
    });
}

/// `prompt(text)`: read the next entry after `text`.
fn prompt(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = a.first().cloned().unwrap_or_default().to_string(ctx)?;
    send(ToEditor::Prompt(text.to_std_string_escaped()));
    Ok(JsValue::undefined())
}

/// `completions(list, word)`: the answer to the last `complete` event.
fn completions(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = a.first().and_then(JsValue::as_object);
    let mut names = Vec::new();
    if let Some(list) = list {
        let length = list.get(JsString::from("length"), ctx)?.to_length(ctx)?;
        for i in 0..length.min(10_000) {
            names.push(list.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped());
        }
    }
    let word = a.get(1).cloned().unwrap_or_default().to_string(ctx)?;
    BRIDGE.with_borrow(|bridge| {
        if let Some(bridge) = bridge {
            let _ = bridge
                .answers
                .send((bridge.asked, names, word.to_std_string_escaped()));
        }
    });
    Ok(JsValue::undefined())
}

/// `close()`: ends the editor thread; the event loop no longer waits for it.
fn close(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(bridge) = BRIDGE.take() {
        let _ = bridge.to_editor.send(ToEditor::Close);
        rnode_runtime::close_host_channel(ctx, &bridge.events);
    }
    Ok(JsValue::undefined())
}

/// The editor thread: one `read_line` per prompt the REPL asks for.
fn edit_lines(
    requests: Receiver<ToEditor>,
    events: HostSender<FromEditor>,
    answered: Receiver<Answer>,
    screen: Arc<Screen>,
) {
    let completer = JsCompleter {
        events: events.clone(),
        answered,
        next: 0,
    };
    let mut editor = reedline(completer, screen.printer.clone());
    while let Ok(ToEditor::Prompt(text)) = requests.recv() {
        screen.set_reading(true);
        let signal = editor.read_line(&ReplPrompt(text));
        screen.set_reading(false);
        match signal {
            Ok(Signal::Success(line)) => events.send(FromEditor::Line(line)),
            Ok(Signal::CtrlC) => {
                let line = editor.current_buffer_contents().to_owned();
                editor.run_edit_commands(&[EditCommand::Clear]);
                events.send(FromEditor::Interrupt(line));
            }
            _ => {
                events.send(FromEditor::End);
                break;
            }
        }
    }
}

fn reedline(completer: JsCompleter, printer: ExternalPrinter<String>) -> Reedline {
    let mut keys = default_emacs_keybindings();
    keys.add_binding(
        KeyModifiers::NONE,
        KeyCode::Tab,
        ReedlineEvent::UntilFound(vec![
            ReedlineEvent::Menu("completion".into()),
            ReedlineEvent::MenuNext,
        ]),
    );
    let menu = ColumnarMenu::default().with_name("completion");
    let editor = Reedline::create()
        .with_edit_mode(Box::new(Emacs::new(keys)))
        .with_completer(Box::new(completer))
        .with_quick_completions(true)
        .with_partial_completions(true)
        .with_menu(ReedlineMenu::EngineCompleter(Box::new(menu)))
        .with_validator(Box::new(JsValidator))
        .with_external_printer(printer);
    match history_file().map(|file| FileBackedHistory::with_file(HISTORY_SIZE, file)) {
        Some(Ok(history)) => editor.with_history(Box::new(history)),
        _ => editor,
    }
}

/// `~/.rnode_repl_history`, or `NODE_REPL_HISTORY` (empty: none).
fn history_file() -> Option<PathBuf> {
    match std::env::var_os("NODE_REPL_HISTORY") {
        Some(file) if file.is_empty() => None,
        Some(file) => Some(PathBuf::from(file)),
        None => {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".rnode_repl_history"))
        }
    }
}

/// The REPL's prompt (`> `, `... `), as the JS side sets it.
struct ReplPrompt(String);

impl Prompt for ReplPrompt {
    fn render_prompt_left(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }

    fn render_prompt_right(&self) -> Cow<'_, str> {
        Cow::Borrowed("")
    }

    fn render_prompt_indicator(&self, _: PromptEditMode) -> Cow<'_, str> {
        Cow::Borrowed("")
    }

    fn render_prompt_multiline_indicator(&self) -> Cow<'_, str> {
        Cow::Borrowed("... ")
    }

    fn render_prompt_history_search_indicator(&self, search: PromptHistorySearch) -> Cow<'_, str> {
        Cow::Owned(format!("(reverse-i-search)`{}': ", search.term))
    }
}

/// Enter submits unless the parser says the input ended too soon (an open
/// brace, string or function body); a dot-command line always submits.
struct JsValidator;

impl Validator for JsValidator {
    fn validate(&self, line: &str) -> ValidationResult {
        let last = line.lines().last().unwrap_or("").trim_start();
        let dot_command =
            last.starts_with('.') && last[1..].starts_with(|c: char| c.is_ascii_alphabetic());
        if dot_command || !ends_too_soon(line) {
            ValidationResult::Complete
        } else {
            ValidationResult::Incomplete
        }
    }
}

/// Whether `code` fails to parse only because it ends too soon, as the
/// JS REPL decides (`js/repl.js` `evaluate`).
pub fn ends_too_soon(code: &str) -> bool {
    use rnode_runtime::boa_engine::ast::scope::Scope;
    use rnode_runtime::boa_engine::interner::Interner;
    use rnode_runtime::boa_engine::parser::{Parser, Source};
    let mut interner = Interner::default();
    let mut parser = Parser::new(Source::from_bytes(code));
    match parser.parse_script(&Scope::new_global(), &mut interner) {
        Ok(_) => false,
        Err(err) => {
            let message = err.to_string().to_lowercase();
            [
                "abrupt end",
                "unexpected end of input",
                "unterminated template",
            ]
            .iter()
            .any(|m| message.contains(m))
        }
    }
}

/// Completion candidates from the REPL on the JS thread.
struct JsCompleter {
    events: HostSender<FromEditor>,
    answered: Receiver<Answer>,
    next: u64,
}

impl Completer for JsCompleter {
    fn complete(&mut self, line: &str, pos: usize) -> CompletionResult {
        let Some(before) = line.get(..pos) else {
            return CompletionResult::fresh(Vec::new());
        };
        self.next += 1;
        self.events
            .send(FromEditor::Complete(self.next, before.to_owned()));
        let deadline = std::time::Instant::now() + COMPLETION_WAIT;
        let answer = loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.answered.recv_timeout(left) {
                Ok(answer) if answer.0 == self.next => break Some(answer),
                Ok(_) => continue, // a late answer to an earlier request
                Err(_) => break None,
            }
        };
        let Some((_, names, word)) = answer else {
            return CompletionResult::fresh(Vec::new());
        };
        let start = pos.saturating_sub(word.len());
        let suggestions: Vec<Suggestion> = names
            .into_iter()
            .map(|value| Suggestion {
                value,
                span: Span::new(start, pos),
                ..Suggestion::default()
            })
            .collect();
        CompletionResult::fresh(suggestions)
    }
}

#[cfg(test)]
mod tests {
    use super::ends_too_soon;

    #[test]
    fn the_parser_decides_what_continues() {
        assert!(ends_too_soon("function f() {"));
        assert!(ends_too_soon("if (x) {\n  y();"));
        assert!(ends_too_soon("[1, 2,"));
        assert!(!ends_too_soon("1 + 1"));
        assert!(!ends_too_soon("var x = ;"));
        assert!(!ends_too_soon(""));
    }
}
