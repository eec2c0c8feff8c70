//! The Node v0.4.12 test-suite runner: runs the vendored `test/simple`
//! and `test/message` files under `tests/node-v0.4/` as 0.4's
//! `tools/test.py` did (`make test` = `test.py simple message`):
//!
//! - one test at a time (test.py's default `-j1`: `common.PORT` is a fixed
//!   12346 and every test shares `test/tmp`), with the working directory at
//!   the tree root (`tests/node-v0.4/`) and the test's absolute path as the
//!   argument, after any `// Flags:` and `// Files:` the file names;
//! - `test/tmp` emptied before each test;
//! - a simple test passes when it exits 0; a message test passes when its
//!   stdout followed by its stderr, without empty lines, matches its `.out`
//!   file line by line (`*` matches anything), whatever the exit status.
//!
//! Two additions: a test that prints `Skipping ...` and exits 0 (the TLS
//! tests do when `process.versions.openssl` is unset) has not run, so it
//! does not count as a pass; and the tree is restored after each test (new
//! files removed, changed files and modes put back), because a failing test
//! may leave its scratch files in `test/fixtures`.
//!
//! `tests/node-v0.4/expected-failures.txt` lists the tests known not to
//! pass, each with its reason. The run fails when a test not listed fails,
//! and when a listed test passes: the list only shrinks. A reason starting
//! with `flaky:` marks a test whose outcome depends on timing or on the
//! machine (network access); it may pass or fail. A reason starting with
//! `skip:` keeps a test from running at all: one that would send traffic
//! off this machine (multicast on the real interface, the internet).
//!
//! Shared by `cargo xtask node04` and the `node04` test target
//! (`cargo test`), which includes this file.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// Long enough for the slowest passing test on a debug build (test-pipe
/// fills a 5 MiB buffer from `Math.random()` in JS: ~7 s on a release
/// build, ~12 s on a debug one); a hung test costs this much.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The suite's directory, relative to the workspace root.
pub const SUITE: &str = "tests/node-v0.4";
const LIST: &str = "expected-failures.txt";
const TODO: &str = "TODO: say why it fails";

pub struct Options {
    /// The program that runs each test file.
    pub runtime: PathBuf,
    /// Only tests whose path contains this.
    pub filter: Option<String>,
    pub timeout: Duration,
    /// Rewrite the expected-failures list from this run's results.
    pub update: bool,
}

pub struct Outcome {
    pub passed: usize,
    /// Unexpected results: failures not listed, listed tests that pass,
    /// and problems with the list itself.
    pub failed: usize,
    pub expected_failures: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Simple,
    Message,
}

struct Test {
    /// `test/simple/test-foo.js`, relative to the suite directory.
    name: String,
    path: PathBuf,
    kind: Kind,
}

struct TestResult {
    /// `None` when the test passed, else why it did not.
    failure: Option<String>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    /// What the test did to the tree, undone since: `removed x`,
    /// `restored y`.
    disturbed: Vec<String>,
}

/// The workspace root: the directory holding `tests/node-v0.4/`, found
/// upwards from the including crate.
pub fn workspace_root() -> PathBuf {
    let start = Path::new(env!("CARGO_MANIFEST_DIR"));
    start
        .ancestors()
        .find(|dir| dir.join(SUITE).join("test/common.js").is_file())
        .unwrap_or(start)
        .to_path_buf()
}

/// Every `test/simple/test-*.js` and every `test/message/*.js` with a
/// `.out` file, sorted, as test.py listed them.
fn discover(suite: &Path, filter: Option<&str>) -> Vec<Test> {
    let mut tests = Vec::new();
    for (dir, kind) in [("simple", Kind::Simple), ("message", Kind::Message)] {
        let Ok(entries) = std::fs::read_dir(suite.join("test").join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = file.strip_suffix(".js") else {
                continue;
            };
            let selected = match kind {
                Kind::Simple => file.starts_with("test-"),
                Kind::Message => entry.path().with_file_name(format!("{stem}.out")).is_file(),
            };
            let name = format!("test/{dir}/{file}");
            if selected && filter.is_none_or(|f| name.contains(f)) {
                tests.push(Test {
                    name,
                    path: entry.path(),
                    kind,
                });
            }
        }
    }
    tests.sort_by(|a, b| a.name.cmp(&b.name));
    tests
}

