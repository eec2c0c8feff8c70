//! The conformance runner: runs every `conformance/**/test-*.js` file as
//! its own process (rnode, or `node` to prove a test encodes real Node
//! behaviour), in parallel, and prints a per-module table ending in
//! `N passed, M failed`. A test passes when it exits 0 within the time limit.
//!
//! Shared by `cargo xtask conformance` and the `conformance` test target
//! (`cargo test`), which includes this file.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Options {
    /// The program that runs each test file.
    pub runtime: PathBuf,
    /// True when `runtime` is real Node: files marked `// rnode-only` are skipped.
    pub is_node: bool,
    /// Only tests whose path contains this.
    pub filter: Option<String>,
    pub jobs: usize,
    pub timeout: Duration,
    /// Core modules the runtime was built without (`left_out_modules`):
    /// tests that require one are skipped, and the summary says so.
    pub left_out: Vec<String>,
}

/// The core modules `runtime` leaves out (a build without some of the
/// runtime crate's features): rnode lists them in its natives binding.
/// Empty for node, and for an rnode that has them all.
pub fn left_out_modules(runtime: &Path) -> Vec<String> {
    let out = Command::new(runtime)
        .args([
            "-e",
            "var n = process.binding('natives');\
                      console.log(Object.keys(n.leftOut || {}).join(' '))",
        ])
        .output();
    match out {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

/// The first left-out module the test at `path` (whose text is `source`)
/// requires, itself or through a helper it requires by a relative path
/// (`require('../fixtures/sandbox/run')`).
fn needs_left_out<'a>(path: &Path, source: &str, left_out: &'a [String]) -> Option<&'a str> {
    if left_out.is_empty() {
        return None;
    }
    let requires = |text: &str, m: &str| {
        text.contains(&format!("require('{m}')")) || text.contains(&format!("require(\"{m}\")"))
    };
    let dir = path.parent().unwrap_or(path);
    let helpers: Vec<String> = source
        .split("require('.")
        .skip(1)
        .filter_map(|rest| rest.split('\'').next())
        .filter_map(|rel| {
            let file = dir.join(format!(".{rel}"));
            std::fs::read_to_string(file.with_extension("js"))
                .or_else(|_| std::fs::read_to_string(&file))
                .ok()
        })
        .collect();
    left_out
        .iter()
        .find(|m| requires(source, m) || helpers.iter().any(|h| requires(h, m)))
        .map(String::as_str)
}

pub struct Outcome {
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
}

struct TestResult {
    module: String,
    name: String,
    status: Status,
    output: String,
    elapsed: Duration,
}

#[derive(PartialEq)]
enum Status {
    Pass,
    Fail,
    Skip,
}

/// The directory holding `conformance/`, found upwards from this crate.
pub fn workspace_root() -> PathBuf {
    let start = Path::new(env!("CARGO_MANIFEST_DIR"));
    start
        .ancestors()
        .find(|dir| dir.join("conformance/common.js").is_file())
        .unwrap_or(start)
        .to_path_buf()
}

