//! `cargo xtask test262 [DIR|FILE…] [--engine PATH|node] [--test262 DIR]
//! [--jobs N] [--results FILE] [--failures]`: runs tc39/test262 tests through
//! rnode (or `node`, to check the runner itself).
//!
//! Each test becomes one script: the harness files (`assert.js`, `sta.js`,
//! `doneprintHandle.js` for async tests, then the test's `includes:`) and
//! the test, prefixed with `"use strict";` for the strict run. A small
//! driver (`DRIVER` below) runs it with `vm.runInThisContext`, i.e. as global
//! code in the engine, and prints what it threw. Tests without `onlyStrict`,
//! `noStrict` or `raw` run both ways and pass only if both runs pass.
//! A `negative:` test passes when it throws an error of the given type
//! (parse-phase tests start with `$DONOTEVALUATE()`, so a script that parses
//! throws a Test262Error instead). Skipped: module tests, and tests needing
//! a feature in `SKIPPED_FEATURES`.
//!
//! test262 is not part of this repository: point `TEST262_DIR` (or
//! `--test262`) at a checkout of https://github.com/tc39/test262; directories
//! are relative to it (`test/language/expressions/addition`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Features that Boa (as rnode builds it) or this runner's host lacks.
const SKIPPED_FEATURES: &[&str] = &[
    // The host has no $262.createRealm / $262.IsHTMLDDA / $262.agent.
    "cross-realm",
    "IsHTMLDDA",
    "SharedArrayBuffer",
    "Atomics",
    // Not in the engine (Temporal and Intl are cargo features rnode leaves off).
    "Temporal",
    "Intl",
    "ShadowRealm",
    "tail-call-optimization",
    "decorators",
    "source-phase-imports",
    "import-defer",
];

/// Runs one composed test file (the last argument) as global code.
const DRIVER: &str = r#"// test262 driver (written by cargo xtask test262)
var fs = require('fs');
var vm = require('vm');
var file = process.argv[process.argv.length - 1];
var source = fs.readFileSync(file, 'utf8');
function describe(e) {
  if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
    var name = e.constructor && e.constructor.name;
    var message = '';
    try { message = String(e.message); } catch (_) {}
    return (name || 'Object') + ': ' + message;
  }
  return 'Value: ' + String(e);
}
function threw(e) {
  console.log('test262-threw ' + describe(e));
  process.exit(1);
}
process.on('uncaughtException', threw);
global.print = function(msg) { console.log(String(msg)); };
global.$262 = {
  global: global,
  evalScript: function(src) { return vm.runInThisContext(src, 'evalScript.js'); },
  detachArrayBuffer: function(buffer) {
    if (typeof buffer.transfer !== 'function') throw new TypeError('cannot detach');
    buffer.transfer();
    return null;
  },
  gc: function() {}
};
try {
  vm.runInThisContext(source, 'test.js');
} catch (e) {
  threw(e);
}
"#;

pub struct Options {
    pub engine: PathBuf,
    pub test262: PathBuf,
    pub paths: Vec<String>,
    pub jobs: usize,
    pub timeout: Duration,
    pub results: Option<PathBuf>,
    pub show_failures: bool,
}

#[derive(Default)]
struct Meta {
    includes: Vec<String>,
    flags: Vec<String>,
    features: Vec<String>,
    negative_type: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Pass,
    Fail,
    Skip,
}

struct TestResult {
    /// Path relative to the test262 directory.
    name: String,
    status: Status,
    reason: String,
}

pub fn run(options: &Options) -> i32 {
    let mut tests = Vec::new();
    for path in &options.paths {
        let full = options.test262.join(path);
        if !full.exists() {
            eprintln!("xtask test262: {} does not exist", full.display());
            return 2;
        }
        collect(&full, &mut tests);
    }
    tests.sort();
    tests.dedup();
    let scratch = std::env::temp_dir().join(format!("rnode-test262-{}", std::process::id()));
    if let Err(err) = std::fs::create_dir_all(&scratch)
        .and_then(|()| std::fs::write(scratch.join("driver.js"), DRIVER))
    {
        eprintln!("xtask test262: {}: {err}", scratch.display());
        return 2;
    }
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..options.jobs.max(1) {
            let (tests, next, done, results, scratch) = (&tests, &next, &done, &results, &scratch);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(test) = tests.get(i) else { break };
                let result = run_test(test, options, scratch, worker);
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                if n % 500 == 0 {
                    eprintln!("  {n}/{}", tests.len());
                }
                if let Ok(mut r) = results.lock() {
                    r.push(result);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch);
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by(|a, b| a.name.cmp(&b.name));
    summarize(&results, options)
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        let name = path.to_string_lossy();
        // `_FIXTURE` files are imported by module tests, not tests.
        if name.ends_with(".js") && !name.contains("_FIXTURE") {
            out.push(path.to_path_buf());
        }
        return;
    }
    if let Ok(entries) = std::fs::read_dir(path) {
        for entry in entries.flatten() {
            collect(&entry.path(), out);
        }
    }
}

