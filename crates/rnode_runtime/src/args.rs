//! Argument helpers for native functions: missing arguments read as
//! `undefined`, wrong types become `TypeError`s naming the argument.

use boa_engine::{Context, JsObject, JsResult, JsValue};

use crate::errors::type_error;

pub fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// A required string argument (strings only: no coercion).
pub fn string(args: &[JsValue], i: usize, name: &str) -> JsResult<String> {
    match args.get(i).and_then(JsValue::as_string) {
        Some(s) => Ok(s.to_std_string_escaped()),
        None => Err(type_error(format!("{name} must be a string"))),
    }
}

/// A string, coercing other values the way `String(x)` would.
pub fn to_string(ctx: &mut Context, args: &[JsValue], i: usize) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_escaped())
}

/// A required number argument (numbers only: no coercion).
pub fn number(args: &[JsValue], i: usize, name: &str) -> JsResult<f64> {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) => Ok(n),
        None => Err(type_error(format!("{name} must be a number"))),
    }
}

/// A required integer argument that fits `i32`.
pub fn int(args: &[JsValue], i: usize, name: &str) -> JsResult<i32> {
    let n = number(args, i, name)?;
    if n.fract() != 0.0 || n < f64::from(i32::MIN) || n > f64::from(i32::MAX) {
        return Err(type_error(format!("{name} must be an integer")));
    }
    Ok(n as i32)
}

pub fn object(args: &[JsValue], i: usize, name: &str) -> JsResult<JsObject> {
    args.get(i)
        .and_then(JsValue::as_object)
        .ok_or_else(|| type_error(format!("{name} must be an object")))
}

pub fn function(args: &[JsValue], i: usize, name: &str) -> JsResult<JsObject> {
    args.get(i)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| type_error(format!("{name} must be a function")))
}
