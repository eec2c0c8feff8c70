//! rnode patch: a bound on how deeply source text nests before it reaches
//! the parser. `boa_parser` is a recursive-descent parser that uses the Rust
//! stack for each level of `(`, `[` and `{`: `eval` of 100,000 nested
//! parentheses overflowed the stack and aborted the process. V8 answers
//! such input with `RangeError: Maximum call stack size exceeded`; so does
//! this check, before parsing.

use crate::{JsNativeError, JsResult};

/// Deepest nesting of brackets accepted (V8 gives up in the same region).
pub const MAX_NESTING: usize = 5_000;

/// Fails when `source` (UTF-16 code units or bytes) nests brackets deeper
/// than [`MAX_NESTING`]. Brackets inside string and template literals and
/// comments do not count; regular expression literals are not recognised
/// (their brackets count), which only matters past the bound.
pub fn check_nesting<I>(source: I) -> JsResult<()>
where
    I: IntoIterator,
    I::Item: Into<u32>,
{
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut chars = source.into_iter().map(Into::into).peekable();
    while let Some(c) = chars.next() {
        match char::from_u32(c).unwrap_or('\u{fffd}') {
            '(' | '[' | '{' => {
                depth += 1;
                max = max.max(depth);
                if max > MAX_NESTING {
                    return Err(JsNativeError::range()
                        .with_message("Maximum call stack size exceeded")
                        .into());
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            quote @ ('\'' | '"' | '`') => {
                while let Some(c) = chars.next() {
                    match char::from_u32(c) {
                        Some('\\') => {
                            chars.next();
                        }
                        Some(end) if end == quote => break,
                        Some('\n') if quote != '`' => break,
                        _ => {}
                    }
                }
            }
            '/' => match chars.peek().copied().and_then(char::from_u32) {
                Some('/') => {
                    for c in chars.by_ref() {
                        if c == u32::from('\n') {
                            break;
                        }
                    }
                }
                Some('*') => {
                    chars.next();
                    let mut star = false;
                    for c in chars.by_ref() {
                        if star && c == u32::from('/') {
                            break;
                        }
                        star = c == u32::from('*');
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_brackets_outside_literals() {
        let deep = "(".repeat(MAX_NESTING + 1);
        assert!(check_nesting(deep.bytes()).is_err());
        let quoted = format!("'{deep}'");
        assert!(check_nesting(quoted.bytes()).is_ok());
        let commented = format!("/* {deep} */ // {deep}");
        assert!(check_nesting(commented.bytes()).is_ok());
        assert!(check_nesting("f((a), [b], {c: 1})".bytes()).is_ok());
    }
}