fn run_test(test: &Path, options: &Options, scratch: &Path, worker: usize) -> TestResult {
    let name = test
        .strip_prefix(&options.test262)
        .unwrap_or(test)
        .to_string_lossy()
        .into_owned();
    let result = |status, reason: &str| TestResult {
        name: name.clone(),
        status,
        reason: reason.to_string(),
    };
    let source = match std::fs::read_to_string(test) {
        Ok(s) => s,
        Err(err) => return result(Status::Fail, &format!("cannot read: {err}")),
    };
    let meta = parse_meta(&source);
    let flag = |f: &str| meta.flags.iter().any(|x| x == f);
    if flag("module") {
        return result(Status::Skip, "module");
    }
    if let Some(f) = meta.features.iter().find(|f| {
        SKIPPED_FEATURES
            .iter()
            .any(|s| f.as_str() == *s || f.starts_with(&format!("{s}.")))
    }) {
        return result(Status::Skip, &format!("feature {f}"));
    }
    let raw = flag("raw");
    let mut prelude = String::new();
    if !raw {
        let mut includes = vec!["assert.js".to_string(), "sta.js".to_string()];
        if flag("async") {
            includes.push("doneprintHandle.js".to_string());
        }
        includes.extend(meta.includes.iter().cloned());
        for include in includes {
            match std::fs::read_to_string(options.test262.join("harness").join(&include)) {
                Ok(text) => {
                    prelude.push_str(&text);
                    prelude.push('\n');
                }
                Err(err) => return result(Status::Fail, &format!("harness {include}: {err}")),
            }
        }
    }
    let modes: &[bool] = if raw || flag("noStrict") {
        &[false]
    } else if flag("onlyStrict") {
        &[true]
    } else {
        &[false, true]
    };
    for &strict in modes {
        let mut script = String::new();
        if strict {
            script.push_str("\"use strict\";\n");
        }
        script.push_str(&prelude);
        script.push_str(&source);
        let file = scratch.join(format!("w{worker}.js"));
        if let Err(err) = std::fs::write(&file, script) {
            return result(
                Status::Fail,
                &format!("cannot write {}: {err}", file.display()),
            );
        }
        let mode = if strict { "strict" } else { "sloppy" };
        if let Err(why) = run_script(&file, &meta, flag("async"), options, scratch) {
            return result(Status::Fail, &format!("{mode}: {why}"));
        }
    }
    result(Status::Pass, "")
}

/// Runs one composed script; Ok if it behaved as the test expects.
fn run_script(
    file: &Path,
    meta: &Meta,
    is_async: bool,
    options: &Options,
    scratch: &Path,
) -> Result<(), String> {
    let child = Command::new(&options.engine)
        .arg(scratch.join("driver.js"))
        .arg(file)
        .current_dir(scratch)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot start {}: {err}", options.engine.display()))?;
    let (exit, output) = wait_with_timeout(child, options.timeout);
    let thrown = output
        .lines()
        .find_map(|l| l.strip_prefix("test262-threw "))
        .map(str::to_string);
    let short = |s: &str| s.chars().take(200).collect::<String>();
    match (&meta.negative_type, thrown) {
        (Some(expected), Some(thrown)) => {
            let ty = thrown.split(':').next().unwrap_or_default();
            if ty == expected {
                Ok(())
            } else {
                Err(format!("expected {expected}, threw {}", short(&thrown)))
            }
        }
        (Some(expected), None) => Err(format!(
            "expected {expected}, threw nothing ({})",
            exit.err().unwrap_or_else(|| "exit 0".to_string())
        )),
        (None, Some(thrown)) => Err(short(&thrown)),
        (None, None) => {
            exit?;
            if is_async {
                if let Some(l) = output
                    .lines()
                    .find(|l| l.starts_with("Test262:AsyncTestFailure"))
                {
                    return Err(short(l));
                }
                if !output.lines().any(|l| l == "Test262:AsyncTestComplete") {
                    return Err("async test did not complete".to_string());
                }
            }
            Ok(())
        }
    }
}

