//! `process.binding('os')`: facts about the machine for `require('os')`
//! (the manual's "os" section), read from the kernel (`uname`, `getloadavg`, `sysconf`,
//! `/proc`, `getifaddrs`).

use crate::args;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};

use crate::errors::OsError;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("getHostname", hostname, 0),
            ("getOSType", os_type, 0),
            ("getOSRelease", os_release, 0),
            ("getUptime", uptime, 0),
            ("getLoadAvg", loadavg, 0),
            ("getTotalMem", totalmem, 0),
            ("getFreeMem", freemem, 0),
            ("getCPUs", cpus, 0),
            ("getInterfaceAddresses", interfaces, 0),
            ("timezoneName", timezone_name, 1),
        ],
    )
}

/// `timezoneName(ms)` → the local zone's abbreviation at that time (`UTC`,
/// `CET`, `CEST`...), which Date#toString appends as V8 did; undefined for
/// a time that is not one.
fn timezone_name(_: &JsValue, a: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let ms = args::number(a, 0, "time")?;
    // time_t covers every valid Date (±8.64e15 ms).
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return Ok(JsValue::undefined());
    }
    let secs = (ms / 1000.0).floor() as libc::time_t;
    // SAFETY: an all-zero `tm` is a valid value for localtime_r to fill.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals; localtime_r is reentrant.
    if unsafe { libc::localtime_r(&secs, &mut tm) }.is_null() || tm.tm_zone.is_null() {
        return Ok(JsValue::undefined());
    }
    // SAFETY: tm_zone points to a NUL-terminated name the C library owns
    // for the life of the process.
    let name = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy();
    Ok(string(&name))
}

fn string(s: &str) -> JsValue {
    js_string!(s).into()
}

fn hostname(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = nix::unistd::gethostname()
        .map_err(|e| OsError::from_nix(e, "gethostname", None).into_js(ctx))?;
    Ok(string(&name.to_string_lossy()))
}

fn uname(ctx: &mut Context) -> JsResult<nix::sys::utsname::UtsName> {
    nix::sys::utsname::uname().map_err(|e| OsError::from_nix(e, "uname", None).into_js(ctx))
}

fn os_type(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(string(&uname(ctx)?.sysname().to_string_lossy()))
}

fn os_release(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(string(&uname(ctx)?.release().to_string_lossy()))
}

/// Seconds since boot: CLOCK_BOOTTIME on Linux (counts suspend, as
/// /proc/uptime), the monotonic clock elsewhere (macOS's counts sleep too).
fn uptime(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let clock = libc::CLOCK_BOOTTIME;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    let clock = libc::CLOCK_MONOTONIC;
    // SAFETY: clock_gettime fills the zeroed timespec we own.
    let mut now: libc::timespec = unsafe { std::mem::zeroed() };
    if unsafe { libc::clock_gettime(clock, &mut now) } != 0 {
        let err = std::io::Error::last_os_error();
        return Err(OsError::from_io(&err, "clock_gettime", None).into_js(ctx));
    }
    Ok(JsValue::from(now.tv_sec as f64))
}

/// The 1, 5 and 15 minute load averages (getloadavg: every Unix has it).
fn loadavg(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut loads = [0f64; 3];
    // SAFETY: getloadavg writes at most 3 doubles into the array.
    let n = unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) };
    let loads = loads
        .iter()
        .take(n.max(0) as usize)
        .map(|&l| JsValue::from(l));
    Ok(JsArray::from_iter(loads, ctx).into())
}

/// Pages of `which` (`_SC_PHYS_PAGES`…) in bytes, 0 where unknown.
fn sysconf_bytes(which: libc::c_int) -> f64 {
    // SAFETY: sysconf has no preconditions.
    let (pages, size) = unsafe { (libc::sysconf(which), libc::sysconf(libc::_SC_PAGESIZE)) };
    (pages.max(0) as f64) * (size.max(0) as f64)
}

fn totalmem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(sysconf_bytes(libc::_SC_PHYS_PAGES)))
}

