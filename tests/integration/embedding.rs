//! The embedding examples run as an embedder would run them (cargo builds
//! examples before tests), and the slim build (`--no-default-features`:
//! the pure modules alone) compiles and runs.

use std::path::PathBuf;
use std::process::Command;

/// `target/<profile>/examples/<name>`, next to the rnode binary.
fn example(name: &str) -> PathBuf {
    let rnode = PathBuf::from(env!("CARGO_BIN_EXE_rnode"));
    rnode
        .parent()
        .expect("rnode has a directory")
        .join("examples")
        .join(name)
}

fn run_example(name: &str) -> String {
    let path = example(name);
    assert!(path.is_file(), "{} was not built", path.display());
    let out = Command::new(&path).output().expect("example starts");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{name} failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn embed_example_runs() {
    let out = run_example("embed");
    assert!(out.contains(r#""greeting":"hello, Rust""#), "{out}");
}

#[test]
fn embed_sandbox_example_runs() {
    let out = run_example("embed_sandbox");
    assert!(out.contains("the host is still here"), "{out}");
}

#[test]
fn embed_async_example_runs() {
    let out = run_example("embed_async");
    assert!(out.contains("exit code 0"), "{out}");
}

/// Builds the runtime without its optional modules and runs a script on
/// what is left. In a target directory of its own (`target/slim`): a
/// second build of the crates in the main one would leave two copies of
/// the engine there, which the doc tests cannot link against.
#[test]
fn slim_build_runs_the_pure_modules() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args([
            "run",
            "-q",
            "-p",
            "rnode_runtime",
            "--no-default-features",
            "--example",
            "slim",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARGO_TARGET_DIR", slim_target_dir())
        .output()
        .expect("cargo starts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "slim build failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "no net: No such module: net (this rnode was built without its 'net' feature)"
        ),
        "{stdout}"
    );
}

/// `<workspace>/target/slim` (or under `CARGO_TARGET_DIR` when set).
fn slim_target_dir() -> PathBuf {
    let rnode = PathBuf::from(env!("CARGO_BIN_EXE_rnode"));
    // target/<profile>/rnode → target
    match rnode.parent().and_then(std::path::Path::parent) {
        Some(target) => target.join("slim"),
        None => PathBuf::from("target/slim"),
    }
}
