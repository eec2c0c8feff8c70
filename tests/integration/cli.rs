use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn rnode() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rnode"))
}

pub(crate) fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = rnode()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rnode");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait rnode")
}

fn run(args: &[&str]) -> Output {
    run_with_stdin(args, "")
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A script file in a fresh temporary directory.
pub(crate) fn script(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rnode-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let path = dir.join(name);
    std::fs::write(&path, body).expect("write script");
    path
}

#[test]
fn version_flag_prints_a_v0_4_version() {
    for flag in ["-v", "--version"] {
        let o = run(&[flag]);
        assert!(o.status.success());
        assert!(stdout(&o).starts_with("v0.4."), "{}", stdout(&o));
    }
}

#[test]
fn help_flag_prints_usage() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Usage: rnode"));
}

#[test]
fn unknown_option_prints_usage_and_fails() {
    let o = run(&["--no-such-flag"]);
    assert_eq!(o.status.code(), Some(9));
    assert!(stderr(&o).contains("bad option: --no-such-flag"));
    assert!(stderr(&o).contains("Usage: rnode"));
}

#[test]
fn eval_runs_code_and_passes_arguments() {
    let o = run(&[
        "-e",
        "console.log(process.argv.slice(1).join(','))",
        "a",
        "b",
    ]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "a,b\n");
}

#[test]
fn print_shows_the_result() {
    let o = run(&["-p", "6 * 7"]);
    assert_eq!(stdout(&o), "42\n");
    let o = run(&["--print", "({ a: [1, 2] })"]);
    assert_eq!(stdout(&o), "{ a: [ 1, 2 ] }\n");
}

#[test]
fn script_from_a_pipe_on_stdin() {
    let o = run_with_stdin(&[], "console.log(1 + 1)\n");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "2\n");
}

#[test]
fn double_dash_ends_options() {
    let path = script("dash.js", "console.log(process.argv.slice(2).join(' '))");
    let o = run(&["--", path.to_str().expect("utf8 path"), "-v", "--help"]);
    assert_eq!(stdout(&o), "-v --help\n");
}

#[test]
fn argv_has_the_absolute_script_path() {
    let path = script("argv.js", "console.log(process.argv[1])");
    let dir = path.parent().expect("dir");
    let o = rnode()
        .arg("argv.js")
        .current_dir(dir)
        .output()
        .expect("run");
    assert_eq!(stdout(&o).trim(), path.to_str().expect("utf8 path"));
}

#[test]
fn process_exit_sets_the_exit_code() {
    let o = run(&["-e", "process.on('exit', function (c) { console.log('exit ' + c) }); process.exit(3); console.log('not here')"]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stdout(&o), "exit 3\n");
}

#[test]
fn process_exit_cannot_be_caught() {
    let o = run(&["-e", "try { process.exit(4) } catch (e) { console.log('caught') } finally { console.log('finally') }"]);
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(stdout(&o), "");
}

#[test]
fn uncaught_exception_prints_the_source_line_and_stack() {
    let path = script(
        "throw.js",
        "var x = 1;\nfunction boom() {\n  throw new Error('kaboom');\n}\nboom();\n",
    );
    let o = run(&[path.to_str().expect("utf8 path")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let expected_head = format!(
        "\n{}:3\n  throw new Error('kaboom');\n        ^\nError: kaboom\n    at boom (",
        path.display()
    );
    assert!(err.starts_with(&expected_head), "stderr was:\n{err}");
    assert!(err.contains(&format!("{}:3:", path.display())), "{err}");
}

#[test]
fn uncaught_exception_skips_exit_listeners_like_node_0_4() {
    let o = run(&[
        "-e",
        "process.on('exit', function () { console.log('exit') }); throw new Error('x')",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
}

#[test]
fn syntax_error_names_the_file_and_line() {
    let path = script("syntax.js", "var a = 1;\nvar b = = 2;\n");
    let o = run(&[path.to_str().expect("utf8 path")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{}:2\nvar b = = 2;\n", path.display())),
        "{err}"
    );
    assert!(err.contains("SyntaxError"), "{err}");
}

#[test]
fn syntax_error_in_a_required_file() {
    let dep = script("bad-dep.js", "function (\n");
    let main = script(
        "main-dep.js",
        &format!("require({:?});", dep.display().to_string()),
    );
    let o = run(&[main.to_str().expect("utf8 path")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!("{}:1", dep.display())),
        "{}",
        stderr(&o)
    );
}

#[test]
fn deep_recursion_is_a_range_error_not_a_crash() {
    let o = run(&["-e", "function f(n) { return n === 0 ? 0 : 1 + f(n - 1) } console.log(f(9000)); function g() { g() } g()"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "9000\n");
    assert!(
        stderr(&o).contains("RangeError: Maximum call stack size exceeded"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn deep_recursion_reaches_uncaught_exception_listeners() {
    let o = run(&["-e", "process.on('uncaughtException', function (e) { console.log(e instanceof RangeError) }); function g() { g() } g()"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "true\n");
}

#[test]
fn missing_script_is_a_module_not_found_error() {
    let o = run(&["/nonexistent/rnode-script.js"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Cannot find module '/nonexistent/rnode-script.js'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdout_is_complete_when_piped() {
    let o = run(&[
        "-e",
        "for (var i = 0; i < 20000; i++) console.log('line ' + i)",
    ]);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 20000);
    assert!(out.ends_with("line 19999\n"));
}

const STDIN_ECHO: &str = "process.stdin.resume(); process.stdin.setEncoding('utf8');
process.stdin.on('data', function (chunk) { process.stdout.write('data: ' + chunk); });
process.stdin.on('end', function () { process.stdout.write('end'); });";

#[test]
fn stdin_example_from_a_pipe() {
    let o = run_with_stdin(&["-e", STDIN_ECHO], "héllo\n");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "data: héllo\nend");
}

#[test]
fn stdin_example_from_a_file() {
    let input = script("input.txt", "from a file\n");
    let file = std::fs::File::open(&input).expect("open input");
    let o = rnode()
        .args(["-e", STDIN_ECHO])
        .stdin(file)
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "data: from a file\nend");
}

#[test]
fn paused_stdin_does_not_keep_the_process_alive() {
    let child = rnode()
        .args([
            "-e",
            "process.stdin.resume(); process.stdin.pause(); console.log('done')",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(stdout(&o), "done\n");
}

#[test]
fn sigint_listener_gets_the_signal() {
    let code = "process.stdin.resume();
process.on('SIGINT', function () { console.log('Got SIGINT'); process.exit(0); });
process.kill(process.pid, 'SIGINT');";
    let mut child = rnode()
        .args(["-e", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdin = child.stdin.take();
    let o = child.wait_with_output().expect("wait");
    drop(stdin);
    assert_eq!(stdout(&o), "Got SIGINT\n");
    assert_eq!(o.status.code(), Some(0));
}
