//! `process.binding('vm')`: running code in this context or in a new one
//! (the manual's "Script" section). A new context is a separate Boa realm:
//! its own global object and built-ins. The sandbox's properties are copied
//! onto that global before the run and every enumerable global property is
//! copied back after it, as Node 0.4 did.

use std::path::Path;
use std::time::Duration;

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, Script, Source};

use crate::args;
use crate::errors::{range_error, type_error};
use crate::permissions::Permissions;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("setup", setup, 1),
            ("compile", compile, 2),
            ("runInThisContext", run_in_this_context, 2),
            ("runInNewContext", run_in_new_context, 3),
        ],
    )
}

fn filename(ctx: &mut Context, a: &[JsValue], i: usize) -> JsResult<String> {
    match a.get(i) {
        Some(v) if !v.is_undefined() => Ok(v.to_string(ctx)?.to_std_string_escaped()),
        _ => Ok("evalmachine.<anonymous>".to_owned()),
    }
}

/// js/internal/bootstrap.js's `installErrorStack(Error)`: V8's
/// `err.stack` ("Name: message" and the frames) and
/// `Error.captureStackTrace`, set up again in every new context.
struct ErrorStackInstaller(JsObject);

/// `setup(installErrorStack)`.
fn setup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    ctx.insert_data(ErrorStackInstaller(args::function(
        a,
        0,
        "installErrorStack",
    )?));
    Ok(JsValue::undefined())
}

/// Parses `code`, printing a syntax error to stderr before throwing it
/// (the manual: "prints the error to stderr and throws").
/// Parses `code`; a syntax error is also printed to stderr, as 0.4 did,
/// unless `display` is false (later node's `displayErrors: false`, which
/// the REPL uses).
fn parse(
    ctx: &mut Context,
    code: &str,
    file: &str,
    realm: Option<boa_engine::realm::Realm>,
    display: bool,
) -> JsResult<Script> {
    boa_engine::nesting::check_nesting(code.bytes())?;
    let src = Source::from_bytes(code.as_bytes()).with_path(Path::new(file));
    Script::parse(src, realm, ctx).map_err(|err| {
        let located = crate::modules::located_syntax_error(ctx, err, file, 0);
        if display {
            let value = crate::report::error_value(ctx, located.clone());
            crate::report::print_error(ctx, &value);
        }
        located
    })
}

/// `options.displayErrors` (default true).
fn display_errors(ctx: &mut Context, options: &JsValue) -> JsResult<bool> {
    Ok(option(ctx, options, "displayErrors")?.is_none_or(|v| v.to_boolean()))
}

/// `compile(code, filename)`: parses only, so `new Script` reports a
/// syntax error at creation.
fn compile(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::to_string(ctx, a, 0)?;
    let file = filename(ctx, a, 1)?;
    let display = display_errors(ctx, &args::arg(a, 2))?;
    parse(ctx, &code, &file, None, display)?;
    Ok(JsValue::undefined())
}

/// `runInThisContext(code, filename, [options])`: global scope, no
/// access to locals; `options.timeout` bounds the run.
fn run_in_this_context(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::to_string(ctx, a, 0)?;
    let file = filename(ctx, a, 1)?;
    let timeout = timeout_option(ctx, &args::arg(a, 2))?;
    let display = display_errors(ctx, &args::arg(a, 2))?;
    let script = parse(ctx, &code, &file, None, display)?;
    crate::limits::with_timeout(ctx, timeout, |ctx| script.evaluate(ctx))
}

/// `runInNewContext(code, sandbox, filename, [options])`: `options` may
/// bound the run (`timeout`, ms) and narrow what the context's code may
/// do (`permissions`, see [`permissions_option`]).
fn run_in_new_context(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::to_string(ctx, a, 0)?;
    let sandbox = match a.get(1).and_then(JsValue::as_object) {
        Some(obj) => obj,
        None => crate::host::new_object(ctx),
    };
    let file = filename(ctx, a, 2)?;
    let options = args::arg(a, 3);
    let timeout = timeout_option(ctx, &options)?;
    let narrowed = permissions_option(ctx, &options)?;
    let realm = ctx.create_realm()?;
    if let Some(permissions) = narrowed {
        crate::permissions::narrow_realm(ctx, &realm, permissions);
    }
    // The timeout's error is made outside the context, in the caller's realm.
    crate::limits::with_timeout(ctx, timeout, |ctx| {
        let outer = ctx.enter_realm(realm.clone());
        let result = run_in_realm(ctx, &code, &file, realm, &sandbox);
        ctx.enter_realm(outer);
        result
    })
}

