//! The Rust half of the CommonJS loader (`js/internal/module.js` is the
//! other half): the embedded core JS sources and the compiler that wraps a
//! module's source in Node's function wrapper.
//!
//! Spec: the manual's "Modules" section.

use std::path::Path;

use boa_engine::{js_string, Context, JsNativeError, JsResult, JsValue, Script, Source};

use crate::args;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/js_sources.rs"));
}

/// Text placed before a module's source; it stays on line 1 so line
/// numbers in stack traces match the file.
pub const WRAPPER_HEAD: &str = "(function (exports, require, module, __filename, __dirname) { ";
const WRAPPER_TAIL: &str = "\n})";
/// Under the debugger: a direct `eval` the parser sees (never run) keeps
/// every variable of the module and its functions in an environment,
/// where the debugger's `print` can read it.
const DEBUG_WRAPPER_TAIL: &str = "\n;if (false) eval('');})";

/// The embedded source of core module `id` (`"events"`, `"internal/module"`).
pub fn core_source(id: &str) -> Option<&'static str> {
    embedded::SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, src)| *src)
}

/// The core modules this build leaves out, each with the cargo feature
/// that would bring it (`("net", "net")`, `("https", "tls")`).
pub fn left_out() -> &'static [(&'static str, &'static str)] {
    embedded::LEFT_OUT
}

/// Ids of the public core modules (those not under `internal/`).
pub fn core_ids() -> impl Iterator<Item = &'static str> {
    embedded::SOURCES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !name.starts_with("internal/"))
}

/// Compiles `source` wrapped in `head … tail` and returns the function value.
/// A syntax error gets a `stack` naming `filename:line:col`, which the
/// uncaught-exception report uses to show the offending line.
pub fn compile_wrapped(
    ctx: &mut Context,
    head: &str,
    source: &str,
    filename: &str,
) -> JsResult<JsValue> {
    let body = strip_shebang(source);
    boa_engine::nesting::check_nesting(body.bytes())?;
    let tail = if boa_engine::vm::debug::debug_info() {
        DEBUG_WRAPPER_TAIL
    } else {
        WRAPPER_TAIL
    };
    let mut text = String::with_capacity(head.len() + body.len() + tail.len());
    text.push_str(head);
    text.push_str(&body);
    text.push_str(tail);
    let src = Source::from_bytes(text.as_bytes()).with_path(Path::new(filename));
    // Line 1 starts with the wrapper: positions there are reported in the
    // program's own columns (the parser's errors here, the compiled code's
    // through the engine's first-line offset).
    let offset = head.chars().count();
    let script = Script::parse(src, None, ctx)
        .map_err(|err| located_syntax_error(ctx, err, filename, offset))?;
    let offset = u32::try_from(offset).unwrap_or(0);
    boa_engine::bytecompiler::with_first_line_column_offset(offset, || script.codeblock(ctx))?;
    script.evaluate(ctx)
}

/// A `#!` first line becomes a comment of the same length, so positions hold.
fn strip_shebang(source: &str) -> std::borrow::Cow<'_, str> {
    match source.strip_prefix("#!") {
        Some(rest) => std::borrow::Cow::Owned(format!("//{rest}")),
        None => std::borrow::Cow::Borrowed(source),
    }
}

/// A parse error as a JS `SyntaxError` whose stack names `filename:line:col`.
/// `first_line_offset`: the length of a wrapper in front of line 1.
pub fn located_syntax_error(
    ctx: &mut Context,
    err: boa_engine::JsError,
    filename: &str,
    first_line_offset: usize,
) -> boa_engine::JsError {
    let message = match err.as_native() {
        Some(native) => native.message().to_owned(),
        None => err.to_string(),
    };
    let (line, col) = parse_position(&message).unwrap_or((1, 1));
    let col = match line {
        1 => col.saturating_sub(first_line_offset).max(1),
        _ => col,
    };
    // The message names the position too: the program's own column.
    let message = match message.rfind("at line ") {
        Some(at) if line == 1 && first_line_offset > 0 => {
            format!("{}at line {line}, col {col}", &message[..at])
        }
        _ => message,
    };
    let obj = JsNativeError::syntax()
        .with_message(message.clone())
        .into_opaque(ctx);
    let stack = format!("SyntaxError: {message}\n    at {filename}:{line}:{col}");
    let _ = obj.set(js_string!("stack"), js_string!(stack), false, ctx);
    boa_engine::JsError::from_opaque(obj.into())
}

/// Boa's parse errors end in `at line L, col C`.
fn parse_position(message: &str) -> Option<(usize, usize)> {
    let at = message.rfind("at line ")?;
    let rest = &message[at + "at line ".len()..];
    let (line, rest) = rest.split_once(", col ")?;
    let col: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, col.parse().ok()?))
}

/// `natives.compile(source, filename)`: the module wrapper function.
pub fn js_compile(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = args::string(a, 0, "source")?;
    let filename = args::string(a, 1, "filename")?;
    compile_wrapped(ctx, WRAPPER_HEAD, &source, &filename)
}

/// `natives.source(id)`: an embedded core module's source, or `undefined`.
pub fn js_source(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let id = args::string(a, 0, "id")?;
    Ok(core_source(&id)
        .map(|s| js_string!(s).into())
        .unwrap_or_default())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::parse_position;

    #[test]
    fn reads_boa_parse_positions() {
        assert_eq!(
            parse_position("unexpected token at line 3, col 14"),
            Some((3, 14))
        );
        assert_eq!(parse_position("no position"), None);
    }
}
