//! Turning engine errors into JS values and printing errors (uncaught
//! exceptions, vm syntax errors) the way Node does:
//!
//! ```text
//!
//! /path/to/file.js:3
//! throw new Error('boom');
//! ^
//! Error: boom
//!     at Object.<anonymous> (/path/to/file.js:3:7)
//! ```

use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::{js_string, Context, JsError, JsNativeError, JsValue};

/// Converts any engine error into a JS value a handler can see. The
/// engine's own recursion limit becomes V8's `RangeError`.
pub fn error_value(ctx: &mut Context, err: JsError) -> JsValue {
    match err.into_opaque(ctx) {
        Ok(value) => value,
        Err(err) => {
            let native = match err.as_engine() {
                Some(EngineError::RuntimeLimit(
                    RuntimeLimitError::Recursion | RuntimeLimitError::StackSize,
                )) => JsNativeError::range().with_message("Maximum call stack size exceeded"),
                _ => JsNativeError::error().with_message(err.to_string()),
            };
            native.into_opaque(ctx).into()
        }
    }
}

/// Prints an error as Node does: where it happened (file:line, the source
/// line and a caret, when known), then its stack.
pub fn print_error(ctx: &mut Context, value: &JsValue) {
    let text = describe(ctx, value);
    let mut out = String::from("\n");
    if let Some((file, line, col)) = first_frame(&text) {
        let readable = crate::permissions::of(ctx).check_read(&file, true).is_ok();
        if let Some(source_line) = read_line(&file, line).filter(|_| readable) {
            // The column comes from `err.stack`, which a script can set to
            // anything: the caret stays within the line it points into.
            let col = col.min(source_line.chars().count() + 1);
            out.push_str(&format!(
                "{file}:{line}\n{source_line}\n{}^\n",
                " ".repeat(col.saturating_sub(1))
            ));
        }
    }
    out.push_str(&text);
    out.push('\n');
    crate::embed::write_stderr(ctx, &out);
}

/// The end of a run by an uncaught exception: kept as data for an
/// embedding host, and printed as Node does.
pub fn report_uncaught(ctx: &mut Context, value: &JsValue) {
    let error = crate::embed::ScriptError::from_value(ctx, value);
    ctx.insert_data(crate::embed::Uncaught(error));
    print_error(ctx, value);
}

/// `err.stack` when it is a string, else `String(err)`.
fn describe(ctx: &mut Context, value: &JsValue) -> String {
    if let Some(obj) = value.as_object() {
        if let Ok(stack) = obj.get(js_string!("stack"), ctx) {
            if let Some(s) = stack.as_string() {
                return s.to_std_string_escaped();
            }
        }
    }
    match value.to_string(ctx) {
        Ok(s) => s.to_std_string_escaped(),
        Err(_) => "[object]".to_owned(),
    }
}

/// The `(file:line:col)` of the first `    at ` line of a stack.
fn first_frame(stack: &str) -> Option<(String, usize, usize)> {
    let line = stack.lines().find(|l| l.trim_start().starts_with("at "))?;
    let inner = match (line.rfind('('), line.rfind(')')) {
        (Some(open), Some(close)) if open < close => &line[open + 1..close],
        _ => line.trim_start().strip_prefix("at ")?,
    };
    let mut parts = inner.rsplitn(3, ':');
    let col = parts.next()?.parse().ok()?;
    let line_no = parts.next()?.parse().ok()?;
    Some((parts.next()?.to_owned(), line_no, col))
}

/// Line `line` of `file`, if it is a regular file of sane size: the name
/// comes from `err.stack`, which a script may set to `/dev/zero`.
fn read_line(file: &str, line: usize) -> Option<String> {
    const MAX_SOURCE: u64 = 64 << 20;
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() || meta.len() > MAX_SOURCE {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let text = text.lines().nth(line.checked_sub(1)?)?.to_owned();
    Some(text)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::first_frame;

    #[test]
    fn first_frame_reads_file_line_col() {
        let stack = "Error: x\n    at f (/a/b.js:3:7)\n    at Object.<anonymous> (/a/b.js:9:1)";
        assert_eq!(first_frame(stack), Some(("/a/b.js".to_owned(), 3, 7)));
        assert_eq!(first_frame("Error: x"), None);
        let anonymous = "Error: x\n    at /a/b.js:2:5\n";
        assert_eq!(first_frame(anonymous), Some(("/a/b.js".to_owned(), 2, 5)));
    }
}
