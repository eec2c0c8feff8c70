//! `cargo xtask bench`: rnode and `node` side by side on the same scripts,
//! reported as ratios. Benchmarks are never timed assertions.
//! The JS workloads live in `xtask/bench/*.js`.

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
    for script in [
        "core", "buffer", "fs", "net", "http", "crypto", "child", "dgram", "dns",
    ] {
        if which == script || which == "all" {
            side_by_side(root, &rnode, script);
        }
    }
    if which == "http" || which == "all" {
        hello_world(root, &rnode);
    }
    0
}

/// The manual's Hello World server under each runtime, loaded by
/// `wrk -t1 -c50` for 5 s: requests per second and p99 latency.
fn hello_world(root: &Path, rnode: &Path) {
    if Command::new("wrk").arg("--version").output().is_err() {
        println!("hello world: wrk is not installed (apt-get install wrk); skipped");
        return;
    }
    let script = root.join("xtask/bench/hello.js");
    println!("hello world: wrk -t1 -c50 -d5s");
    let mut results = Vec::new();
    for (name, program, port) in [
        ("rnode", rnode.to_string_lossy().into_owned(), "18321"),
        ("node", "node".to_owned(), "18322"),
    ] {
        let Ok(mut server) = Command::new(&program).arg(&script).arg(port).spawn() else {
            println!("  {name}: cannot start");
            continue;
        };
        std::thread::sleep(Duration::from_millis(500));
        let url = format!("http://127.0.0.1:{port}/");
        let out = Command::new("wrk")
            .args(["-t1", "-c50", "-d5s", "--latency", &url])
            .output();
        let _ = server.kill();
        let _ = server.wait();
        let text = out
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        let field = |prefix: &str| {
            text.lines()
                .find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_owned()))
                .unwrap_or_default()
        };
        let rps: f64 = field("Requests/sec:").parse().unwrap_or(0.0);
        println!("  {name:<6} {rps:>10.0} req/s  p99 {}", field("99%"));
        results.push(rps);
    }
    if let [ours, theirs] = results[..] {
        println!("  ratio  {:.2}x node's req/s", ours / theirs.max(1.0));
    }
}

/// Runs `xtask/bench/<script>.js` under rnode and node; each prints
/// `RESULT <name> <ms per run> <rate> <unit>` lines. Reports node's time
/// over rnode's: above 1.0, rnode is faster.
fn side_by_side(root: &Path, rnode: &Path, script: &str) {
    let path = root.join("xtask/bench").join(format!("{script}.js"));
    let ours = results(rnode.to_string_lossy().as_ref(), &path);
    let theirs = results("node", &path);
    println!("{script}: ms per run (ratio = node time / rnode time)");
    for (name, ms, rate) in &ours {
        let node = theirs.iter().find(|(n, _, _)| n == name);
        match node {
            Some((_, node_ms, node_rate)) => println!(
                "  {name:<32} rnode {ms:>9.4} ms ({rate})  node {node_ms:>9.4} ms ({node_rate})  ratio {:.2}",
                node_ms / ms
            ),
            None => println!("  {name:<32} rnode {ms:>9.4} ms ({rate})  node: no result"),
        }
    }
}

fn results(program: &str, script: &Path) -> Vec<(String, f64, String)> {
    let output = Command::new(program).arg(script).output();
    let Ok(output) = output else {
        eprintln!("bench: cannot run {program}");
        return Vec::new();
    };
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("RESULT ")?;
            let mut fields: Vec<&str> = rest.split(' ').collect();
            let unit = fields.pop()?;
            let rate = fields.pop()?;
            let ms: f64 = fields.pop()?.parse().ok()?;
            Some((fields.join(" "), ms, format!("{rate} {unit}")))
        })
        .collect()
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