/// Every test file under `conformance/`, sorted.
pub fn discover(root: &Path, filter: Option<&str>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    walk(&root.join("conformance"), &mut found);
    found.retain(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        name.starts_with("test-")
            && name.ends_with(".js")
            && filter.is_none_or(|f| p.to_string_lossy().contains(f))
    });
    found.sort();
    found
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "fixtures" && name != "tmp" {
                walk(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

pub fn run(root: &Path, options: &Options) -> Outcome {
    let tests = discover(root, options.filter.as_deref());
    let scratch = root.join("target/conformance-tmp");
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..options.jobs.max(1) {
            let (tests, next, results, scratch) = (&tests, &next, &results, &scratch);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(test) = tests.get(i) else { break };
                let result = run_one(
                    root,
                    test,
                    options,
                    &scratch.join(format!("w{worker}")),
                    worker,
                );
                report_line(&result);
                if let Ok(mut r) = results.lock() {
                    r.push(result);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    if !options.left_out.is_empty() {
        println!(
            "\nthis build leaves out {}: the tests that require them are skipped",
            options.left_out.join(", ")
        );
    }
    summarize(&results)
}

fn run_one(root: &Path, test: &Path, options: &Options, tmp: &Path, worker: usize) -> TestResult {
    let rel = test.strip_prefix(root.join("conformance")).unwrap_or(test);
    let module = rel
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = rel.to_string_lossy().into_owned();
    let source = std::fs::read_to_string(test).unwrap_or_default();
    let header = || source.lines().take(5).map(str::trim);
    let skipped_here = (options.is_node && header().any(|l| l.starts_with("// rnode-only")))
        || needs_left_out(test, &source, &options.left_out).is_some();
    if skipped_here {
        return TestResult {
            module,
            name,
            status: Status::Skip,
            output: String::new(),
            elapsed: Duration::ZERO,
        };
    }
    let _ = std::fs::remove_dir_all(tmp);
    let _ = std::fs::create_dir_all(tmp);
    let started = Instant::now();
    // `// Flags: --x --y` lines (as in Node's own tests) are node's options:
    // e.g. `--openssl-legacy-provider` for ciphers node 20 keeps apart.
    let node_flags: Vec<&str> = match options.is_node {
        true => header()
            .filter_map(|l| l.strip_prefix("// Flags:"))
            .flat_map(str::split_whitespace)
            .collect(),
        false => Vec::new(),
    };
    let child = Command::new(&options.runtime)
        .args(node_flags)
        .arg(test)
        .current_dir(test.parent().unwrap_or(root))
        .env("RNODE_TEST_TMPDIR", tmp)
        .env("RNODE_TEST_PORT", (20000 + worker * 100).to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let (status, output) = match child {
        Ok(child) => wait_with_timeout(child, options.timeout),
        Err(err) => (
            Status::Fail,
            format!("cannot start {}: {err}", options.runtime.display()),
        ),
    };
    TestResult {
        module,
        name,
        status,
        output,
        elapsed: started.elapsed(),
    }
}

fn wait_with_timeout(mut child: std::process::Child, timeout: Duration) -> (Status, String) {
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || read_all(stdout.as_mut()));
    let err_reader = std::thread::spawn(move || read_all(stderr.as_mut()));
    let deadline = Instant::now() + timeout;
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Ok(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("timed out after {}s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(err) => break Err(err.to_string()),
        }
    };
    let mut output = out_reader.join().unwrap_or_default();
    output.push_str(&err_reader.join().unwrap_or_default());
    match exit {
        Ok(status) if status.success() => (Status::Pass, output),
        Ok(status) => (Status::Fail, format!("{output}\n[exit: {status}]")),
        Err(why) => (Status::Fail, format!("{output}\n[{why}]")),
    }
}

fn read_all(stream: Option<&mut impl Read>) -> String {
    let mut buf = Vec::new();
    if let Some(s) = stream {
        let _ = s.read_to_end(&mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

fn report_line(result: &TestResult) {
    let mark = match result.status {
        Status::Pass => "ok  ",
        Status::Fail => "FAIL",
        Status::Skip => "skip",
    };
    println!("{mark} {} ({} ms)", result.name, result.elapsed.as_millis());
    if result.status == Status::Fail {
        let tail: Vec<&str> = result.output.lines().rev().take(25).collect();
        for line in tail.into_iter().rev() {
            println!("     | {line}");
        }
    }
}

fn summarize(results: &[TestResult]) -> Outcome {
    let mut table: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for r in results {
        let row = table.entry(r.module.as_str()).or_default();
        match r.status {
            Status::Pass => row[0] += 1,
            Status::Fail => row[1] += 1,
            Status::Skip => row[2] += 1,
        }
    }
    println!(
        "\n{:<20} {:>6} {:>6} {:>7}",
        "module", "passed", "failed", "skipped"
    );
    for (module, [p, f, s]) in &table {
        println!("{module:<20} {p:>6} {f:>6} {s:>7}");
    }
    let sum = |i: usize| table.values().map(|row| row[i]).sum::<usize>();
    let outcome = Outcome {
        passed: sum(0),
        failed: sum(1),
        skipped: sum(2),
    };
    let failed: Vec<&str> = results
        .iter()
        .filter(|r| r.status == Status::Fail)
        .map(|r| r.name.as_str())
        .collect();
    if !failed.is_empty() {
        println!("\nfailed: {}", failed.join(", "));
    }
    println!(
        "\n{} passed, {} failed, {} skipped",
        outcome.passed, outcome.failed, outcome.skipped
    );
    outcome
}
