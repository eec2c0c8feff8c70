//! `cargo test` entry for Node v0.4.12's own test suite: runs every
//! `tests/node-v0.4/test/simple/test-*.js` and `test/message/*.js` against
//! the freshly built rnode, checked against
//! `tests/node-v0.4/expected-failures.txt`.
//! (`cargo xtask node04` runs the same runner with more options.)

#[path = "../xtask/src/node04.rs"]
mod node04;

fn main() {
    let root = node04::workspace_root();
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let options = node04::Options {
        runtime: env!("CARGO_BIN_EXE_rnode").into(),
        filter,
        timeout: node04::DEFAULT_TIMEOUT,
        update: false,
    };
    if node04::run(&root, &options).failed > 0 {
        std::process::exit(1);
    }
}
