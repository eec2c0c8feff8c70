//! `cargo xtask bench repl`: the REPL's start and a 10,000-line paste,
//! rnode beside node (issue: REPL start ≤ 1.5× an empty script's, a paste
//! no slower than node's REPL). The start is timed on a terminal (`script`
//! makes the pseudo-terminal; its own cost is in both figures) and on a
//! pipe (`-i`); the paste on a pipe.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub fn run(root: &Path, rnode: &Path) {
    let rnode = rnode.to_string_lossy().into_owned();
    let empty = root.join("target/bench-empty.js");
    let _ = std::fs::write(&empty, "");
    let empty_cmd = format!("{rnode} {}", empty.display());
    println!("repl: start on a terminal (until the first prompt) against an empty script, median of 15, less `script true`'s time");
    let pty = median(15, || start_on_terminal("true", None));
    let less_pty = |d: Duration| d.saturating_sub(pty);
    let script = less_pty(median(15, || start_on_terminal(&empty_cmd, None)));
    let repl = less_pty(median(15, || start_on_terminal(&rnode, Some("> "))));
    let node_repl = less_pty(median(15, || start_on_terminal("node", Some("> "))));
    println!("  script true    {:>8.2} ms (subtracted)", ms(pty));
    report_start("", script, repl, node_repl);

    println!("repl: start (`-i` on an empty pipe) against an empty script, median of 15");
    let script = median(15, || {
        time(&rnode, &[empty.to_string_lossy().as_ref()], b"")
    });
    let repl = median(15, || time(&rnode, &["-i"], b""));
    let node_repl = median(15, || time("node", &["-i"], b""));
    report_start(" -i", script, repl, node_repl);

    let paste = paste_text(10_000);
    println!(
        "repl: the same 10,000 lines pasted on a terminal, until the last result, median of 3"
    );
    let pasted = paste_text(10_000) + "'paste' + ' done'\n";
    let ours = median(3, || on_terminal_paste(&rnode, &pasted, true));
    let theirs = median(3, || on_terminal_paste("node", &pasted, false));
    println!(
        "  rnode  {:>8.0} ms (bracketed paste, then Enter)",
        ms(ours)
    );
    println!("  node   {:>8.0} ms (the lines typed)", ms(theirs));
    println!(
        "  ratio  {:.2}x node's speed",
        ms(theirs) / ms(ours).max(0.001)
    );

    println!("repl: 10,000 lines piped into `-i`, median of 3");
    let ours = median(3, || time(&rnode, &["-i"], paste.as_bytes()));
    let theirs = median(3, || time("node", &["-i"], paste.as_bytes()));
    println!("  rnode  {:>8.0} ms", ms(ours));
    println!("  node   {:>8.0} ms", ms(theirs));
    println!(
        "  ratio  {:.2}x node's speed",
        ms(theirs) / ms(ours).max(0.001)
    );
}

/// The three start times, the REPL's as a multiple of the empty script's.
fn report_start(flag: &str, script: Duration, repl: Duration, node: Duration) {
    let repl_label = format!("rnode{flag}");
    let node_label = format!("node{flag}");
    println!("  {:<14} {:>8.2} ms", "rnode empty.js", ms(script));
    println!(
        "  {repl_label:<14} {:>8.2} ms ({:.2}x the empty script; target <= 1.5)",
        ms(repl),
        ms(repl) / ms(script)
    );
    println!("  {node_label:<14} {:>8.2} ms", ms(node));
}

/// Runs `command` on a pseudo-terminal until it exits, answering a
/// line editor's cursor-position query as a terminal would. Each step
/// `(text, input)` in turn waits for `text` in the output, then types
/// `input`. Gives when each step fired and when the command ended,
/// counted from its start.
fn on_terminal(command: &str, steps: &[(&str, Vec<u8>)]) -> (Vec<Duration>, Duration) {
    use std::io::{Read, Write};
    let started = Instant::now();
    let child = Command::new("script")
        .args(["-qfec", command, "/dev/null"])
        .env("NODE_REPL_HISTORY", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        return (Vec::new(), Duration::ZERO);
    };
    let (Some(mut stdin), Some(mut stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return (Vec::new(), Duration::ZERO);
    };
    // Written from a thread: a big paste fills the terminal's buffers
    // while its echo must still be read here.
    let (to_stdin, inputs) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        for input in inputs {
            let _ = stdin.write_all(&input);
        }
    });
    let mut seen = Vec::new();
    let mut chunk = [0u8; 65536];
    let mut fired = Vec::new();
    while let Ok(n @ 1..) = stdout.read(&mut chunk) {
        seen.extend_from_slice(&chunk[..n]);
        let tail = String::from_utf8_lossy(&seen[seen.len().saturating_sub(4096)..]).into_owned();
        if tail.contains("\x1b[6n") {
            let _ = to_stdin.send(b"\x1b[1;1R".to_vec());
            seen.clear();
        } else if let Some((text, input)) = steps.get(fired.len()) {
            if tail.contains(text) {
                fired.push(started.elapsed());
                let _ = to_stdin.send(input.clone());
                seen.clear();
            }
        }
    }
    let _ = child.wait();
    (fired, started.elapsed())
}

/// The time `command` takes to exit on a terminal, or with a prompt, to
/// print it (then Ctrl+D ends it).
fn start_on_terminal(command: &str, prompt: Option<&str>) -> Duration {
    match prompt {
        None => on_terminal(command, &[]).1,
        Some(prompt) => on_terminal(command, &[(prompt, b"\x04".to_vec())])
            .0
            .first()
            .copied()
            .unwrap_or_default(),
    }
}

/// Pastes `text` into the REPL `program` on a terminal (as a bracketed
/// paste and then Enter, or as typed lines) and times it until
/// `'paste done'` is printed; Ctrl+D then ends the REPL.
fn on_terminal_paste(program: &str, text: &str, bracketed: bool) -> Duration {
    let typed = text.replace('\n', "\r");
    let input = if bracketed {
        format!("\x1b[200~{typed}\x1b[201~\r")
    } else {
        typed
    };
    let steps = [
        ("> ", input.into_bytes()),
        ("'paste done'", b"\x04".to_vec()),
    ];
    match on_terminal(program, &steps).0[..] {
        [pasted, done] => done.saturating_sub(pasted),
        _ => Duration::ZERO,
    }
}

/// Statements and object literals, a third of them printing a value.
fn paste_text(lines: usize) -> String {
    (0..lines)
        .map(|i| match i % 3 {
            0 => format!("x = {{ n: {i}, s: 'line {i}' }}\n"),
            _ => format!("var x{i} = {i} * 2;\n"),
        })
        .collect()
}

fn time(program: &str, args: &[&str], input: &[u8]) -> Duration {
    let started = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if let Ok(mut child) = child {
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            let _ = stdin.write_all(input);
        }
        let _ = child.wait();
    }
    started.elapsed()
}

fn median(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
