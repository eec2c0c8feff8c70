//! `rnode debug script.js`: the manual's command-line debugger, built on
//! the engine's debugger hook (`vendor/PATCHES.md`, patch 23). It runs on
//! the JS thread: where the script pauses, it reads commands from stdin
//! until one resumes the script. rnode speaks no V8 debugger protocol:
//! the client is built in (docs/modules.md, "Debugger").

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::vm::debug::{DebugEvent, DebugEventKind, DebugHook};
use boa_engine::vm::SourcePath;
use boa_engine::{js_str, Context, JsStr, JsString, JsValue, Source};

/// How a debugged run starts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DebugOptions {
    /// Pause before the first line of the program (`--debug-brk`).
    pub break_on_start: bool,
    /// Breakpoints set before `run`.
    pub breakpoints: Vec<Breakpoint>,
}

/// `sb('file.js', 3)`: a line in a file named by its path or its last
/// components.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakpoint {
    file: String,
    line: u32,
}

impl Breakpoint {
    fn matches(&self, path: &Path, line: u32) -> bool {
        line == self.line && path.ends_with(&self.file)
    }
}

/// The engine's name for a script's own code.
const MAIN: &JsStr<'static> = &js_str!("<main>");

/// Set by `restart`: the breakpoints to keep, as `file:line` joined by `;`.
const RESTART_ENV: &str = "RNODE_DEBUG_RESTART";

const HELP: &str = "\
Commands: run (r), cont (c), next (n), step (s), out (o),
backtrace (bt), setBreakpoint (sb), clearBreakpoint (cb), breakpoints,
watch, unwatch, watchers, list, print (p), repl, restart, kill, quit,
help. sb(line) and sb('file.js', line) set a breakpoint; an empty line
repeats the last command; anything else is evaluated where the script
stopped.";

/// `debug> ` before the script runs: breakpoints and `run`. `None` when
/// the user quits first. After `restart` the script runs at once.
pub fn prompt_before_run(script: &str) -> Option<DebugOptions> {
    if let Ok(saved) = std::env::var(RESTART_ENV) {
        let breakpoints = saved.split(';').filter_map(parse_saved).collect();
        return Some(DebugOptions {
            break_on_start: false,
            breakpoints,
        });
    }
    let mut options = DebugOptions::default();
    loop {
        let line = read_line("debug> ")?;
        let (name, arg) = split_command(&line);
        match name {
            "r" | "run" => return Some(options),
            "sb" | "setBreakpoint" => match breakpoint_arg(arg, Path::new(script), None) {
                Some(breakpoint) => options.breakpoints.push(breakpoint),
                None => say("Give a line: sb(line) or sb('file.js', line)"),
            },
            "quit" | ".exit" => return None,
            "help" => say(HELP),
            "" => {}
            _ => say("The script is not running yet: 'run' starts it"),
        }
    }
}

fn parse_saved(saved: &str) -> Option<Breakpoint> {
    let (file, line) = saved.rsplit_once(':')?;
    Some(Breakpoint {
        file: file.to_owned(),
        line: line.parse().ok()?,
    })
}

/// Turns on debug info for code compiled from now on and installs the
/// debugger's hook.
pub(crate) fn install(ctx: &mut Context, options: &DebugOptions) {
    boa_engine::vm::debug::set_debug_info(true);
    let state = State {
        mode: if options.break_on_start {
            Mode::Step
        } else {
            Mode::Continue
        },
        breakpoints: options.breakpoints.clone(),
        ..State::default()
    };
    ctx.set_debug_hook(Some(Rc::new(Debugger {
        state: RefCell::new(state),
    })));
}

/// When the next pause happens, besides breakpoints and `debugger;`.
#[derive(Debug, Default, Clone, Copy)]
enum Mode {
    #[default]
    Continue,
    Step,
    /// At the next line of a frame at this depth or an outer one.
    Next(usize),
    /// At the next line of an outer frame.
    Out(usize),
}

#[derive(Debug, Default)]
struct State {
    mode: Mode,
    breakpoints: Vec<Breakpoint>,
    watchers: Vec<String>,
    last_command: String,
    sources: HashMap<PathBuf, Rc<[String]>>,
}

#[derive(Debug)]
struct Debugger {
    state: RefCell<State>,
}

/// Where the script stopped.
struct Pause<'a> {
    event: &'a DebugEvent,
    path: &'a Path,
}

