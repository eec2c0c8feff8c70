//! The `rnode` command: parses the command line and hands a script to
//! the runtime. See `rnode --help`.

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

#[cfg(feature = "repl")]
mod line_editor;

use rnode_runtime::debugger::DebugOptions;
use rnode_runtime::{Entry, Permissions, RuntimeOptions};

#[cfg(all(feature = "mimalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
Usage: rnode [options] [ -e script | script.js ] [arguments]
       rnode debug script.js [arguments]

Options:
  -v, --version        print rnode's version (a Node v0.4 API level)
  -e, --eval script    evaluate script
  -p, --print script   evaluate script and print the result
  -i, --interactive    start the REPL even when stdin is not a terminal
  --debug-brk          run the script in the debugger, stopped at its
                       first line (`rnode debug` waits for `run` first)
  --debug              accepted for Node's sake; rnode's debugger is
                       built in, not a V8 protocol server
  -h, --help           print this help
  --                   end of options; the next argument is the script

Sandbox (see docs/sandbox.md):
  --sandbox            deny file, network, DNS, child process and
                       environment access unless allowed below
  --allow-fs-read[=PATH,...]   read these files and directories (all if bare)
  --allow-fs-write[=PATH,...]  create, change and remove under these paths
  --allow-net[=HOST[:PORT],...]  connect, listen, send and resolve
  --allow-child-process        start processes, signal other processes
  --allow-env[=NAME,...]       read and set these environment variables
  --allow-all                  everything (the sandbox's limits still apply)

Limits (with or without --sandbox):
  --max-run-time=MS            stop the script after MS milliseconds of wall
                               time, even inside an endless loop (exit 1)
  --max-loop-iterations=N      a loop running more than N times throws

With no script, rnode starts the REPL on a terminal, and otherwise reads
a script from standard input.

Environment:
  NODE_PATH            ':'-separated directories prefixed to the module
                       search path (require.paths)
  NODE_REPL_HISTORY    the REPL's history file (~/.rnode_repl_history);
                       empty for none
  NODE_NO_READLINE=1   the REPL reads plain lines (for rlwrap)
";

/// The REPL, as the program to run.
fn repl_entry() -> Entry {
    Entry::Eval {
        code: REPL_MAIN.to_owned(),
        print: false,
    }
}

/// Starts the REPL on stdin and stdout: a line editor on a terminal
/// (reedline, [`line_editor`], when built with it), plain lines with
/// NODE_NO_READLINE=1 or from a pipe (`rnode -i`).
const REPL_MAIN: &str = "\
var plain = process.env.NODE_NO_READLINE === '1' || !process.stdin.isTTY;
if (!plain) console.log(\"Type '.help' for options.\");
require('repl').start({ prompt: '> ', input: process.stdin, output: process.stdout,
                        terminal: !plain, require: require, module: module, keepRunning: true });
";

/// [`REPL_MAIN`] with reedline editing the lines (stdin is not touched).
#[cfg(feature = "repl")]
const REPL_MAIN_REEDLINE: &str = "\
console.log(\"Type '.help' for options.\");
require('repl').start({ prompt: '> ', output: process.stdout, terminal: true, useColors: true,
                        lineEditor: require('rnode_line_editor'),
                        require: require, module: module, keepRunning: true });
";

/// Whether the REPL gets reedline: stdin and stdout are terminals and
/// NODE_NO_READLINE does not ask for plain lines.
fn wants_line_editor(entry: &Entry) -> bool {
    let is_repl = matches!(entry, Entry::Eval { code, .. } if code == REPL_MAIN);
    is_repl
        && cfg!(feature = "repl")
        && std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NODE_NO_READLINE").is_none_or(|v| v != "1")
}

/// Exit code for a bad command line (as Node uses).
const BAD_USAGE: u8 = 9;

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Run {
        entry: Option<Entry>,
        args: Vec<String>,
        sandbox: Option<Sandbox>,
        limits: Limits,
        debug: Option<DebugStart>,
    },
}

/// How the built-in debugger starts.
#[derive(Debug, PartialEq)]
enum DebugStart {
    /// `rnode debug script.js`: a `debug>` prompt, then `run`.
    Prompt,
    /// `--debug-brk`: stopped before the first line.
    BreakOnStart,
}

/// `--max-run-time=MS`, `--max-loop-iterations=N`.
#[derive(Debug, Default, PartialEq)]
struct Limits {
    max_run_time_ms: Option<u64>,
    max_loop_iterations: Option<u64>,
}

fn number_flag(flag: &str, value: Option<&str>) -> Result<u64, String> {
    value
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{flag} needs a positive whole number ({flag}=N)"))
}

/// The `--sandbox` and `--allow-*` flags, as given.
#[derive(Debug, Default, PartialEq)]
struct Sandbox {
    /// `(flag, value)`: `("--allow-net", Some("localhost:80,[::1]"))`.
    allows: Vec<(String, Option<String>)>,
}

impl Sandbox {
    fn permissions(&self) -> Permissions {
        let mut p = Permissions::none();
        for (flag, value) in &self.allows {
            let list: Option<Vec<&str>> = value
                .as_deref()
                .map(|v| v.split(',').filter(|s| !s.is_empty()).collect());
            let scope = match flag.as_str() {
                "--allow-fs-read" => "fs.read",
                "--allow-fs-write" => "fs.write",
                "--allow-net" => "net",
                "--allow-env" => "env",
                "--allow-child-process" => "child",
                _ => "all",
            };
            p = p.clone().grant(scope, list.as_deref()).unwrap_or(p);
        }
        p
    }
}

const ALLOW_FLAGS: [&str; 6] = [
    "--allow-fs-read",
    "--allow-fs-write",
    "--allow-net",
    "--allow-child-process",
    "--allow-env",
    "--allow-all",
];

fn parse(args: &[String]) -> Result<Command, String> {
    let mut sandbox = None::<Sandbox>;
    let mut allows = Vec::new();
    let mut limits = Limits::default();
    let mut debug = None;
    let mut i = 0;
    if args.first().map(String::as_str) == Some("debug") {
        debug = Some(DebugStart::Prompt);
        i = 1;
    }
    let entry = loop {
        let Some(arg) = args.get(i) else {
            break None;
        };
        let (flag, value) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "-v" | "--version" => return Ok(Command::Version),
            "-e" | "--eval" | "-p" | "--print" => {
                let code = args
                    .get(i + 1)
                    .ok_or_else(|| format!("{flag} requires an argument"))?;
                let print = flag == "-p" || flag == "--print";
                i += 2;
                break Some(Entry::Eval {
                    code: code.clone(),
                    print,
                });
            }
            "-i" | "--interactive" => break Some(repl_entry()),
            "--debug-brk" => debug = debug.or(Some(DebugStart::BreakOnStart)),
            "--debug" => {}
            "--sandbox" => sandbox = Some(Sandbox::default()),
            "--max-run-time" => {
                limits.max_run_time_ms = Some(number_flag(flag, value.as_deref())?);
            }
            "--max-loop-iterations" => {
                limits.max_loop_iterations = Some(number_flag(flag, value.as_deref())?);
            }
            f if ALLOW_FLAGS.contains(&f) => allows.push((f.to_owned(), value)),
            "--" => {
                i += 1;
                break args.get(i).map(|s| Entry::File(s.into()));
            }
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("bad option: {arg}")),
            _ => break Some(Entry::File(arg.into())),
        }
        i += 1;
    };
    if matches!(entry, Some(Entry::File(_))) {
        i += 1;
    }
    if let Some((flag, _)) = allows.first() {
        let sandbox = sandbox
            .as_mut()
            .ok_or_else(|| format!("{flag} needs --sandbox"))?;
        sandbox.allows = allows;
    }
    Ok(Command::Run {
        entry,
        args: args.get(i..).unwrap_or_default().to_vec(),
        sandbox,
        limits,
        debug,
    })
}

