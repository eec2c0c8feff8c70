//! `rnode debug`: the manual's Debugger section, driven through stdin.

use super::cli::{run_with_stdin, script, stdout};

/// The manual's `myscript.js`.
const MYSCRIPT: &str = r#"// myscript.js
x = 5;
setTimeout(function () {
  debugger;
  console.log("world");
}, 1000);
console.log("hello");
"#;

const ADD: &str = "var total = 0;
function add(a, b) {
  var sum = a + b;
  total += sum;
  return sum;
}
var r = add(1, 2);
r = add(r, 10);
console.log('r is', r);
";

fn debug(file: &std::path::Path, commands: &str) -> String {
    let o = run_with_stdin(&["debug", file.to_str().unwrap()], commands);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    stdout(&o)
}

#[test]
fn the_manuals_session_breaks_at_debugger_then_steps_and_prints() {
    let file = script("myscript.js", MYSCRIPT);
    let out = debug(&file, "run\nnext\nprint x\nprint 2+2\nnext\n");
    let expected = "debug> hello\n\
        break in [anonymous](), myscript.js:4\n  debugger;\n  ^\n\
        debug> break in [anonymous](), myscript.js:5\n  console.log(\"world\");\n  ^\n\
        debug> 5\ndebug> 4\ndebug> world\n";
    let out = out.replace(&format!("{}/", file.parent().unwrap().display()), "");
    assert_eq!(out, expected);
}

#[test]
fn breakpoints_watchers_locals_and_backtrace() {
    let file = script("add.js", ADD);
    let out = debug(
        &file,
        "sb('add.js', 4)\nrun\nwatch('total')\nprint a + b\np sum\nbt\ncont\nprint total\ncb(4)\ncont\n",
    );
    assert!(out.contains("breakpoint #1 in add(), "), "{out}");
    assert!(out.contains("add.js:4\n  total += sum;\n  ^\n"), "{out}");
    assert!(
        out.contains("debug> 3\ndebug> 3\n"),
        "a local and an argument: {out}"
    );
    assert!(
        out.contains("#0 add ") && out.contains("#1 [anonymous] "),
        "{out}"
    );
    assert!(
        out.contains("  0: total = 3\n"),
        "the watcher at the second stop: {out}"
    );
    assert!(out.contains("debug> 3\ndebug> debug> r is 13\n"), "{out}");
}

#[test]
fn step_goes_in_out_comes_back_and_next_stays_in_the_frame() {
    let file = script("steps.js", ADD);
    let o = run_with_stdin(
        &["--debug-brk", file.to_str().unwrap()],
        "n\ns\nn\no\nn\nc\n",
    );
    let out = stdout(&o);
    let stops: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once("break in ").map(|(_, rest)| rest))
        .map(|rest| rest.split_once(", ").map_or(rest, |(name, _)| name))
        .collect();
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("break in "))
        .filter_map(|l| l.rsplit(':').next())
        .collect();
    assert_eq!(
        stops,
        [
            "[anonymous]()",
            "[anonymous]()",
            "add()",
            "add()",
            "[anonymous]()",
            "[anonymous]()"
        ],
        "{out}"
    );
    assert_eq!(lines, ["1", "7", "3", "4", "8", "9"], "{out}");
    assert!(out.ends_with("r is 13\n"), "{out}");
}

#[test]
fn a_debugger_statement_in_a_callback_lists_and_evaluates_in_its_frame() {
    let file = script(
        "callback.js",
        "var fs = require('fs');\nfs.stat(__filename, function (err, st) {\n  var size = st.size;\n  debugger;\n  console.log('done', size > 0);\n});\n",
    );
    let out = debug(
        &file,
        "run\nlist(1)\nsize > 0\nrepl\nerr === null\n.exit\nnope\nc\n",
    );
    assert!(out.contains("break in [anonymous](), "), "{out}");
    assert!(
        out.contains("  3   var size = st.size;\n> 4   debugger;\n  5   console.log"),
        "{out}"
    );
    assert!(out.contains("debug> true\n"), "{out}");
    assert!(out.contains("> true\n> debug> "), "the repl: {out}");
    assert!(out.contains("ReferenceError: nope is not defined"), "{out}");
    assert!(out.ends_with("done true\n"), "{out}");
}

#[test]
fn quit_asks_first_and_end_of_input_ends_the_session() {
    let file = script("quit.js", "debugger;\nconsole.log('not reached');\n");
    let out = debug(&file, "run\nquit\nn\nquit\ny\n");
    assert!(
        out.contains("A debugging session is active. Quit anyway? (y or n) debug> "),
        "{out}"
    );
    assert!(!out.contains("not reached"), "{out}");
    let out = debug(&file, "run\n");
    assert!(!out.contains("not reached"), "{out}");
    let out = debug(&file, "");
    assert_eq!(out, "debug> ");
}
