//! `cargo test` entry for the JS-API fuzzer: a bounded slice (the first 60
//! seeds, 200 calls each) of what `cargo xtask fuzz` runs, against the
//! freshly built rnode. Any panic, abort, signal or hang fails the build;
//! the full run (`cargo xtask fuzz`, 1,000 seeds) is in docs/hardening.md.

#[path = "../xtask/src/fuzz.rs"]
mod fuzz;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|d| d.join("xtask/fuzz/driver.js").is_file())
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let options = fuzz::Options {
        runtime: env!("CARGO_BIN_EXE_rnode").into(),
        first_seed: 1,
        runs: 60,
        calls: 200,
        jobs: 2,
        timeout: std::time::Duration::from_secs(30),
    };
    if !fuzz::run(&root, &options).failures.is_empty() {
        std::process::exit(1);
    }
}
