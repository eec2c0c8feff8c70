//! The `rnode` command: parses the command line and hands a script to
//! the runtime. See `rnode --help`.

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use rnode_runtime::{Entry, RuntimeOptions};

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
Usage: rnode [options] [ -e script | script.js ] [arguments]

Options:
  -v, --version        print rnode's version (a Node v0.4 API level)
  -e, --eval script    evaluate script
  -p, --print script   evaluate script and print the result
  -h, --help           print this help
  --                   end of options; the next argument is the script

With no script, rnode reads one from standard input when it is not a
terminal.

Environment:
  NODE_PATH            ':'-separated directories prefixed to the module
                       search path (require.paths)
";

/// Exit code for a bad command line (as Node uses).
const BAD_USAGE: u8 = 9;

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Run {
        entry: Option<Entry>,
        args: Vec<String>,
    },
}

fn parse(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Run {
            entry: None,
            args: Vec::new(),
        });
    };
    match first.as_str() {
        "-h" | "--help" => Ok(Command::Help),
        "-v" | "--version" => Ok(Command::Version),
        flag @ ("-e" | "--eval" | "-p" | "--print") => {
            let code = args
                .get(1)
                .ok_or_else(|| format!("{flag} requires an argument"))?;
            let print = flag == "-p" || flag == "--print";
            let entry = Entry::Eval {
                code: code.clone(),
                print,
            };
            Ok(Command::Run {
                entry: Some(entry),
                args: args[2..].to_vec(),
            })
        }
        "--" => Ok(script_command(&args[1..])),
        flag if flag.starts_with('-') && flag.len() > 1 => Err(format!("bad option: {flag}")),
        _ => Ok(script_command(args)),
    }
}

fn script_command(rest: &[String]) -> Command {
    match rest.split_first() {
        Some((script, args)) => Command::Run {
            entry: Some(Entry::File(script.into())),
            args: args.to_vec(),
        },
        None => Command::Run {
            entry: None,
            args: Vec::new(),
        },
    }
}

fn absolute(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
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
    let (entry, args) = match command {
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
        Command::Run { entry, args } => (entry, args),
    };
    let entry = match entry {
        Some(entry) => entry,
        None if std::io::stdin().is_terminal() => {
            eprintln!("rnode: the REPL is not available yet; run a script (rnode script.js), use -e CODE, or pipe a script on stdin");
            return ExitCode::from(1);
        }
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
    let mut options = RuntimeOptions::new(argv);
    options.owns_process_title = true;
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
                args: strings(&["-x", "y"])
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
                args: vec![]
            }
        );
    }

    #[test]
    fn unknown_option_is_an_error() {
        assert!(parse(&strings(&["--nope"])).is_err());
        assert!(parse(&strings(&["-e"])).is_err());
    }
}
