//! rnode patch: RegExp's legacy static properties (`RegExp.$1`–`$9`,
//! `input`/`$_`, `lastMatch`/`$&`, `lastParen`/`$+`, `leftContext`/`` $` ``,
//! `rightContext`/`$'`) as V8 has them: the last successful built-in
//! `exec` on this thread, read through accessors on `RegExp`, each with a
//! setter (only `input`'s does anything).
//!
//! Programs of Node's early days read `RegExp.$1` after `test` or
//! `replace`; Boa had none of these. Where the legacy RegExp features
//! proposal differs from V8 (a TypeError for a receiver other than
//! `%RegExp%`, no setters but `input`'s, invalidation after a subclass's
//! match), this follows V8, which is what Node programs met.

use std::cell::RefCell;

use regress::{Match, Range};

use crate::{
    Context, JsArgs, JsResult, JsString, JsValue,
    builtins::{BuiltInBuilder, builder::BuiltInConstructorWithPrototype},
    js_string,
    native_function::NativeFunctionPointer,
    property::Attribute,
    realm::Realm,
};

/// The last successful match.
#[derive(Default)]
struct LastMatch {
    /// `RegExp.input`: the last subject, or what a program assigned.
    input: JsString,
    /// The subject the ranges below index.
    subject: JsString,
    range: Range,
    /// Groups 1 to 9.
    parens: [Option<Range>; 9],
    /// The last group, if the expression has any.
    last_paren: Option<Option<Range>>,
}

thread_local! {
    static LAST_MATCH: RefCell<LastMatch> = RefCell::default();
}

/// Records a successful match of `subject` (from `RegExpBuiltinExec`).
pub(super) fn update(subject: &JsString, found: &Match) {
    LAST_MATCH.with(|last| {
        let mut last = last.borrow_mut();
        last.input = subject.clone();
        last.subject = subject.clone();
        last.range = found.range.clone();
        for (i, paren) in last.parens.iter_mut().enumerate() {
            *paren = found.captures.get(i).cloned().flatten();
        }
        last.last_paren = found.captures.last().cloned();
    });
}

/// The constructor's storage the accessors take: a getter and a setter
/// each.
pub(super) const STORAGE_SLOTS: usize = 2 * 19;

/// Adds the accessors to the `RegExp` constructor being built.
pub(super) fn add_accessors<'a>(
    realm: &Realm,
    mut regexp: BuiltInConstructorWithPrototype<'a>,
) -> BuiltInConstructorWithPrototype<'a> {
    let getters: [(&str, NativeFunctionPointer); STORAGE_SLOTS / 2] = [
        ("lastMatch", last_match),
        ("$&", last_match),
        ("lastParen", last_paren),
        ("$+", last_paren),
        ("leftContext", left_context),
        ("$`", left_context),
        ("rightContext", right_context),
        ("$'", right_context),
        ("$1", paren1),
        ("$2", paren2),
        ("$3", paren3),
        ("$4", paren4),
        ("$5", paren5),
        ("$6", paren6),
        ("$7", paren7),
        ("$8", paren8),
        ("$9", paren9),
        ("input", input),
        ("$_", input),
    ];
    let attribute = Attribute::CONFIGURABLE | Attribute::NON_ENUMERABLE;
    for (key, get) in getters {
        let getter = BuiltInBuilder::callable(realm, get)
            .name(js_string!(format!("get {key}")))
            .build();
        let set = if matches!(key, "input" | "$_") { set_input } else { ignore };
        let setter = BuiltInBuilder::callable(realm, set)
            .name(js_string!(format!("set {key}")))
            .length(1)
            .build();
        regexp = regexp.static_accessor(js_string!(key), Some(getter), Some(setter), attribute);
    }
    regexp
}

/// One getter per property: `$body` of the last match.
macro_rules! getters {
    ($($name:ident => |$m:ident| $body:expr;)*) => {
        $(fn $name(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
            Ok(LAST_MATCH.with(|last| {
                let $m = &*last.borrow();
                $body
            }).into())
        })*
    };
}

getters! {
    last_match => |m| part(m, Some(m.range.clone()));
    last_paren => |m| part(m, m.last_paren.clone().flatten());
    left_context => |m| part(m, Some(0..m.range.start));
    right_context => |m| part(m, Some(m.range.end..m.subject.len()));
    paren1 => |m| part(m, m.parens[0].clone());
    paren2 => |m| part(m, m.parens[1].clone());
    paren3 => |m| part(m, m.parens[2].clone());
    paren4 => |m| part(m, m.parens[3].clone());
    paren5 => |m| part(m, m.parens[4].clone());
    paren6 => |m| part(m, m.parens[5].clone());
    paren7 => |m| part(m, m.parens[6].clone());
    paren8 => |m| part(m, m.parens[7].clone());
    paren9 => |m| part(m, m.parens[8].clone());
    input => |m| m.input.clone();
}

/// `subject[range]`, or `""` for a group that did not take part.
fn part(m: &LastMatch, range: Option<Range>) -> JsString {
    range
        .and_then(|r| m.subject.get(r))
        .unwrap_or_default()
}

/// `RegExp.input = value`.
fn set_input(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = args.get_or_undefined(0).to_string(context)?;
    LAST_MATCH.with(|last| last.borrow_mut().input = input);
    Ok(JsValue::undefined())
}

/// The other setters (V8's accept and drop the value).
fn ignore(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}
