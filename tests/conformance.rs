//! `cargo test` entry for the JS conformance suite: runs every
//! `conformance/**/test-*.js` against the freshly built rnode.
//! (`cargo xtask conformance` runs the same runner with more options.)

#[path = "../xtask/src/conformance.rs"]
mod conformance;

use std::time::Duration;

fn main() {
    let root = conformance::workspace_root();
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let options = conformance::Options {
        runtime: env!("CARGO_BIN_EXE_rnode").into(),
        is_node: false,
        filter,
        jobs: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2),
        timeout: Duration::from_secs(60),
        left_out: conformance::left_out_modules(env!("CARGO_BIN_EXE_rnode").as_ref()),
    };
    let mut failed = conformance::run(&root, &options).failed;
    // Where real Node is installed, prove the same tests against it: a
    // test that fails under Node encodes something Node never did.
    if node_available() {
        println!("\n== the same tests under node ==");
        let node = conformance::Options {
            runtime: "node".into(),
            is_node: true,
            left_out: Vec::new(),
            ..options
        };
        failed += conformance::run(&root, &node).failed;
    }
    if failed > 0 {
        std::process::exit(1);
    }
}

fn node_available() -> bool {
    std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}
