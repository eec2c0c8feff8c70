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
        "core", "buffer", "fs", "net", "http", "crypto", "child", "dgram", "dns", "https",
    ] {
        if which == script || which == "all" {
            side_by_side(root, &rnode, script);
        }
    }
    if which == "repl" || which == "all" {
        crate::bench_repl::run(root, &rnode);
    }
    if which == "http" || which == "all" {
        hello_world(root, &rnode, None);
    }
    if which == "https" || which == "all" {
        for key in ["rsa2048", "ec", "agent1"] {
            hello_world(root, &rnode, Some(key));
            handshakes(root, &rnode, key);
        }
    }
    0
}

/// Debian's OpenSSL (under wrk and s_time) takes the 1024-bit key only at
/// security level 0.
fn openssl_conf(root: &Path) -> std::path::PathBuf {
    root.join("tests/node-v0.4/openssl-seclevel0.cnf")
}

/// Starts the Hello World server (https with `key`) under `program`.
fn start_hello(
    root: &Path,
    program: &str,
    port: &str,
    key: Option<&str>,
) -> Option<std::process::Child> {
    let mut cmd = Command::new(program);
    cmd.arg(root.join("xtask/bench/hello.js")).arg(port);
    if let Some(key) = key {
        cmd.arg(key);
    }
    let server = cmd.spawn().ok()?;
    std::thread::sleep(Duration::from_millis(500));
    Some(server)
}

/// New tls connections per second (a full handshake each, no resumption),
/// made by `openssl s_time -new` for 5 s against the https Hello World.
fn handshakes(root: &Path, rnode: &Path, key: &str) {
    println!("https {key}: new handshakes (openssl s_time -new -time 5)");
    let mut results = Vec::new();
    for (name, program, port) in [
        ("rnode", rnode.to_string_lossy().into_owned(), "18323"),
        ("node", "node".to_owned(), "18324"),
    ] {
        let Some(mut server) = start_hello(root, &program, port, Some(key)) else {
            println!("  {name}: cannot start");
            continue;
        };
        let started = Instant::now();
        let out = Command::new("openssl")
            .args([
                "s_time",
                "-connect",
                &format!("127.0.0.1:{port}"),
                "-new",
                "-time",
                "5",
            ])
            .env("OPENSSL_CONF", openssl_conf(root))
            .output();
        // s_time rounds its own wall time to whole seconds: time it here.
        let secs = started.elapsed().as_secs_f64();
        let _ = server.kill();
        let _ = server.wait();
        let text = out
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        // "1234 connections in 6 real seconds, ..."
        let real = text
            .lines()
            .find(|l| l.contains("real seconds"))
            .unwrap_or_default();
        let count: f64 = real
            .split_whitespace()
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or(0.0);
        let rate = count / secs.max(0.001);
        println!("  {name:<6} {rate:>10.0} handshakes/s");
        results.push(rate);
    }
    if let [ours, theirs] = results[..] {
        println!(
            "  ratio  {:.2}x node's handshakes/s",
            ours / theirs.max(1.0)
        );
    }
}

/// The manual's Hello World server under each runtime (https with `key`),
/// loaded by `wrk -t1 -c50` for 5 s with keep-alive: requests per second
/// and p99 latency.
fn hello_world(root: &Path, rnode: &Path, key: Option<&str>) {
    if Command::new("wrk").arg("--version").output().is_err() {
        println!("hello world: wrk is not installed (apt-get install wrk); skipped");
        return;
    }
    let scheme = if key.is_some() { "https" } else { "http" };
    println!(
        "{scheme} hello world{}: wrk -t1 -c50 -d5s",
        key.map(|k| format!(" ({k})")).unwrap_or_default()
    );
    let mut results = Vec::new();
    for (name, program, port) in [
        ("rnode", rnode.to_string_lossy().into_owned(), "18321"),
        ("node", "node".to_owned(), "18322"),
    ] {
        let Some(mut server) = start_hello(root, &program, port, key) else {
            println!("  {name}: cannot start");
            continue;
        };
        let url = format!("{scheme}://127.0.0.1:{port}/");
        let out = Command::new("wrk")
            .args(["-t1", "-c50", "-d5s", "--latency", &url])
            .env("OPENSSL_CONF", openssl_conf(root))
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
