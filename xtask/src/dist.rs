//! `cargo xtask dist [--profile P]`: a fully static `rnode` for this
//! machine's Linux target (`-C target-feature=+crt-static`, non-PIE), at
//! `target/dist/rnode`. It checks that the binary asks for no dynamic
//! loader, runs it with nothing around it (an empty chroot when run as
//! root, else an empty environment) and reports its size.
//!
//! The target is named explicitly so the flags reach rnode alone, not the
//! build scripts and proc macros cargo runs on the host.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What the static binary must do with nothing around it: files, crypto,
/// a name lookup without resolv.conf or NSS, and a loopback connection
/// to `localhost` (no /etc/hosts either).
const SMOKE_TEST: &str = r#"
var net = require('net'), dns = require('dns'), fs = require('fs');
fs.writeFileSync('smoke.tmp', 'x'); fs.unlinkSync('smoke.tmp');
var sum = require('crypto').createHash('sha1').update('abc').digest('hex');
if (sum !== 'a9993e364706816aba3e25717850c26c9cd0d89d') throw new Error('sha1 ' + sum);
dns.lookup('localhost', function (err, address) {
  if (err) throw err;
  var server = net.createServer(function (c) { c.end('static ' + address); });
  server.listen(0, '127.0.0.1', function () {
    net.connect(server.address().port, 'localhost').on('data', function (d) {
      console.log(String(d)); server.close();
    });
  });
});
"#;

pub fn run(root: &Path, args: &[String]) -> i32 {
    let mut profile = "release".to_owned();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--profile" => profile = it.next().cloned().unwrap_or(profile),
            other => {
                eprintln!("xtask dist: unknown argument {other}");
                return 2;
            }
        }
    }
    let Some(binary) = build_static(root, &profile) else {
        return 1;
    };
    let size = std::fs::metadata(&binary).map(|m| m.len()).unwrap_or(0);
    println!(
        "static rnode ({profile}): {} ({:.1} MB)",
        binary.display(),
        size as f64 / 1e6
    );
    match interpreter(&binary) {
        Ok(None) => println!("  no dynamic loader requested (no PT_INTERP): fully static"),
        Ok(Some(interp)) => {
            eprintln!("xtask dist: the binary asks for a dynamic loader: {interp}");
            return 1;
        }
        Err(err) => {
            eprintln!("xtask dist: cannot read {}: {err}", binary.display());
            return 1;
        }
    }
    smoke_test(&binary)
}

/// Builds rnode statically for the host triple; its path under target/dist.
fn build_static(root: &Path, profile: &str) -> Option<PathBuf> {
    let triple = crate::deps::host_triple();
    if !triple.contains("linux") {
        eprintln!("xtask dist: the static build is for Linux targets (this is {triple})");
        return None;
    }
    let status = crate::cargo(root)
        .args([
            "build",
            "-p",
            "rnode",
            "--profile",
            profile,
            "--target",
            &triple,
        ])
        .env(
            "RUSTFLAGS",
            "-C target-feature=+crt-static -C relocation-model=static",
        )
        .status();
    if !status.is_ok_and(|s| s.success()) {
        eprintln!("xtask dist: the static build failed");
        return None;
    }
    let dir = if profile == "dev" { "debug" } else { profile };
    let built = root.join("target").join(&triple).join(dir).join("rnode");
    let dist = root.join("target/dist");
    let _ = std::fs::create_dir_all(&dist);
    let dest = dist.join("rnode");
    match std::fs::copy(&built, &dest) {
        Ok(_) => Some(dest),
        Err(err) => {
            eprintln!("xtask dist: copying {}: {err}", built.display());
            None
        }
    }
}

/// The ELF program interpreter (`PT_INTERP`) the binary names, if any.
fn interpreter(binary: &Path) -> Result<Option<String>, String> {
    let elf = std::fs::read(binary).map_err(|e| e.to_string())?;
    let read = |at: usize, len: usize| -> Result<u64, String> {
        let bytes = elf.get(at..at + len).ok_or("truncated ELF file")?;
        Ok(bytes.iter().rev().fold(0, |n, b| (n << 8) | u64::from(*b)))
    };
    // ELF64, little-endian: the only layout `build_static` produces here.
    if elf.get(..6) != Some(&[0x7f, b'E', b'L', b'F', 2, 1][..]) {
        return Err("not a 64-bit little-endian ELF file".into());
    }
    let phoff = read(0x20, 8)? as usize;
    let phentsize = read(0x36, 2)? as usize;
    let phnum = read(0x38, 2)? as usize;
    for i in 0..phnum {
        let header = phoff + i * phentsize;
        const PT_INTERP: u64 = 3;
        if read(header, 4)? == PT_INTERP {
            let offset = read(header + 8, 8)? as usize;
            let size = read(header + 32, 8)? as usize;
            let path = elf
                .get(offset..offset + size)
                .ok_or("truncated PT_INTERP")?;
            return Ok(Some(
                String::from_utf8_lossy(path)
                    .trim_end_matches('\0')
                    .to_owned(),
            ));
        }
    }
    Ok(None)
}

/// Runs `SMOKE_TEST` with the binary alone in an empty root directory
/// (chroot, as root) or, failing that, with an empty environment.
fn smoke_test(binary: &Path) -> i32 {
    let jail = binary.with_file_name("chroot");
    let _ = std::fs::remove_dir_all(&jail);
    let staged = std::fs::create_dir_all(&jail)
        .and_then(|()| std::fs::copy(binary, jail.join("rnode")))
        .and_then(|_| std::fs::write(jail.join("smoke.js"), SMOKE_TEST));
    if let Err(err) = staged {
        eprintln!("xtask dist: staging {}: {err}", jail.display());
        return 1;
    }
    // Found on this PATH (the child's environment is emptied).
    let chroot = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .chain(["/usr/sbin".into(), "/sbin".into()])
        .map(|dir| dir.join("chroot"))
        .find(|path| path.is_file())
        .unwrap_or_else(|| "chroot".into());
    let chroot = Command::new(chroot)
        .arg(&jail)
        .args(["/rnode", "/smoke.js"])
        .env_clear()
        .output();
    let (how, out) = match chroot {
        Ok(out) if !String::from_utf8_lossy(&out.stderr).contains("Operation not permitted") => {
            ("in an empty chroot (no libraries, no /etc, no /dev)", out)
        }
        _ => match Command::new(jail.join("rnode"))
            .arg(jail.join("smoke.js"))
            .env_clear()
            .current_dir(&jail)
            .output()
        {
            Ok(out) => ("with an empty environment (not root: no chroot)", out),
            Err(err) => {
                eprintln!("xtask dist: cannot run the binary: {err}");
                return 1;
            }
        },
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.success() && stdout.contains("static 127.0.0.1") {
        println!("  runs {how}: {}", stdout.trim());
        0
    } else {
        eprintln!(
            "xtask dist: the static binary failed {how}:\n{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        1
    }
}