impl DebugHook for Debugger {
    fn pause(&self, event: &DebugEvent, ctx: &mut Context) {
        // Only the program's own files (core modules are named `events.js`),
        // and not the script that makes a module's wrapper function.
        let SourcePath::Path(path) = &event.path else {
            return;
        };
        if !path.is_absolute() || event.function_name == *MAIN {
            return;
        }
        let hit = self.breakpoint_hit(event, path);
        let stops = match self.state.borrow().mode {
            _ if event.kind == DebugEventKind::DebuggerStatement || hit.is_some() => true,
            Mode::Continue => false,
            Mode::Step => true,
            Mode::Next(depth) => event.depth <= depth,
            Mode::Out(depth) => event.depth < depth,
        };
        if stops {
            let event = &self.debugger_statement_line(event, path);
            let pause = Pause { event, path };
            self.show_watchers(ctx);
            self.show_break(&pause, hit);
            self.command_loop(&pause, ctx);
        }
    }
}

impl Debugger {
    fn breakpoint_hit(&self, event: &DebugEvent, path: &Path) -> Option<usize> {
        if event.kind != DebugEventKind::Line {
            return None;
        }
        let state = self.state.borrow();
        let index = state
            .breakpoints
            .iter()
            .position(|b| b.matches(path, event.line))?;
        Some(index + 1)
    }

    /// The engine places a `debugger;` statement at the code after it (the
    /// AST has no position for it): the statement is the last `debugger`
    /// word at or above that line.
    fn debugger_statement_line(&self, event: &DebugEvent, path: &Path) -> DebugEvent {
        let mut event = event.clone();
        if event.kind != DebugEventKind::DebuggerStatement {
            return event;
        }
        let lines = self.source(path);
        for line in (event.line.saturating_sub(10).max(1)..=event.line).rev() {
            let text = usize::try_from(line - 1).ok().and_then(|i| lines.get(i));
            if let Some(column) = text.and_then(|text| word_column(text, "debugger")) {
                event.line = line;
                event.column = column;
                break;
            }
        }
        event
    }

    fn source_line(&self, path: &Path, line: u32) -> Option<String> {
        let lines = self.source(path);
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        lines.get(index).cloned()
    }

