//! `cargo xtask ci`: everything CI checks (README's test command; `.ci/run`
//! runs it on a clean clone), in order, each step timed:
//!
//! 1. `deps`: no build script compiles C++, and only ring and mimalloc C.
//! 2. `cargo test --workspace` with `CXX=false`: the Rust tests, the
//!    conformance suite (on rnode, then on node), Node 0.4's own tests and
//!    the fuzzer; a build script that reaches for a C++ compiler fails it.
//! 3. The slim build (`--no-default-features`) with `CC=false CXX=false`:
//!    no C compiler at all; its conformance run skips the left-out modules.
//! 4. `dist`: the static binary builds and runs in an empty chroot (on a
//!    Linux host; elsewhere the step says it is skipped).

use std::path::Path;
use std::time::{Duration, Instant};

use crate::{cargo, conformance};

pub fn run(root: &Path) -> i32 {
    let started = Instant::now();
    let steps: [(&str, &dyn Fn() -> bool); 4] = [
        ("deps: what build scripts compile", &|| {
            crate::deps::run(root) == 0
        }),
        ("cargo test --workspace (CXX=false)", &|| {
            workspace_tests(root)
        }),
        (
            "slim build and its conformance run (CC=false CXX=false)",
            &|| slim(root),
        ),
        ("static binary (cargo xtask dist)", &|| static_binary(root)),
    ];
    for (i, (name, step)) in steps.iter().enumerate() {
        println!("\n==== ci step {}/{}: {name} ====", i + 1, steps.len());
        let t = Instant::now();
        let ok = step();
        println!(
            "==== {name}: {} in {} ====",
            if ok { "ok" } else { "FAILED" },
            secs(t.elapsed())
        );
        if !ok {
            return 1;
        }
    }
    println!("\nci: all steps passed in {}", secs(started.elapsed()));
    0
}

fn secs(d: Duration) -> String {
    format!("{:.0} s", d.as_secs_f64())
}

/// The static binary is a Linux build: other hosts skip the step, saying so.
fn static_binary(root: &Path) -> bool {
    let host = crate::deps::host_triple();
    if !host.contains("linux") {
        println!("skipped: the static build is for Linux hosts (this is {host})");
        return true;
    }
    crate::dist::run(root, &[]) == 0
}

fn workspace_tests(root: &Path) -> bool {
    let status = cargo(root)
        .args(["test", "--workspace"])
        .env("CXX", "false")
        .status();
    status.is_ok_and(|s| s.success())
}

/// Builds the CLI without its optional modules (and without mimalloc) in
/// `target/slim`, with no C or C++ compiler, and runs the conformance
/// suite on it.
fn slim(root: &Path) -> bool {
    let built = cargo(root)
        .args(["build", "-p", "rnode", "--no-default-features"])
        .env("CARGO_TARGET_DIR", root.join("target/slim"))
        .env("CC", "false")
        .env("CXX", "false")
        .status();
    if !built.is_ok_and(|s| s.success()) {
        eprintln!("xtask ci: the slim build failed");
        return false;
    }
    let runtime = root.join("target/slim/debug/rnode");
    let left_out = conformance::left_out_modules(&runtime);
    if left_out.is_empty() {
        eprintln!("xtask ci: the slim build should leave modules out, but lists none");
        return false;
    }
    let options = conformance::Options {
        runtime,
        is_node: false,
        filter: None,
        jobs: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2),
        timeout: Duration::from_secs(60),
        left_out,
    };
    conformance::run(root, &options).failed == 0
}