pub fn run(root: &Path, options: &Options) -> Outcome {
    let suite = root.join(SUITE);
    let list_path = suite.join(LIST);
    let list_text = std::fs::read_to_string(&list_path).unwrap_or_default();
    let (expected, mut problems) = parse_list(&list_text);
    let tests = discover(&suite, options.filter.as_deref());
    let names: BTreeSet<&str> = tests.iter().map(|t| t.name.as_str()).collect();
    if options.filter.is_none() {
        for name in expected.keys() {
            if !names.contains(name.as_str()) && !options.update {
                problems.push(format!("{LIST}: {name} is not a test here"));
            }
        }
    }
    if !options.update {
        for (name, reason) in &expected {
            if reason == TODO && names.contains(name.as_str()) {
                problems.push(format!("{LIST}: {name} needs a reason"));
            }
        }
    }

    let tmp = suite.join("test/tmp");
    let snapshot = Snapshot::take(&suite, &tmp);
    let started = Instant::now();
    let mut results = Vec::new();
    for test in &tests {
        // `skip:` tests are not run at all (they would send traffic off
        // this machine); they count as expected failures.
        if let Some(reason) = expected.get(&test.name).filter(|r| r.starts_with("skip:")) {
            let result = TestResult {
                failure: Some(reason.clone()),
                stdout: String::new(),
                stderr: String::new(),
                elapsed: Duration::ZERO,
                disturbed: Vec::new(),
            };
            report_line(test, &result, Some(reason));
            results.push(result);
            continue;
        }
        let result = run_one(&suite, &tmp, test, options);
        let disturbed = snapshot.restore();
        let result = TestResult {
            disturbed,
            ..result
        };
        report_line(test, &result, expected.get(&test.name));
        results.push(result);
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let elapsed = started.elapsed();

    if options.update {
        let text = updated_list(&list_text, &expected, &tests, &results);
        match std::fs::write(&list_path, text) {
            Ok(()) => println!("\nwrote {}", list_path.display()),
            Err(err) => problems.push(format!("cannot write {}: {err}", list_path.display())),
        }
    }
    summarize(
        &tests,
        &results,
        &expected,
        &problems,
        options.update,
        elapsed,
    )
}

fn run_one(suite: &Path, tmp: &Path, test: &Test, options: &Options) -> TestResult {
    // test.py's BeforeRun: a fresh, empty test/tmp.
    let _ = std::fs::remove_dir_all(tmp);
    let _ = std::fs::create_dir_all(tmp);
    let source = std::fs::read_to_string(&test.path).unwrap_or_default();
    let mut cmd = Command::new(&options.runtime);
    for (marker, files) in [("Flags:", false), ("Files:", true)] {
        let found = source.lines().find_map(|l| {
            let rest = l.trim_start().strip_prefix("//")?.trim_start();
            rest.strip_prefix(marker)
        });
        for word in found.into_iter().flat_map(str::split_whitespace) {
            // `// Files:` names are relative to the tree root.
            match files {
                true => cmd.arg(suite.join(word)),
                false => cmd.arg(word),
            };
        }
    }
    cmd.arg(&test.path)
        .current_dir(suite)
        // The openssl these tests start must take their 512-bit keys.
        .env("OPENSSL_CONF", suite.join("openssl-seclevel0.cnf"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that whatever it started dies with it.
        .process_group(0);
    let started = Instant::now();
    let (exit, stdout, stderr) = match cmd.spawn() {
        Ok(child) => wait_with_timeout(child, options.timeout),
        Err(err) => (
            Err(format!("cannot start {}: {err}", options.runtime.display())),
            String::new(),
            String::new(),
        ),
    };
    let failure = match (test.kind, exit) {
        (_, Err(why)) => Some(why),
        (Kind::Simple, Ok(0)) => skipped(&stdout, &stderr),
        (Kind::Simple, Ok(code)) => Some(exit_description(code)),
        (Kind::Message, Ok(_)) => {
            let out = std::fs::read_to_string(test.path.with_extension("out")).unwrap_or_default();
            let base = test.path.file_name().unwrap_or_default().to_string_lossy();
            message_mismatch(&out, &base, &stdout, &stderr)
        }
    };
    TestResult {
        failure,
        stdout,
        stderr,
        elapsed: started.elapsed(),
        disturbed: Vec::new(),
    }
}

/// A test that printed `Skipping ...` (0.4's TLS tests without
/// `process.versions.openssl`) exited 0 without testing anything.
fn skipped(stdout: &str, stderr: &str) -> Option<String> {
    stdout
        .lines()
        .chain(stderr.lines())
        .find(|l| l.starts_with("Skipping "))
        .map(|l| format!("skipped itself: {l}"))
}

/// A wait status as a sentence: `exit 1`, or the signal that killed it.
fn exit_description(status: i32) -> String {
    match status {
        s if s >= 0 => format!("exit {s}"),
        s => format!("killed by signal {}", -s),
    }
}

/// The exit code (negative: the signal), or why there is none.
type Exit = Result<i32, String>;

fn wait_with_timeout(mut child: std::process::Child, timeout: Duration) -> (Exit, String, String) {
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    for (i, stream) in [
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .enumerate()
    {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut s) = stream {
                let _ = s.read_to_end(&mut buf);
            }
            let _ = tx.send((i, String::from_utf8_lossy(&buf).into_owned()));
        });
    }
    let deadline = Instant::now() + timeout;
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                use std::os::unix::process::ExitStatusExt;
                break Ok(status
                    .code()
                    .unwrap_or_else(|| -status.signal().unwrap_or(0)));
            }
            Ok(None) if Instant::now() >= deadline => {
                kill_group(pid);
                let _ = child.wait();
                break Err(format!("timed out after {} s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(err) => break Err(err.to_string()),
        }
    };
    // Whatever the test started and left running goes too.
    kill_group(pid);
    let mut out = [String::new(), String::new()];
    for _ in 0..2 {
        match rx.recv_timeout(Duration::from_secs(5)) {
            Ok((i, text)) => out[i] = text,
            Err(_) => break,
        }
    }
    let [stdout, stderr] = out;
    (exit, stdout, stderr)
}

/// SIGKILL to the process group `pgid` (the test, led by its own pid).
fn kill_group(pgid: u32) {
    extern "C" {
        fn kill(pid: i32, sig: i32) -> i32;
    }
    const SIGKILL: i32 = 9;
    if let Ok(pid) = i32::try_from(pgid) {
        if pid > 1 {
            // SAFETY: kill(2) takes plain integers; a group that is gone
            // gives ESRCH, which is fine.
            unsafe {
                kill(-pid, SIGKILL);
            }
        }
    }
}

/// test/message/testcfg.py's comparison: every non-empty line of the
/// `.out` file (right-trimmed, `%(basename)s` substituted) is a pattern in
/// which `*` matches anything; the output is stdout followed by stderr,
/// without empty lines and valgrind's `==`/`**` lines. Same number of
/// lines, each matching its pattern.
fn message_mismatch(expected: &str, basename: &str, stdout: &str, stderr: &str) -> Option<String> {
    let patterns: Vec<String> = expected
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            l.trim_end()
                .replace("%(basename)s", basename)
                .replace("%%", "%")
        })
        .collect();
    let output = format!("{stdout}{stderr}");
    let lines: Vec<&str> = output
        .split('\n')
        .filter(|l| !(l.is_empty() || l.starts_with("==") || l.starts_with("**")))
        .collect();
    for (i, pattern) in patterns.iter().enumerate() {
        match lines.get(i) {
            Some(line) if glob_match(pattern, line) => {}
            Some(line) => {
                return Some(format!(
                    "output line {} differs: expected {pattern:?}, got {line:?}",
                    i + 1
                ))
            }
            None => {
                return Some(format!(
                    "output has {} lines, expected {}: line {} should match {pattern:?}",
                    lines.len(),
                    patterns.len(),
                    i + 1
                ))
            }
        }
    }
    (lines.len() > patterns.len()).then(|| {
        format!(
            "output has {} lines, expected {}: extra {:?}",
            lines.len(),
            patterns.len(),
            lines[patterns.len()]
        )
    })
}

