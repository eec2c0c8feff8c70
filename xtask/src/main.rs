//! Project tasks: `cargo xtask conformance [filter] [--runtime node|PATH]`,
//! `cargo xtask node04 [filter] [--runtime PATH] [--update]`,
//! `cargo xtask bench [name]`, `cargo xtask test262 [dir…]`,
//! `cargo xtask fuzz [--seed N] [--runs N] [--calls N]`, and the
//! portability checks `cargo xtask deps` and `cargo xtask dist`;
//! `cargo xtask ci` runs everything CI checks.

mod bench;
mod bench_repl;
mod ci;
mod conformance;
mod deps;
mod dist;
mod fuzz;
mod node04;
mod test262;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const USAGE: &str = "usage: cargo xtask ci
       cargo xtask deps
       cargo xtask dist [--profile release|min-size]
       cargo xtask conformance [FILTER] [--runtime node|PATH] [--jobs N]
       cargo xtask node04 [FILTER] [--runtime PATH] [--timeout SECS] [--update]
       cargo xtask bench [startup|...]
       cargo xtask fuzz [--seed FIRST] [--runs N] [--calls N] [--jobs N] [--timeout SECS]
       cargo xtask test262 [DIR|FILE...] [--engine PATH|node] [--test262 DIR] [--jobs N]
                           [--results FILE] [--failures]   (DIR relative to $TEST262_DIR)";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = conformance::workspace_root();
    let code = match args.first().map(String::as_str) {
        Some("ci") => ci::run(&root),
        Some("deps") => deps::run(&root),
        Some("dist") => dist::run(&root, &args[1..]),
        Some("conformance") => run_conformance(&root, &args[1..]),
        Some("node04") => run_node04(&node04::workspace_root(), &args[1..]),
        Some("bench") => bench::run(&root, &args[1..]),
        Some("test262") => run_test262(&root, &args[1..]),
        Some("fuzz") => run_fuzz(&root, &args[1..]),
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    std::process::exit(code);
}

fn run_fuzz(root: &Path, args: &[String]) -> i32 {
    let Some(runtime) = build_rnode(root, false) else {
        return 1;
    };
    let mut options = fuzz::Options {
        runtime,
        first_seed: 1,
        runs: 1000,
        calls: 300,
        jobs: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2),
        timeout: Duration::from_secs(20),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = it.next().and_then(|v| v.parse::<u64>().ok());
        match (arg.as_str(), value) {
            ("--seed", Some(n)) => options.first_seed = n,
            ("--runs", Some(n)) => options.runs = n,
            ("--calls", Some(n)) => options.calls = n.min(u64::from(u32::MAX)) as u32,
            ("--jobs", Some(n)) => options.jobs = n as usize,
            ("--timeout", Some(n)) => options.timeout = Duration::from_secs(n),
            _ => {
                eprintln!("{USAGE}");
                return 2;
            }
        }
    }
    let report = fuzz::run(root, &options);
    i32::from(!report.failures.is_empty())
}

fn run_conformance(root: &Path, args: &[String]) -> i32 {
    let mut runtime = None;
    let mut filter = None;
    let mut jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runtime" => runtime = it.next().cloned(),
            "--jobs" => jobs = it.next().and_then(|n| n.parse().ok()).unwrap_or(jobs),
            _ => filter = Some(arg.clone()),
        }
    }
    let (runtime, is_node) = match runtime.as_deref() {
        Some("node") => (PathBuf::from("node"), true),
        // Tests run in their own directories: make a relative path absolute.
        Some(path) => (
            std::path::absolute(path).unwrap_or_else(|_| PathBuf::from(path)),
            false,
        ),
        None => match build_rnode(root, false) {
            Some(path) => (path, false),
            None => return 1,
        },
    };
    let left_out = match is_node {
        true => Vec::new(),
        false => conformance::left_out_modules(&runtime),
    };
    let options = conformance::Options {
        runtime,
        is_node,
        filter,
        jobs,
        timeout: Duration::from_secs(60),
        left_out,
    };
    let outcome = conformance::run(root, &options);
    i32::from(outcome.failed > 0)
}

/// Node v0.4.12's own `test/simple` and `test/message` (vendored under
/// `tests/node-v0.4/`), checked against its expected-failures list.
fn run_node04(root: &Path, args: &[String]) -> i32 {
    let mut runtime = None;
    let mut filter = None;
    let mut update = false;
    let mut timeout = node04::DEFAULT_TIMEOUT;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--runtime" => runtime = it.next().cloned(),
            "--update" => update = true,
            "--timeout" => match it.next().and_then(|s| s.parse().ok()) {
                Some(secs) => timeout = Duration::from_secs(secs),
                None => {
                    eprintln!("{USAGE}");
                    return 2;
                }
            },
            flag if flag.starts_with('-') => {
                eprintln!("xtask node04: unknown option {flag}\n{USAGE}");
                return 2;
            }
            _ => filter = Some(arg.clone()),
        }
    }
    let runtime = match runtime {
        // A bare name is looked up on PATH; a path is made absolute, as
        // the tests run from the suite's directory.
        Some(name) if !name.contains('/') => PathBuf::from(name),
        Some(path) => std::path::absolute(&path).unwrap_or_else(|_| PathBuf::from(path)),
        None => match build_rnode(root, false) {
            Some(path) => path,
            None => return 1,
        },
    };
    let options = node04::Options {
        runtime,
        filter,
        timeout,
        update,
    };
    let outcome = node04::run(root, &options);
    i32::from(outcome.failed > 0)
}

/// A `cargo` command (the one running xtask) in the workspace root.
pub fn cargo(root: &Path) -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root);
    cmd
}

/// Builds rnode (debug or release) and returns the binary's path.
pub fn build_rnode(root: &Path, release: bool) -> Option<PathBuf> {
    let mut cmd = cargo(root);
    cmd.args(["build", "--quiet", "-p", "rnode"]);
    if release {
        cmd.arg("--release");
    }
    match cmd.status() {
        Ok(s) if s.success() => Some(
            root.join("target")
                .join(if release { "release" } else { "debug" })
                .join("rnode"),
        ),
        _ => {
            eprintln!("xtask: building rnode failed");
            None
        }
    }
}

fn run_test262(root: &Path, args: &[String]) -> i32 {
    let mut engine = None;
    let mut test262 = std::env::var_os("TEST262_DIR").map(PathBuf::from);
    let mut paths = Vec::new();
    let mut results = None;
    let mut show_failures = false;
    let mut jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--engine" => engine = it.next().cloned(),
            "--test262" => test262 = it.next().map(PathBuf::from),
            "--jobs" => jobs = it.next().and_then(|n| n.parse().ok()).unwrap_or(jobs),
            "--results" => results = it.next().map(PathBuf::from),
            "--failures" => show_failures = true,
            _ => paths.push(arg.clone()),
        }
    }
    let Some(test262) = test262 else {
        eprintln!(
            "xtask test262: set TEST262_DIR (or --test262) to a checkout of \
             https://github.com/tc39/test262"
        );
        return 2;
    };
    if paths.is_empty() {
        paths.push("test".to_string());
    }
    let engine = match engine.as_deref() {
        Some("node") => PathBuf::from("node"),
        Some(path) => std::path::absolute(path).unwrap_or_else(|_| PathBuf::from(path)),
        None => match build_rnode(root, false) {
            Some(path) => path,
            None => return 1,
        },
    };
    test262::run(&test262::Options {
        engine,
        test262: std::path::absolute(&test262).unwrap_or(test262),
        paths,
        jobs,
        timeout: Duration::from_secs(30),
        results,
        show_failures,
    })
}