fn absolute(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// A panic anywhere (the JS thread, a pool thread, the reactor) is a bug
/// in rnode: say so, restore the terminal, and exit 70 (EX_SOFTWARE) at
/// once rather than leave a thread waiting for work that will not come.
fn exit_70_on_panic() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default(info);
        eprintln!("rnode: internal error (a panic); this is a bug in rnode");
        rnode_runtime::restore_terminal();
        std::process::exit(70);
    }));
}

fn main() -> ExitCode {
    let mut all: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let argv0 = if all.is_empty() {
        "rnode".to_owned()
    } else {
        all.remove(0)
    };
    let command = match parse(&all) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("rnode: {message}\n{USAGE}");
            return ExitCode::from(BAD_USAGE);
        }
    };
    let (entry, args, sandbox, limits, debug) = match command {
        Command::Help => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!(
                "{} (rnode {})",
                rnode_runtime::NODE_VERSION,
                env!("CARGO_PKG_VERSION")
            );
            return ExitCode::SUCCESS;
        }
        Command::Run {
            entry,
            args,
            sandbox,
            limits,
            debug,
        } => (entry, args, sandbox, limits, debug),
    };
    let entry = match entry {
        Some(entry) => entry,
        // No script on a terminal: the REPL (as `node`).
        None if std::io::stdin().is_terminal() => repl_entry(),
        None => {
            let mut code = String::new();
            if let Err(err) = std::io::stdin().read_to_string(&mut code) {
                eprintln!("rnode: cannot read the script from stdin: {err}");
                return ExitCode::from(1);
            }
            Entry::Stdin(code)
        }
    };
    let mut argv = vec![argv0];
    if let Entry::File(script) = &entry {
        argv.push(absolute(script));
    }
    argv.extend(args);
    rnode_runtime::ignore_sigpipe();
    exit_70_on_panic();
    let mut options = RuntimeOptions::new(argv);
    options.owns_process_title = true;
    if let Some(sandbox) = &sandbox {
        options.permissions = sandbox.permissions();
    }
    options.max_run_time = limits.max_run_time_ms.map(std::time::Duration::from_millis);
    options.loop_iteration_limit = limits.max_loop_iterations;
    #[cfg(feature = "repl")]
    let entry = if wants_line_editor(&entry) {
        let screen = line_editor::Screen::new();
        options.stdout = screen.output();
        options.host_modules.push(line_editor::host_module(screen));
        Entry::Eval {
            code: REPL_MAIN_REEDLINE.to_owned(),
            print: false,
        }
    } else {
        entry
    };
    options.debug = match (debug, &entry) {
        (None, _) => None,
        (Some(_), entry) if !matches!(entry, Entry::File(_)) => {
            eprintln!("rnode: the debugger needs a script file: rnode debug script.js");
            return ExitCode::from(BAD_USAGE);
        }
        (Some(DebugStart::BreakOnStart), _) => Some(DebugOptions {
            break_on_start: true,
            ..DebugOptions::default()
        }),
        (Some(DebugStart::Prompt), _) => {
            let script = options.argv.get(1).map_or("", String::as_str);
            match rnode_runtime::debugger::prompt_before_run(script) {
                Some(options) => Some(options),
                None => return ExitCode::SUCCESS,
            }
        }
    };
    let code = rnode_runtime::run(options, entry);
    // As exit(3): the status is the low 8 bits (process.exit(-1) is 255).
    ExitCode::from((code & 0xff) as u8)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn script_and_args() {
        let cmd = parse(&strings(&["a.js", "-x", "y"])).unwrap();
        assert_eq!(
            cmd,
            Command::Run {
                entry: Some(Entry::File("a.js".into())),
                args: strings(&["-x", "y"]),
                sandbox: None,
                limits: Limits::default(),
                debug: None,
            }
        );
    }

    #[test]
    fn double_dash_ends_options() {
        let cmd = parse(&strings(&["--", "-weird.js"])).unwrap();
        assert_eq!(
            cmd,
            Command::Run {
                entry: Some(Entry::File("-weird.js".into())),
                args: vec![],
                sandbox: None,
                limits: Limits::default(),
                debug: None,
            }
        );
    }

    #[test]
    fn unknown_option_is_an_error() {
        assert!(parse(&strings(&["--nope"])).is_err());
        assert!(parse(&strings(&["-e"])).is_err());
        assert!(parse(&strings(&["--allow-net", "a.js"])).is_err());
    }

    #[test]
    fn sandbox_flags_come_before_the_script() {
        let cmd = parse(&strings(&[
            "--allow-env=HOME",
            "--sandbox",
            "a.js",
            "--sandbox",
        ]))
        .unwrap();
        let Command::Run { args, sandbox, .. } = cmd else {
            panic!("not a run");
        };
        assert_eq!(args, strings(&["--sandbox"]));
        let allows = sandbox.unwrap().allows;
        assert_eq!(
            allows,
            vec![("--allow-env".to_owned(), Some("HOME".to_owned()))]
        );
    }
}