/// `options[name]` when `options` is an object and it is set.
fn option(ctx: &mut Context, options: &JsValue, name: &str) -> JsResult<Option<JsValue>> {
    let Some(options) = options.as_object() else {
        return Ok(None);
    };
    let value = options.get(js_string!(name), ctx)?;
    Ok((!value.is_undefined()).then_some(value))
}

/// `options.timeout`: a positive number of milliseconds, or none.
fn timeout_option(ctx: &mut Context, options: &JsValue) -> JsResult<Option<Duration>> {
    let Some(value) = option(ctx, options, "timeout")? else {
        return Ok(None);
    };
    match value.as_number() {
        Some(ms) if ms.is_finite() && ms > 0.0 && ms < 1e12 => {
            Ok(Some(Duration::from_secs_f64(ms / 1000.0)))
        }
        _ => Err(range_error(
            "options.timeout must be a positive number of milliseconds",
        )),
    }
}

/// `options.permissions`: what the context's code may do, within what the
/// caller may. Keys are `process.permission.has`'s scopes: `'fs.read'`,
/// `'fs.write'`, `net`, `env` (each `true` or an array of paths, hosts or
/// names) and `child` (a boolean). A scope left out is denied.
fn permissions_option(ctx: &mut Context, options: &JsValue) -> JsResult<Option<Permissions>> {
    let Some(value) = option(ctx, options, "permissions")? else {
        return Ok(None);
    };
    let spec = value
        .as_object()
        .ok_or_else(|| type_error("options.permissions must be an object"))?;
    let mut p = Permissions::none();
    for scope in ["fs.read", "fs.write", "net", "env"] {
        let grant = spec.get(js_string!(scope), ctx)?;
        let list = match grant.as_object() {
            Some(list) if list.is_array() => Some(string_array(ctx, &list)?),
            _ if grant.is_undefined() || grant == JsValue::from(false) => continue,
            _ if grant == JsValue::from(true) => None,
            _ => {
                return Err(type_error(format!(
                    "options.permissions['{scope}'] must be true or an array of strings"
                )))
            }
        };
        p = p.clone().grant(scope, list.as_deref()).unwrap_or(p);
    }
    if spec.get(js_string!("child"), ctx)?.to_boolean() {
        p = p.allow_child_process();
    }
    Ok(Some(p))
}

fn string_array(ctx: &mut Context, list: &JsObject) -> JsResult<Vec<String>> {
    let len = list
        .get(js_string!("length"), ctx)?
        .to_length(ctx)?
        .min(1 << 16);
    let mut out = Vec::new();
    for i in 0..len {
        out.push(list.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped());
    }
    Ok(out)
}

fn run_in_realm(
    ctx: &mut Context,
    code: &str,
    file: &str,
    realm: boa_engine::realm::Realm,
    sandbox: &JsObject,
) -> JsResult<JsValue> {
    let installer = ctx.get_data::<ErrorStackInstaller>().map(|i| i.0.clone());
    if let Some(installer) = installer {
        let error: JsValue = ctx.intrinsics().constructors().error().constructor().into();
        installer.call(&JsValue::undefined(), &[error], ctx)?;
    }
    let global = ctx.global_object();
    copy_enumerable(ctx, sandbox, &global)?;
    let script = parse(ctx, code, file, Some(realm), true)?;
    let result = script.evaluate(ctx);
    copy_enumerable(ctx, &global, sandbox)?;
    result
}

/// Copies every own enumerable string-keyed property of `from` onto `to`.
fn copy_enumerable(ctx: &mut Context, from: &JsObject, to: &JsObject) -> JsResult<()> {
    let object = ctx.intrinsics().constructors().object().constructor();
    let keys_fn = object.get(js_string!("keys"), ctx)?;
    let keys = match keys_fn.as_callable() {
        Some(f) => f.call(&object.into(), &[from.clone().into()], ctx)?,
        None => return Ok(()),
    };
    let Some(keys) = keys.as_object() else {
        return Ok(());
    };
    let len = keys.get(js_string!("length"), ctx)?.to_length(ctx)?;
    for i in 0..len {
        let key = keys.get(i, ctx)?.to_property_key(ctx)?;
        let value = from.get(key.clone(), ctx)?;
        to.set(key, value, false, ctx)?;
    }
    Ok(())
}