/// The child's exit (Err with a description unless it exited 0) and its
/// stdout followed by its stderr.
fn wait_with_timeout(
    mut child: std::process::Child,
    timeout: Duration,
) -> (Result<(), String>, String) {
    use std::io::Read;
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let read = |s: Option<&mut dyn Read>| {
        let mut buf = Vec::new();
        if let Some(s) = s {
            let _ = s.read_to_end(&mut buf);
        }
        String::from_utf8_lossy(&buf).into_owned()
    };
    let out = std::thread::spawn(move || read(stdout.as_mut().map(|s| s as &mut dyn Read)));
    let err = std::thread::spawn(move || read(stderr.as_mut().map(|s| s as &mut dyn Read)));
    let deadline = std::time::Instant::now() + timeout;
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => break Ok(()),
            Ok(Some(status)) => break Err(format!("exit: {status}")),
            Ok(None) if std::time::Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("timed out after {}s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => break Err(e.to_string()),
        }
    };
    let mut output = out.join().unwrap_or_default();
    output.push_str(&err.join().unwrap_or_default());
    let exit = exit.map_err(|why| {
        let tail: Vec<&str> = output.lines().rev().take(3).collect();
        format!(
            "{why}; {}",
            tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
        )
    });
    (exit, output)
}

/// Reads the YAML front matter between `/*---` and `---*/`: the keys this
/// runner needs, as inline (`[a, b]`) or block (`- a`) lists, and
/// `negative:`'s `type:`.
fn parse_meta(source: &str) -> Meta {
    let mut meta = Meta::default();
    let Some(start) = source.find("/*---") else {
        return meta;
    };
    let rest = &source[start + 5..];
    let yaml = &rest[..rest.find("---*/").unwrap_or(rest.len())];
    let mut key = String::new();
    for line in yaml.lines() {
        let indented = line.starts_with(' ') || line.starts_with('\t');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if !indented {
            let (k, value) = trimmed.split_once(':').unwrap_or((trimmed, ""));
            key = k.trim().to_string();
            let value = value.trim();
            if let Some(list) = value.strip_prefix('[') {
                let list = list.trim_end_matches(']');
                let items = list
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty());
                if let Some(target) = meta.list(&key) {
                    target.extend(items);
                }
            }
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            if let Some(target) = meta.list(&key) {
                target.push(item.trim().to_string());
            }
        } else if key == "negative" {
            if let Some(ty) = trimmed.strip_prefix("type:") {
                meta.negative_type = Some(ty.trim().to_string());
            }
        }
    }
    meta
}

impl Meta {
    fn list(&mut self, key: &str) -> Option<&mut Vec<String>> {
        match key {
            "includes" => Some(&mut self.includes),
            "flags" => Some(&mut self.flags),
            "features" => Some(&mut self.features),
            _ => None,
        }
    }
}

fn summarize(results: &[TestResult], options: &Options) -> i32 {
    if let Some(path) = &options.results {
        let mut text = String::new();
        for r in results {
            let status = match r.status {
                Status::Pass => "PASS",
                Status::Fail => "FAIL",
                Status::Skip => "SKIP",
            };
            text.push_str(&format!("{status} {} {}\n", r.name, r.reason));
        }
        if let Err(err) = std::fs::File::create(path).and_then(|mut f| f.write_all(text.as_bytes()))
        {
            eprintln!("xtask test262: {}: {err}", path.display());
        }
    }
    if options.show_failures {
        for r in results.iter().filter(|r| r.status == Status::Fail) {
            println!("FAIL {}: {}", r.name, r.reason);
        }
    }
    // One row per directory named on the command line.
    let mut table: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for r in results {
        let dir = options
            .paths
            .iter()
            .filter(|p| r.name.starts_with(p.trim_end_matches('/')))
            .max_by_key(|p| p.len())
            .map_or("", String::as_str);
        let row = table.entry(dir).or_default();
        match r.status {
            Status::Pass => row[0] += 1,
            Status::Fail => row[1] += 1,
            Status::Skip => row[2] += 1,
        }
    }
    println!(
        "\n{:<55} {:>7} {:>7} {:>7}",
        "directory", "passed", "failed", "skipped"
    );
    for (dir, [p, f, s]) in &table {
        println!("{dir:<55} {p:>7} {f:>7} {s:>7}");
    }
    let failed: usize = table.values().map(|r| r[1]).sum();
    let passed: usize = table.values().map(|r| r[0]).sum();
    println!("\n{passed} passed, {failed} failed");
    i32::from(failed > 0)
}
