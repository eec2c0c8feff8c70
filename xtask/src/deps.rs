//! `cargo xtask deps`: every crate in rnode's default build that has a
//! build script, and what that script compiles. It fails when one reaches
//! for a C++ compiler, or when a crate other than the two allowed compiles
//! C: ring (its assembly and C, with the `tls` feature) and mimalloc (the
//! CLI's optional allocator). Portability issue: "no C++ ever".
//!
//! The check reads the build scripts' source; `cargo xtask ci` also builds
//! with `CXX=false`, so a C++ compile that slips past the reading fails
//! the build itself.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The crates allowed to compile C, and why.
const C_ALLOWED: &[(&str, &str)] = &[
    (
        "ring",
        "tls: ring's C and assembly (the same code as BoringSSL's)",
    ),
    (
        "libmimalloc-sys",
        "the CLI's optional allocator (feature mimalloc)",
    ),
];

/// Build scripts whose C++ path is for a target rnode builds without them
/// (so the reading above flags them, and the build with `CXX=false` proves
/// the path is not taken here).
const CXX_ELSEWHERE: &[(&str, &str)] = &[(
    "libmimalloc-sys",
    "C here; C++ only for MSVC targets, where the CLI leaves mimalloc out",
)];

/// Build scripts that compile C only with a cargo feature of their own,
/// and that feature: off in rnode's build (read from cargo's resolve), they
/// compile nothing.
const C_BEHIND_FEATURE: &[(&str, &str)] = &[
    // crossterm (reedline's terminal) takes signal-hook with its defaults.
    ("signal-hook", "extended-siginfo-raw"),
];

/// What a build script compiles.
#[derive(PartialEq)]
enum Compiles {
    Nothing,
    C,
    Cxx,
}

pub fn run(root: &Path) -> i32 {
    let scripts = match build_scripts(root) {
        Ok(s) => s,
        Err(err) => {
            eprintln!("xtask deps: {err}");
            return 1;
        }
    };
    let mut failures = 0;
    println!(
        "crates with a build script in rnode's default build ({}):",
        scripts.len()
    );
    for (name, (src, features)) in &scripts {
        let gate = C_BEHIND_FEATURE.iter().find(|(n, _)| n == name);
        if let Some((_, feature)) = gate.filter(|(_, f)| !features.iter().any(|on| on == f)) {
            println!("  {name:<22} compiles nothing (C only with its feature {feature}, off here)");
            continue;
        }
        let compiles = classify(src);
        let (what, ok) = match compiles {
            Compiles::Nothing => (
                "compiles nothing (cfg probes, generated Rust)".to_owned(),
                true,
            ),
            Compiles::Cxx => match CXX_ELSEWHERE.iter().find(|(n, _)| n == name) {
                Some((_, why)) => (format!("compiles {why}"), true),
                None => ("COMPILES C++".to_owned(), false),
            },
            Compiles::C => match C_ALLOWED.iter().find(|(n, _)| n == name) {
                Some((_, why)) => (format!("compiles C: {why}"), true),
                None => ("COMPILES C (not on the allowed list)".to_owned(), false),
            },
        };
        println!("  {name:<22} {what}");
        failures += usize::from(!ok);
    }
    if failures > 0 {
        eprintln!("xtask deps: {failures} crate(s) compile what rnode must not need");
        return 1;
    }
    0
}

/// A build script's source and its package's enabled features.
type Script = (String, Vec<String>);

/// (crate name, build script and features) for each crate with a build
/// script that rnode's default build reaches (normal and build
/// dependencies).
fn build_scripts(root: &Path) -> Result<BTreeMap<String, Script>, String> {
    let out = crate::cargo(root)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--filter-platform",
            &host_triple(),
        ])
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let meta: Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let packages: BTreeMap<&str, &Value> = list(&meta["packages"])
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &Value> = list(&meta["resolve"]["nodes"])
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let start = packages
        .iter()
        .find(|(_, p)| p["name"] == "rnode")
        .map(|(id, _)| *id)
        .ok_or("no rnode package in the workspace")?;
    let mut seen = HashSet::from([start]);
    let mut todo = vec![start];
    let mut scripts = BTreeMap::new();
    while let Some(id) = todo.pop() {
        if let Some(pkg) = packages.get(id) {
            if let Some(src) = build_script_source(pkg) {
                let features = nodes
                    .get(id)
                    .map(|n| list(&n["features"]))
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|f| f.as_str().map(str::to_owned))
                    .collect();
                let name = pkg["name"].as_str().unwrap_or(id).to_owned();
                scripts.insert(name, (src, features));
            }
        }
        let deps = nodes.get(id).map(|n| list(&n["deps"])).unwrap_or_default();
        for dep in deps {
            // Dev-dependencies are not part of what ships.
            let shipped = list(&dep["dep_kinds"])
                .iter()
                .any(|k| k["kind"].is_null() || k["kind"] == "build");
            if let Some(dep_id) = dep["pkg"].as_str().filter(|_| shipped) {
                if seen.insert(dep_id) {
                    todo.push(dep_id);
                }
            }
        }
    }
    Ok(scripts)
}

fn list(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// The text of a package's build script and of the `.rs` files beside it
/// when it lives in a directory of its own (`build/build.rs`).
fn build_script_source(pkg: &Value) -> Option<String> {
    let target = list(&pkg["targets"])
        .iter()
        .find(|t| list(&t["kind"]).iter().any(|k| k == "custom-build"))?;
    let script = Path::new(target["src_path"].as_str()?);
    let mut text = std::fs::read_to_string(script).unwrap_or_default();
    let dir = script.parent()?;
    let in_own_dir = dir.file_name().is_some_and(|d| d == "build");
    if in_own_dir {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path != script && path.extension().is_some_and(|e| e == "rs") {
                text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    Some(text)
}

fn classify(src: &str) -> Compiles {
    const CXX: &[&str] = &[
        ".cpp(true)",
        "cxx_build",
        "cmake::",
        "\"c++\"",
        "\"g++\"",
        "\"clang++\"",
    ];
    const C: &[&str] = &["cc::Build", "cc::", "Build::new()"];
    if CXX.iter().any(|m| src.contains(m)) {
        Compiles::Cxx
    } else if C.iter().any(|m| src.contains(m)) {
        Compiles::C
    } else {
        Compiles::Nothing
    }
}

/// This machine's target triple (`rustc -vV`'s `host:` line).
pub fn host_triple() -> String {
    let out = Command::new("rustc").arg("-vV").output();
    out.ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        })
        .unwrap_or_else(|| "x86_64-unknown-linux-gnu".to_owned())
}
