//! `cargo xtask bench`: rnode and `node` side by side on the same scripts,
//! reported as ratios. Benchmarks are never timed assertions.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

pub fn run(root: &Path, args: &[String]) -> i32 {
    let Some(rnode) = crate::build_rnode(root, true) else {
        return 1;
    };
    let which = args.first().map(String::as_str).unwrap_or("all");
    if which == "startup" || which == "all" {
        startup(root, &rnode);
    }
    0
}

/// Median wall time and peak RSS of running an empty script.
fn startup(root: &Path, rnode: &Path) {
    let script = root.join("target/bench-empty.js");
    let _ = std::fs::write(&script, "");
    println!("startup: empty script, median of 25 runs");
    let r = measure(rnode.to_string_lossy().as_ref(), &script, 25);
    let n = measure("node", &script, 25);
    println!("  {:<6} {:>8.2} ms {:>8} KiB", "rnode", ms(r.0), r.1);
    println!("  {:<6} {:>8.2} ms {:>8} KiB", "node", ms(n.0), n.1);
    println!(
        "  ratio  time {:.3}x node, RSS {:.3}x node",
        ms(r.0) / ms(n.0),
        r.1 as f64 / n.1.max(1) as f64
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// (median wall time, max peak RSS in KiB) over `runs` runs.
fn measure(program: &str, script: &Path, runs: usize) -> (Duration, u64) {
    let mut times = Vec::new();
    let mut peak = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let status = Command::new("/usr/bin/time")
            .args(["-f", "%M", program])
            .arg(script)
            .output();
        times.push(started.elapsed());
        if let Ok(out) = status {
            let text = String::from_utf8_lossy(&out.stderr);
            if let Some(kib) = text
                .lines()
                .last()
                .and_then(|l| l.trim().parse::<u64>().ok())
            {
                peak = peak.max(kib);
            }
        }
    }
    times.sort();
    (times[times.len() / 2], peak)
}
