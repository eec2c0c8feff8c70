//! Embeds every file under the workspace's `js/` directory into the binary
//! as `(module id, source)` pairs: `js/events.js` → `"events"`,
//! `js/internal/bootstrap.js` → `"internal/bootstrap"`. The modules of a
//! cargo feature the build leaves out are not embedded; they are listed in
//! `LEFT_OUT` instead, so `require` can say which feature is missing.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The JS modules each optional feature brings (Cargo.toml's `[features]`).
const FEATURE_MODULES: &[(&str, &[&str])] = &[
    ("net", &["net", "http"]),
    ("tls", &["tls", "https"]),
    ("crypto", &["crypto"]),
    ("dns", &["dns"]),
    ("dgram", &["dgram"]),
    ("child_process", &["child_process"]),
    ("tty", &["tty"]),
    ("repl", &["repl", "readline", "internal/readline_tty"]),
];

/// The feature that brings module `id`, when this build leaves it out.
fn left_out_feature(id: &str) -> Option<&'static str> {
    FEATURE_MODULES
        .iter()
        .find(|(_, ids)| ids.contains(&id))
        .map(|(feature, _)| *feature)
        .filter(|feature| {
            let var = format!("CARGO_FEATURE_{}", feature.to_ascii_uppercase());
            env::var_os(var).is_none()
        })
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let js_dir = manifest.join("../../js");
    println!("cargo:rerun-if-changed={}", js_dir.display());
    let mut files = Vec::new();
    collect(&js_dir, &mut files);
    files.sort();
    let mut out = String::from("pub static SOURCES: &[(&str, &str)] = &[\n");
    let mut left_out = String::from("pub static LEFT_OUT: &[(&str, &str)] = &[\n");
    for file in files {
        let Ok(rel) = file.strip_prefix(&js_dir) else {
            continue;
        };
        let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
        if let Some(feature) = left_out_feature(&id) {
            let _ = writeln!(left_out, "    ({id:?}, {feature:?}),");
            continue;
        }
        let _ = writeln!(
            out,
            "    ({id:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    out.push_str("];\n");
    out.push_str(&left_out);
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("js_sources.rs");
    if let Err(err) = fs::write(&dest, out) {
        panic!("cannot write {}: {err}", dest.display());
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "js") {
            files.push(path);
        }
    }
}
