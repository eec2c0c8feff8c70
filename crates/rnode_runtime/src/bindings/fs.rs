//! `process.binding('fs')`: file-system calls. For now the ones the module
//! loader needs; the fs module builds on the same binding.

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::args;
use crate::errors::OsError;

pub fn binding(ctx: &mut Context) -> JsObject {
    super::object_with(
        ctx,
        &[
            ("internalStat", internal_stat, 1),
            ("readFileUtf8", read_file_utf8, 1),
            ("realpathSync", realpath_sync, 1),
        ],
    )
}

/// `internalStat(path)`: 1 for a file, 2 for a directory, 0 otherwise.
/// Cheap and error-free: the loader probes many candidate paths.
fn internal_stat(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let path = args::string(a, 0, "path")?;
    let kind = match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 1,
        Err(_) => 0,
    };
    Ok(JsValue::from(kind))
}

/// `readFileUtf8(path)`: the whole file as a string (invalid UTF-8 is
/// replaced with U+FFFD).
fn read_file_utf8(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = args::string(a, 0, "path")?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(js_string!(String::from_utf8_lossy(&bytes).as_ref()).into()),
        Err(e) => Err(OsError::from_io(&e, "open", Some(path)).into_js(ctx)),
    }
}

fn realpath_sync(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = args::string(a, 0, "path")?;
    match std::fs::canonicalize(&path) {
        Ok(p) => Ok(js_string!(p.to_string_lossy().as_ref()).into()),
        Err(e) => Err(OsError::from_io(&e, "realpath", Some(path)).into_js(ctx)),
    }
}