    fn source(&self, path: &Path) -> Rc<[String]> {
        let mut state = self.state.borrow_mut();
        let lines = state.sources.entry(path.to_path_buf()).or_insert_with(|| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            text.lines().map(str::to_owned).collect()
        });
        lines.clone()
    }

    /// `break in f(), myscript.js:4`, the line, and a caret at the column.
    fn show_break(&self, pause: &Pause<'_>, breakpoint: Option<usize>) {
        let event = pause.event;
        let what = match breakpoint {
            Some(n) => format!("breakpoint #{n}"),
            None => "break".to_owned(),
        };
        let name = event.function_name.to_std_string_escaped();
        let name = if name.is_empty() {
            "[anonymous]"
        } else {
            &name
        };
        let mut text = format!(
            "{what} in {name}(), {}:{}\n",
            shown_path(pause.path),
            event.line
        );
        if let Some(source) = self.source_line(pause.path, event.line) {
            let indent = usize::try_from(event.column.saturating_sub(1)).unwrap_or(0);
            text.push_str(&format!("{source}\n{}^", " ".repeat(indent)));
        }
        say(&text);
    }

    fn show_watchers(&self, ctx: &mut Context) {
        let watchers = self.state.borrow().watchers.clone();
        if watchers.is_empty() {
            return;
        }
        let mut text = "Watchers:\n".to_owned();
        for (i, expr) in watchers.iter().enumerate() {
            text.push_str(&format!("  {i}: {expr} = {}\n", evaluate(ctx, expr)));
        }
        say(&text);
    }

    /// Reads commands until one resumes the script.
    fn command_loop(&self, pause: &Pause<'_>, ctx: &mut Context) {
        loop {
            let Some(line) = read_line("debug> ") else {
                std::process::exit(0);
            };
            let line = self.repeat_if_empty(line);
            let (name, arg) = split_command(&line);
            let depth = pause.event.depth;
            let mode = match name {
                "c" | "cont" => Mode::Continue,
                "n" | "next" => Mode::Next(depth),
                "s" | "step" => Mode::Step,
                "o" | "out" => Mode::Out(depth),
                _ => {
                    self.command(name, arg, &line, pause, ctx);
                    continue;
                }
            };
            self.state.borrow_mut().mode = mode;
            return;
        }
    }

    fn repeat_if_empty(&self, line: String) -> String {
        let mut state = self.state.borrow_mut();
        if line.trim().is_empty() {
            return state.last_command.clone();
        }
        state.last_command.clone_from(&line);
        line
    }

    /// A command that does not resume the script.
    fn command(&self, name: &str, arg: &str, line: &str, pause: &Pause<'_>, ctx: &mut Context) {
        match name {
            "" => {}
            "bt" | "backtrace" => backtrace(ctx),
            "list" => self.list(pause, arg.trim().parse().unwrap_or(5)),
            "sb" | "setBreakpoint" => {
                match breakpoint_arg(arg, pause.path, Some(pause.event.line)) {
                    Some(breakpoint) => self.state.borrow_mut().breakpoints.push(breakpoint),
                    None => say("Give a line: sb(line) or sb('file.js', line)"),
                }
            }
            "cb" | "clearBreakpoint" => self.clear_breakpoint(arg, pause),
            "breakpoints" => self.list_breakpoints(),
            "watch" => self
                .state
                .borrow_mut()
                .watchers
                .push(unquote(arg).to_owned()),
            "unwatch" => self.unwatch(arg),
            "watchers" => self.show_watchers(ctx),
            "p" | "print" => say(&evaluate(ctx, arg)),
            "repl" => repl(ctx),
            "r" | "run" => say("The script is running: 'restart' starts it again"),
            "restart" => self.restart(),
            "kill" => self.kill(),
            "quit" | ".exit" => quit(),
            "help" => say(HELP),
            _ => say(&evaluate(ctx, line)),
        }
    }

    /// `list(n)`: n lines either side of the current one.
    fn list(&self, pause: &Pause<'_>, around: u32) {
        let lines = self.source(pause.path);
        let current = pause.event.line;
        let first = current.saturating_sub(around).max(1);
        let last = current.saturating_add(around);
        let width = last.to_string().len();
        let mut text = String::new();
        for (number, source) in (first..=last).zip(lines.iter().skip(first as usize - 1)) {
            let mark = if number == current { '>' } else { ' ' };
            text.push_str(&format!("{mark} {number:>width$} {source}\n"));
        }
        say(text.trim_end());
    }

    fn clear_breakpoint(&self, arg: &str, pause: &Pause<'_>) {
        let Some(target) = breakpoint_arg(arg, pause.path, Some(pause.event.line)) else {
            return say("Give a line: cb(line) or cb('file.js', line)");
        };
        let mut state = self.state.borrow_mut();
        let before = state.breakpoints.len();
        state
            .breakpoints
            .retain(|b| !(b.line == target.line && Path::new(&target.file).ends_with(&b.file)));
        if state.breakpoints.len() == before {
            drop(state);
            say("No breakpoint there");
        }
    }

    fn list_breakpoints(&self) {
        let state = self.state.borrow();
        let text: Vec<String> = state
            .breakpoints
            .iter()
            .enumerate()
            .map(|(i, b)| format!("#{} {}:{}", i + 1, shown_path(Path::new(&b.file)), b.line))
            .collect();
        say(&text.join("\n"));
    }

    fn unwatch(&self, arg: &str) {
        let arg = unquote(arg);
        let mut state = self.state.borrow_mut();
        match arg.parse::<usize>() {
            Ok(i) if i < state.watchers.len() => {
                state.watchers.remove(i);
            }
            _ => state.watchers.retain(|w| w != arg),
        }
    }

    /// Runs the program again from the start, keeping the breakpoints.
    fn restart(&self) {
        let saved: Vec<String> = self
            .state
            .borrow()
            .breakpoints
            .iter()
            .map(|b| format!("{}:{}", b.file, b.line))
            .collect();
        restart_with(&saved.join(";"));
    }

    /// Stops the program; `run` (or `restart`) starts it again.
    fn kill(&self) {
        loop {
            match read_line("debug> ").as_deref().map(split_command) {
                None | Some(("quit" | ".exit", _)) => std::process::exit(0),
                Some(("r" | "run" | "restart", _)) => self.restart(),
                Some(("help", _)) => say(HELP),
                Some(_) => say("The script is not running: 'run' starts it"),
            }
        }
    }
}

fn restart_with(breakpoints: &str) {
    use std::os::unix::process::CommandExt;
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("rnode"));
    let err = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(RESTART_ENV, breakpoints)
        .exec();
    say(&format!("cannot restart: {err}"));
}

fn quit() {
    if let Some(answer) = read_line("A debugging session is active. Quit anyway? (y or n) ") {
        if !answer.trim().starts_with('y') {
            return;
        }
    }
    std::process::exit(0);
}

/// `bt`: the program's own frames, innermost first.
fn backtrace(ctx: &mut Context) {
    let mut text = Vec::new();
    for frame in ctx.stack_trace() {
        let location = frame.position();
        let SourcePath::Path(path) = &location.path else {
            continue;
        };
        if !path.is_absolute() {
            continue;
        }
        let name = location.function_name.to_std_string_escaped();
        let (line, column) = location
            .position
            .map_or((0, 0), |p| (p.line_number(), p.column_number()));
        text.push(format!(
            "#{} {} {}:{line}:{column}",
            text.len(),
            if name.is_empty() {
                "[anonymous]"
            } else {
                &name
            },
            shown_path(path)
        ));
    }
    say(&text.join("\n"));
}