/// Whole-string match where `*` matches any run of characters.
fn glob_match(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            backtrack = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((star, matched)) = backtrack {
            pi = star + 1;
            ti = matched + 1;
            backtrack = Some((star, matched + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The list's entries (`test/simple/test-foo.js  # reason`) and any
/// malformed lines.
fn parse_list(text: &str) -> (BTreeMap<String, String>, Vec<String>) {
    let mut entries = BTreeMap::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once('#').unwrap_or((line, ""));
        let (name, reason) = (name.trim(), reason.trim());
        if reason.is_empty() {
            problems.push(format!("{LIST}:{}: {name} has no reason", i + 1));
        }
        entries.insert(name.to_owned(), reason.to_owned());
    }
    (entries, problems)
}

/// The list rewritten from this run: the leading comment kept, tests that
/// failed listed with their old reason (or a TODO), passing tests dropped
/// (unless marked flaky), entries for tests not run this time kept.
fn updated_list(
    old: &str,
    expected: &BTreeMap<String, String>,
    tests: &[Test],
    results: &[TestResult],
) -> String {
    let mut entries: BTreeMap<&str, &str> = expected
        .iter()
        .filter(|(name, _)| !tests.iter().any(|t| &t.name == *name))
        .map(|(n, r)| (n.as_str(), if r.is_empty() { TODO } else { r.as_str() }))
        .collect();
    for (test, result) in tests.iter().zip(results) {
        let reason = expected.get(&test.name).map(String::as_str);
        let reason = reason.filter(|r| !r.is_empty());
        let flaky = reason.is_some_and(|r| r.starts_with("flaky:"));
        if result.failure.is_some() || flaky {
            entries.insert(&test.name, reason.unwrap_or(TODO));
        }
    }
    let mut text: String = old
        .lines()
        .take_while(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    if text.is_empty() {
        text = "# Node v0.4.12 tests that rnode does not pass yet, each with the reason.\n\
                # `cargo xtask node04` fails when a test not listed here fails, and when a\n\
                # listed test passes (then remove it: this list only shrinks). A reason\n\
                # starting with \"flaky:\" lets the test pass or fail.\n\n"
            .to_owned();
    }
    let width = entries.keys().map(|n| n.len()).max().unwrap_or(0);
    for (name, reason) in entries {
        text.push_str(&format!("{name:<width$}  # {reason}\n"));
    }
    text
}

fn report_line(test: &Test, result: &TestResult, listed: Option<&String>) {
    let ms = result.elapsed.as_millis();
    let flaky = listed.is_some_and(|r| r.starts_with("flaky:"));
    match (&result.failure, listed) {
        (None, None) => println!("ok    {} ({ms} ms)", test.name),
        (None, Some(_)) if flaky => println!("ok    {} ({ms} ms; listed as flaky)", test.name),
        (None, Some(_)) => println!(
            "XPASS {} ({ms} ms): now passes, remove it from {LIST}",
            test.name
        ),
        (Some(why), Some(_)) => println!("xfail {} ({ms} ms): {why}", test.name),
        (Some(why), None) => {
            println!("FAIL  {} ({ms} ms): {why}", test.name);
            let output = format!("{}{}", result.stdout, result.stderr);
            let tail: Vec<&str> = output.lines().rev().take(20).collect();
            for line in tail.into_iter().rev() {
                println!("      | {line}");
            }
        }
    }
    for undone in &result.disturbed {
        println!("      (tree: {undone})");
    }
}

fn summarize(
    tests: &[Test],
    results: &[TestResult],
    expected: &BTreeMap<String, String>,
    problems: &[String],
    update: bool,
    elapsed: Duration,
) -> Outcome {
    // Per directory: passed, failed (unexpected), expected failures.
    let mut table: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let mut unexpected = Vec::new();
    for (test, result) in tests.iter().zip(results) {
        let dir = match test.kind {
            Kind::Simple => "test/simple",
            Kind::Message => "test/message",
        };
        let row = table.entry(dir).or_default();
        let listed = expected.get(&test.name);
        let flaky = listed.is_some_and(|r| r.starts_with("flaky:"));
        match (&result.failure, listed) {
            (None, Some(_)) if !flaky && !update => {
                row[1] += 1;
                unexpected.push(format!("{} (now passes)", test.name));
            }
            (None, _) => row[0] += 1,
            (Some(_), Some(_)) => row[2] += 1,
            (Some(_), None) if update => row[2] += 1,
            (Some(_), None) => {
                row[1] += 1;
                unexpected.push(test.name.clone());
            }
        }
    }
    println!(
        "\n{:<14} {:>6} {:>6} {:>9}",
        "suite", "passed", "failed", "expected"
    );
    for (dir, [p, f, x]) in &table {
        println!("{dir:<14} {p:>6} {f:>6} {x:>9}");
    }
    let sum = |i: usize| table.values().map(|row| row[i]).sum::<usize>();
    for problem in problems {
        println!("{problem}");
    }
    if !unexpected.is_empty() {
        println!("\nunexpected: {}", unexpected.join(", "));
    }
    let outcome = Outcome {
        passed: sum(0),
        failed: sum(1) + problems.len(),
        expected_failures: sum(2),
    };
    println!(
        "\n{} passed, {} failed, {} expected failures ({} tests in {:.1} s)",
        outcome.passed,
        outcome.failed,
        outcome.expected_failures,
        tests.len(),
        elapsed.as_secs_f64()
    );
    outcome
}

/// What the tree held before the run, to put back after each test.
struct Snapshot {
    root: PathBuf,
    tmp: PathBuf,
    entries: HashMap<PathBuf, Entry>,
}

struct Entry {
    kind: EntryKind,
    mode: u32,
    modified: Option<SystemTime>,
}

enum EntryKind {
    Dir,
    File(Vec<u8>),
    Link(PathBuf),
}

impl Snapshot {
    fn take(root: &Path, tmp: &Path) -> Snapshot {
        let mut entries = HashMap::new();
        for path in tree(root, tmp) {
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            let kind = if meta.file_type().is_symlink() {
                match std::fs::read_link(&path) {
                    Ok(target) => EntryKind::Link(target),
                    Err(_) => continue,
                }
            } else if meta.is_dir() {
                EntryKind::Dir
            } else {
                match std::fs::read(&path) {
                    Ok(bytes) => EntryKind::File(bytes),
                    Err(_) => continue,
                }
            };
            let entry = Entry {
                kind,
                mode: meta.mode(),
                modified: meta.modified().ok(),
            };
            entries.insert(path, entry);
        }
        Snapshot {
            root: root.to_path_buf(),
            tmp: tmp.to_path_buf(),
            entries,
        }
    }

    /// Removes what is new and puts back what changed; says what it did,
    /// with paths relative to the root.
    fn restore(&self) -> Vec<String> {
        let mut touched = Vec::new();
        let rel = |p: &Path| {
            p.strip_prefix(&self.root)
                .unwrap_or(p)
                .to_string_lossy()
                .into_owned()
        };
        for path in tree(&self.root, &self.tmp) {
            if self.entries.contains_key(&path) {
                continue;
            }
            // Gone already when a new directory above it was removed.
            let _ = match std::fs::symlink_metadata(&path) {
                Err(_) => continue,
                Ok(m) if m.is_dir() => std::fs::remove_dir_all(&path),
                Ok(_) => std::fs::remove_file(&path),
            };
            touched.push(format!("removed {}", rel(&path)));
        }
        // Parents before children, so that a removed directory comes back
        // before its files.
        let mut paths: Vec<&PathBuf> = self.entries.keys().collect();
        paths.sort();
        for path in paths {
            let entry = &self.entries[path];
            let meta = std::fs::symlink_metadata(path).ok();
            let intact = meta.as_ref().is_some_and(|m| {
                m.mode() == entry.mode
                    && match &entry.kind {
                        EntryKind::Dir => m.is_dir(),
                        EntryKind::Link(_) => m.file_type().is_symlink(),
                        EntryKind::File(bytes) => {
                            m.is_file()
                                && m.len() == bytes.len() as u64
                                && m.modified().ok() == entry.modified
                        }
                    }
            });
            if intact {
                continue;
            }
            if meta
                .as_ref()
                .is_some_and(|m| !m.is_dir() || !matches!(entry.kind, EntryKind::Dir))
            {
                let _ = match meta.as_ref().is_some_and(|m| m.is_dir()) {
                    true => std::fs::remove_dir_all(path),
                    false => std::fs::remove_file(path),
                };
            }
            let _ = match &entry.kind {
                EntryKind::Dir => std::fs::create_dir_all(path),
                EntryKind::File(bytes) => std::fs::write(path, bytes),
                EntryKind::Link(target) => std::os::unix::fs::symlink(target, path),
            };
            if !matches!(entry.kind, EntryKind::Link(_)) {
                let mode = std::fs::Permissions::from_mode(entry.mode & 0o7777);
                let _ = std::fs::set_permissions(path, mode);
            }
            if let (EntryKind::File(_), Some(time)) = (&entry.kind, entry.modified) {
                if let Ok(file) = std::fs::File::options().write(true).open(path) {
                    let _ = file.set_modified(time);
                }
            }
            touched.push(format!("restored {}", rel(path)));
        }
        touched
    }
}

/// Every path under `root` except `skip` and its contents (not following
/// symlinks).
fn tree(root: &Path, skip: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path == skip {
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path.clone());
            }
            out.push(path);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    // The `tests/node04.rs` target includes this file without a test
    // harness, where these tests (and so this import) are not built.
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("node.js:*", "node.js:134"));
        assert!(glob_match(
            "    at Object.<anonymous> (*test*message*x.js:*)",
            "    at Object.<anonymous> (/a/test/message/x.js:27:8)"
        ));
        assert!(glob_match("a*b*c", "abbbc"));
        assert!(!glob_match("node.js:134", "node.js:135"));
        assert!(!glob_match("a*c", "abcd"));
        assert!(glob_match("*", ""));
    }

    #[test]
    fn messages() {
        let out = "before\n\nnode.js:*\nError: *\n";
        assert_eq!(
            message_mismatch(out, "x.js", "", "before\nnode.js:134\nError: boom\n"),
            None
        );
        assert!(message_mismatch(out, "x.js", "before\n", "node.js:134\n").is_some());
        assert!(message_mismatch(out, "x.js", "before\nnode.js:1\nError: x\nmore\n", "").is_some());
        assert_eq!(
            message_mismatch("%(basename)s\n", "x.js", "x.js\n", ""),
            None
        );
    }

    #[test]
    fn list() {
        let (entries, problems) = parse_list("# c\n\ntest/simple/a.js  # why\ntest/simple/b.js\n");
        assert_eq!(
            entries.get("test/simple/a.js").map(String::as_str),
            Some("why")
        );
        assert_eq!(problems.len(), 1);
    }
}