/// Free memory as the kernel's MemAvailable on Linux (what `free` calls
/// available), else its free pages; 0 on systems with no portable call
/// (macOS, FreeBSD: docs/portability.md).
fn freemem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let available = meminfo
            .lines()
            .find_map(|l| l.strip_prefix("MemAvailable:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok());
        Ok(JsValue::from(available.map_or_else(
            || sysconf_bytes(libc::_SC_AVPHYS_PAGES),
            |kib| kib * 1024.0,
        )))
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    Ok(JsValue::from(0))
}

/// `[{ model, speed, times: { user, nice, sys, idle, irq } }]`, times in ms.
fn cpus(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| -> Vec<String> {
        cpuinfo
            .lines()
            .filter(|l| l.starts_with(name))
            .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim().to_owned()))
            .collect()
    };
    let models = field("model name");
    let speeds = field("cpu MHz");
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let mut list = Vec::new();
    for (i, line) in stat
        .lines()
        .filter(|l| l.starts_with("cpu") && !l.starts_with("cpu "))
        .enumerate()
    {
        let n: Vec<f64> = line
            .split_whitespace()
            .skip(1)
            .map(|v| v.parse().unwrap_or(0.0) * 1000.0 / ticks)
            .collect();
        let at = |k: usize| n.get(k).copied().unwrap_or(0.0);
        let times = crate::host::new_object(ctx);
        for (key, k) in [
            ("user", 0),
            ("nice", 1),
            ("sys", 2),
            ("idle", 3),
            ("irq", 5),
        ] {
            crate::host::put(ctx, &times, key, at(k));
        }
        let cpu = crate::host::new_object(ctx);
        crate::host::put(
            ctx,
            &cpu,
            "model",
            string(models.get(i).map_or("unknown", String::as_str)),
        );
        let speed = speeds
            .get(i)
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(0.0)
            .floor();
        crate::host::put(ctx, &cpu, "speed", speed);
        crate::host::put(ctx, &cpu, "times", times);
        list.push(JsValue::from(cpu));
    }
    Ok(JsArray::from_iter(list, ctx).into())
}

/// `{ name: [{ address, netmask, family: 'IPv4'|'IPv6', internal }] }`.
fn interfaces(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use nix::net::if_::InterfaceFlags;
    let addrs = nix::ifaddrs::getifaddrs()
        .map_err(|e| OsError::from_nix(e, "getifaddrs", None).into_js(ctx))?;
    let result = crate::host::new_object(ctx);
    for ifa in addrs {
        let Some(addr) = ifa.address else { continue };
        let (address, family) = if let Some(v4) = addr.as_sockaddr_in() {
            (v4.ip().to_string(), "IPv4")
        } else if let Some(v6) = addr.as_sockaddr_in6() {
            (v6.ip().to_string(), "IPv6")
        } else {
            continue;
        };
        let netmask = ifa.netmask.and_then(|m| {
            m.as_sockaddr_in()
                .map(|v| v.ip().to_string())
                .or_else(|| m.as_sockaddr_in6().map(|v| v.ip().to_string()))
        });
        let entry = crate::host::new_object(ctx);
        crate::host::put(ctx, &entry, "address", string(&address));
        crate::host::put(
            ctx,
            &entry,
            "netmask",
            string(netmask.as_deref().unwrap_or("")),
        );
        crate::host::put(ctx, &entry, "family", string(family));
        crate::host::put(
            ctx,
            &entry,
            "internal",
            ifa.flags.contains(InterfaceFlags::IFF_LOOPBACK),
        );
        let key = js_string!(ifa.interface_name.as_str());
        let list = match result.get(key.clone(), ctx)?.as_object() {
            Some(list) => list,
            None => {
                let list = JsArray::new(ctx)?;
                result.set(key, list.clone(), false, ctx)?;
                list.into()
            }
        };
        let len = list.get(js_string!("length"), ctx)?.to_number(ctx)?;
        list.set(len as u32, entry, false, ctx)?;
    }
    Ok(result.into())
}