/// `repl`: evaluates lines where the script stopped until `.exit` or
/// end of input.
fn repl(ctx: &mut Context) {
    say("Press Ctrl+D or type .exit to leave the debug repl");
    while let Some(line) = read_line("> ") {
        match line.trim() {
            ".exit" => break,
            "" => {}
            code => say(&evaluate(ctx, code)),
        }
    }
}

/// `code` evaluated in the paused frame, shown as `util.inspect` would.
fn evaluate(ctx: &mut Context, code: &str) -> String {
    match ctx.debug_eval(&JsString::from(code)) {
        Ok(value) => inspect(ctx, &value),
        Err(err) => {
            let value = err.into_opaque(ctx);
            value
                .ok()
                .and_then(|v| v.to_string(ctx).ok())
                .map_or_else(|| "error".to_owned(), |s| s.to_std_string_escaped())
        }
    }
}

const INSPECT: &str = "(function (v) { var m = process.mainModule; \
                       return m ? m.require('util').inspect(v) : String(v); })";

fn inspect(ctx: &mut Context, value: &JsValue) -> String {
    let shown = ctx
        .eval(Source::from_bytes(INSPECT))
        .ok()
        .and_then(|f| f.as_callable())
        .and_then(|f| {
            f.call(&JsValue::undefined(), std::slice::from_ref(value), ctx)
                .ok()
        })
        .and_then(|s| s.as_string().map(|s| s.to_std_string_escaped()));
    shown.unwrap_or_else(|| value.display().to_string())
}

/// `sb()`, `sb(4)`, `sb('file.js', 4)`; `current` is the paused line.
fn breakpoint_arg(arg: &str, path: &Path, current: Option<u32>) -> Option<Breakpoint> {
    let parts: Vec<&str> = arg
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let (file, line) = match parts.as_slice() {
        [] => (path.to_string_lossy().into_owned(), current?),
        [line] => (path.to_string_lossy().into_owned(), line.parse().ok()?),
        [file, line, ..] => (unquote(file).to_owned(), line.parse().ok()?),
    };
    Some(Breakpoint { file, line })
}

/// `name(args)` or `name rest`.
fn split_command(line: &str) -> (&str, &str) {
    let line = line.trim().trim_end_matches(';');
    if let Some((name, rest)) = line.split_once('(') {
        if let Some(args) = rest.strip_suffix(')') {
            let is_name = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if is_name && balanced(args) {
                return (name, args);
            }
        }
    }
    match line.split_once(char::is_whitespace) {
        Some((name, rest)) => (name, rest.trim()),
        None => (line, ""),
    }
}

/// The 1-based column of the last `word` standing alone in `text`.
fn word_column(text: &str, word: &str) -> Option<u32> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let (at, _) = text.rmatch_indices(word).find(|(at, _)| {
        let before = text[..*at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })?;
    u32::try_from(text[..at].chars().count() + 1).ok()
}

/// Whether no `)` in `text` closes a `(` before it.
fn balanced(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

fn unquote(s: &str) -> &str {
    let s = s.trim();
    ['\'', '"']
        .iter()
        .find_map(|q| s.strip_prefix(*q).and_then(|s| s.strip_suffix(*q)))
        .unwrap_or(s)
}

/// The path relative to the working directory when it is inside it.
fn shown_path(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

/// A line from stdin after `prompt`; `None` at end of input.
fn read_line(prompt: &str) -> Option<String> {
    {
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "{prompt}");
        let _ = out.flush();
    }
    let mut line = String::new();
    loop {
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => return None,
            Ok(_) => return Some(line.trim_end_matches(['\n', '\r']).to_owned()),
            // The script may have made fd 0 non-blocking.
            Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_into_name_and_argument() {
        assert_eq!(split_command("sb('a.js', 3)"), ("sb", "'a.js', 3"));
        assert_eq!(split_command("print x + 1"), ("print", "x + 1"));
        assert_eq!(split_command("next"), ("next", ""));
        assert_eq!(split_command("p(1) + p(2)"), ("p(1)", "+ p(2)"));
    }

    #[test]
    fn breakpoints_name_a_file_by_its_last_components() {
        let b = breakpoint_arg("'lib/a.js', 3", Path::new("/x/main.js"), None).unwrap();
        assert!(b.matches(Path::new("/p/lib/a.js"), 3));
        assert!(!b.matches(Path::new("/p/lib/a.js"), 4));
        assert!(!b.matches(Path::new("/p/lib/ba.js"), 3));
        let here = breakpoint_arg("", Path::new("/x/main.js"), Some(7)).unwrap();
        assert!(here.matches(Path::new("/x/main.js"), 7));
    }
}
