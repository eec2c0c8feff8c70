//! The standard streams end to end: nothing lost, bytes intact, closed pipes.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

fn rnode() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rnode"))
}

const MANY_LINES: &str =
    "for (var i = 0; i < 100000; i++) process.stdout.write('line ' + i + '\\n'); process.exit(0);";

#[test]
fn hundred_thousand_lines_reach_a_pipe_before_exit() {
    let out = rnode().args(["-e", MANY_LINES]).output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 100_000);
    assert!(text.ends_with("line 99999\n"));
}

#[test]
fn hundred_thousand_lines_reach_a_file_before_exit() {
    let path = std::env::temp_dir().join(format!("rnode-stdout-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).expect("create");
    let status = rnode()
        .args(["-e", MANY_LINES])
        .stdout(file)
        .status()
        .expect("run");
    assert!(status.success());
    let text = std::fs::read_to_string(&path).expect("read back");
    assert_eq!(text.lines().count(), 100_000);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn cat_example_copies_binary_data_byte_for_byte() {
    let input: Vec<u8> = (0..1_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let mut child = rnode()
        .args([
            "-e",
            "process.stdin.resume(); process.stdin.pipe(process.stdout);",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let data = input.clone();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let mut output = Vec::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_end(&mut output)
        .expect("read");
    writer.join().expect("writer thread").expect("write");
    assert!(child.wait().expect("wait").success());
    assert_eq!(output.len(), input.len());
    assert!(output == input, "bytes differ");
}

#[test]
fn writing_to_a_closed_pipe_is_an_error_event_not_a_panic() {
    let code = "process.stdout.on('error', function (e) { process.stderr.write('error ' + e.code + '\\n'); process.exit(0); });
setInterval(function () { process.stdout.write('x\\n'); }, 1);";
    let mut child = rnode()
        .args(["-e", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 2];
    stdout.read_exact(&mut first).expect("first line");
    drop(stdout);
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error EPIPE"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0));
}
