//! `process.binding('vm')`: running code in this context or in a new one
//! (the manual's "Script" section). A new context is a separate Boa realm:
//! its own global object and built-ins. The sandbox's properties are copied
//! onto that global before the run and every enumerable global property is
//! copied back after it, as Node 0.4 did.

use std::path::Path;

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, Script, Source};

use crate::args;

pub fn binding(ctx: &mut Context) -> JsObject {
    super::object_with(
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
fn parse(
    ctx: &mut Context,
    code: &str,
    file: &str,
    realm: Option<boa_engine::realm::Realm>,
) -> JsResult<Script> {
    let src = Source::from_bytes(code.as_bytes()).with_path(Path::new(file));
    Script::parse(src, realm, ctx).map_err(|err| {
        let located = crate::modules::located_syntax_error(ctx, err, file);
        let value = crate::report::error_value(ctx, located.clone());
        crate::report::print_error(ctx, &value);
        located
    })
}

/// `compile(code, filename)`: parses only, so `new Script` reports a
/// syntax error at creation.
fn compile(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::to_string(ctx, a, 0)?;
    let file = filename(ctx, a, 1)?;
    parse(ctx, &code, &file, None)?;
    Ok(JsValue::undefined())
}

/// `runInThisContext(code, filename)`: global scope, no access to locals.
fn run_in_this_context(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::to_string(ctx, a, 0)?;
    let file = filename(ctx, a, 1)?;
    parse(ctx, &code, &file, None)?.evaluate(ctx)
}

/// `runInNewContext(code, sandbox, filename)`.
fn run_in_new_context(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args::to_string(ctx, a, 0)?;
    let sandbox = match a.get(1).and_then(JsValue::as_object) {
        Some(obj) => obj,
        None => super::new_object(ctx),
    };
    let file = filename(ctx, a, 2)?;
    let realm = ctx.create_realm()?;
    let outer = ctx.enter_realm(realm.clone());
    let result = run_in_realm(ctx, &code, &file, realm, &sandbox);
    ctx.enter_realm(outer);
    result
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
    let script = parse(ctx, code, file, Some(realm))?;
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
