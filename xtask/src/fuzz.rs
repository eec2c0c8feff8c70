//! `cargo xtask fuzz`: the seeded JS-API fuzzer. Each run is a short rnode
//! process executing `xtask/fuzz/driver.js SEED CALLS` (random documented
//! functions and `process.binding` natives with hostile arguments), inside
//! rnode's own sandbox (files in a scratch directory, loopback only, no
//! child processes, a run-time budget). A run fails when the process
//! panics (Rust's "panicked at", exit code 70), dies by a signal, or hangs
//! past the timeout; failures are grouped by panic site, each with the
//! seeds that reproduce it (rerun one seed with
//! `rnode xtask/fuzz/driver.js SEED CALLS trace` to see the calls).
//!
//! Shared by `cargo xtask fuzz` and the `fuzz` test target (`cargo test`
//! runs a bounded slice).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Options {
    pub runtime: PathBuf,
    /// First seed; runs use `first_seed..first_seed + runs`.
    pub first_seed: u64,
    pub runs: u64,
    /// Calls per run.
    pub calls: u32,
    pub jobs: usize,
    /// A run still going after this is a hang.
    pub timeout: Duration,
}

/// What one run did.
enum Verdict {
    Ok,
    /// The panic site ("file:line") or what killed it.
    Crash(String),
    /// Past the timeout and idle: waiting for something that never comes.
    Hang,
    /// Past the timeout but busy: one long native call (a 1 GiB Buffer's
    /// `toJSON`), which the run-time budget cannot interrupt until it
    /// returns to the interpreter. Reported, not a failure.
    Slow,
}

pub struct Report {
    /// Failure kind → seeds.
    pub failures: BTreeMap<String, Vec<u64>>,
}

/// Runs the fuzzer and prints the grouped failures.
pub fn run(root: &Path, options: &Options) -> Report {
    let driver = root.join("xtask/fuzz/driver.js");
    let scratch = std::env::temp_dir().join(format!("rnode-fuzz-{}", std::process::id()));
    let next = AtomicU64::new(options.first_seed);
    let last = options.first_seed + options.runs;
    let failures: Mutex<BTreeMap<String, Vec<u64>>> = Mutex::default();
    let slow: Mutex<Vec<u64>> = Mutex::default();
    std::thread::scope(|s| {
        for _ in 0..options.jobs.max(1) {
            s.spawn(|| loop {
                let seed = next.fetch_add(1, Ordering::SeqCst);
                if seed >= last {
                    return;
                }
                let dir = scratch.join(seed.to_string());
                let verdict = run_one(options, &driver, &dir, seed);
                let _ = std::fs::remove_dir_all(&dir);
                let kind = match verdict {
                    Verdict::Ok => continue,
                    Verdict::Slow => {
                        if let Ok(mut s) = slow.lock() {
                            s.push(seed);
                        }
                        continue;
                    }
                    Verdict::Crash(site) => format!("crash: {site}"),
                    Verdict::Hang => "hang".to_owned(),
                };
                if let Ok(mut f) = failures.lock() {
                    f.entry(kind).or_default().push(seed);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch);
    let failures = failures.into_inner().unwrap_or_default();
    let mut slow = slow.into_inner().unwrap_or_default();
    slow.sort_unstable();
    println!(
        "fuzz: {} runs of {} calls (seeds {}..{}), {} kinds of failure",
        options.runs,
        options.calls,
        options.first_seed,
        last,
        failures.len()
    );
    for (kind, seeds) in &failures {
        println!("  {kind}: seeds {seeds:?}");
    }
    if !slow.is_empty() {
        println!("  busy past the timeout (a long native call; not a failure): seeds {slow:?}");
    }
    Report { failures }
}

fn run_one(options: &Options, driver: &Path, dir: &Path, seed: u64) -> Verdict {
    if std::fs::create_dir_all(dir).is_err() {
        return Verdict::Crash("cannot make a scratch directory".to_owned());
    }
    let scratch = dir.to_string_lossy();
    let budget = options.timeout.as_millis().saturating_sub(1000).max(1000);
    let child = Command::new(&options.runtime)
        .args([
            "--sandbox".to_owned(),
            format!("--allow-fs-read={scratch}"),
            format!("--allow-fs-write={scratch}"),
            "--allow-net=127.0.0.1".to_owned(),
            format!("--max-run-time={budget}"),
        ])
        .arg(driver)
        .arg(seed.to_string())
        .arg(options.calls.to_string())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return Verdict::Crash("cannot start rnode".to_owned());
    };
    // Drain stderr on a thread so a chatty run cannot block on a full pipe.
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut e) = stderr {
            use std::io::Read;
            let mut bytes = Vec::new();
            let _ = e.read_to_end(&mut bytes);
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        text
    });
    let start = Instant::now();
    let mut busy = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > options.timeout => {
                busy = cpu_seconds(child.id()) > options.timeout.as_secs_f64() / 2.0;
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    let stderr = reader.join().unwrap_or_default();
    let Some(status) = status else {
        return if busy { Verdict::Slow } else { Verdict::Hang };
    };
    if let Some(site) = panic_site(&stderr) {
        return Verdict::Crash(site);
    }
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(70), _) => Verdict::Crash("exit 70".to_owned()),
        (_, Some(signal)) => Verdict::Crash(format!("signal {signal}")),
        _ => Verdict::Ok,
    }
}

/// CPU time process `pid` has used (`/proc/PID/stat`: utime + stime, in
/// the kernel's 100 Hz clock ticks); 0 where it cannot be read.
fn cpu_seconds(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces), from ") ".
    let rest = stat.rsplit_once(") ").map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15; "state" (field 3) is index 0.
    (ticks(11) + ticks(12)) / 100.0
}

/// `file:line` of Rust's "panicked at file:line:col:" message.
fn panic_site(stderr: &str) -> Option<String> {
    let line = stderr.lines().find(|l| l.contains("panicked at "))?;
    let at = line.split("panicked at ").nth(1)?;
    let mut parts = at.trim_end_matches(':').rsplitn(2, ':');
    let _col = parts.next();
    Some(parts.next().unwrap_or(at).to_owned())
}

#[cfg(test)]
mod tests {
    // The `tests/fuzz.rs` target includes this file without a test
    // harness, where these tests (and so this import) are not built.
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn reads_panic_sites() {
        let text = "thread 'x' panicked at crates/a/src/b.rs:12:5:\nboom";
        assert_eq!(panic_site(text).as_deref(), Some("crates/a/src/b.rs:12"));
        assert_eq!(panic_site("fine"), None);
    }
}
