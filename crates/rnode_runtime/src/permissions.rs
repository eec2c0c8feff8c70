//! The permission layer: the one place that decides whether a script may
//! touch the OS (files, network, DNS, child processes, environment,
//! signals to other processes).
//!
//! **Invariant:** every binding asks this module before it touches the OS,
//! in Rust, so JS (including `process.binding`) cannot go around it. The
//! JS glue never decides. A refusal is an [`OsError`] of kind "access
//! denied", so it reaches JS the way an OS error would: thrown by sync
//! calls, passed to callbacks, emitted as `'error'` by streams.
//!
//! Without `--sandbox` (the default, [`Permissions::all`]) every check is
//! one branch on a flag. Checks may run on the blocking pool: the set is
//! immutable and shared (`Arc`).
//!
//! Paths are compared after resolving `.`, `..` and symlinks
//! ([`resolve_path`]); what is left between the check and the syscall (a
//! symlink swapped in meanwhile, a hard link made before the run) is
//! documented in `docs/sandbox.md`.

// A build without sockets (`--no-default-features`) leaves the network
// parts unused.
#![cfg_attr(not(feature = "net"), allow(dead_code))]

use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use boa_engine::realm::Realm;
use boa_engine::{Context, JsData};
use boa_gc::{Finalize, Trace};

use crate::errors::OsError;

/// What a script may do. Build one with [`Permissions::all`] or
/// [`Permissions::none`] and the `allow_*` methods.
#[derive(Debug, Clone)]
pub struct Permissions {
    fs_read: Grant<PathBuf>,
    fs_write: Grant<PathBuf>,
    net: Grant<NetRule>,
    env: Grant<String>,
    child_process: bool,
    /// A set this one narrows (the runtime's, for a vm context's): an
    /// access must pass both.
    outer: Option<Arc<Permissions>>,
}

/// Everything, or only the listed resources (none when the list is empty).
#[derive(Debug, Clone)]
enum Grant<T> {
    All,
    Only(Vec<T>),
}

impl<T> Grant<T> {
    fn allows(&self, matches: impl Fn(&T) -> bool) -> bool {
        match self {
            Grant::All => true,
            Grant::Only(list) => list.iter().any(matches),
        }
    }

    fn add(&mut self, items: impl IntoIterator<Item = T>) {
        if let Grant::Only(list) = self {
            list.extend(items);
        }
    }
}

/// `--allow-net` entry: a host name or IP, with an optional port.
#[derive(Debug, Clone, PartialEq)]
struct NetRule {
    host: Host,
    port: Option<u16>,
}

#[derive(Debug, Clone, PartialEq)]
enum Host {
    Ip(IpAddr),
    /// Lower-cased, without a trailing dot.
    Name(String),
}

impl Host {
    fn parse(text: &str) -> Self {
        let bare = text.trim_start_matches('[').trim_end_matches(']');
        match bare.parse::<IpAddr>() {
            Ok(ip) => Host::Ip(ip),
            Err(_) => Host::Name(bare.trim_end_matches('.').to_ascii_lowercase()),
        }
    }
}

/// The kinds of access the layer decides; the names are the `permission`
/// of an `ERR_ACCESS_DENIED` error (the first two as later Node names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    FsRead,
    FsWrite,
    Net,
    ChildProcess,
    Env,
}

impl Access {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Access::FsRead => "FileSystemRead",
            Access::FsWrite => "FileSystemWrite",
            Access::Net => "Net",
            Access::ChildProcess => "ChildProcess",
            Access::Env => "Environment",
        }
    }

    /// The command-line flag that grants it.
    pub(crate) fn flag(self) -> &'static str {
        match self {
            Access::FsRead => "--allow-fs-read",
            Access::FsWrite => "--allow-fs-write",
            Access::Net => "--allow-net",
            Access::ChildProcess => "--allow-child-process",
            Access::Env => "--allow-env",
        }
    }
}

impl Default for Permissions {
    fn default() -> Self {
        Self::all()
    }
}

impl Permissions {
    /// No restriction: the runtime without `--sandbox`.
    pub fn all() -> Self {
        Self {
            fs_read: Grant::All,
            fs_write: Grant::All,
            net: Grant::All,
            env: Grant::All,
            child_process: true,
            outer: None,
        }
    }

    /// Nothing allowed: `--sandbox` with no `--allow-*` flag.
    pub fn none() -> Self {
        Self {
            fs_read: Grant::Only(Vec::new()),
            fs_write: Grant::Only(Vec::new()),
            net: Grant::Only(Vec::new()),
            env: Grant::Only(Vec::new()),
            child_process: false,
            outer: None,
        }
    }

    /// Whether nothing is restricted (every check passes).
    pub fn is_unrestricted(&self) -> bool {
        matches!(
            (&self.fs_read, &self.fs_write, &self.net, &self.env),
            (Grant::All, Grant::All, Grant::All, Grant::All)
        ) && self.child_process
            && self.outer.as_ref().is_none_or(|o| o.is_unrestricted())
    }

    /// This set, limited further by `outer` (an access must pass both).
    pub fn within(mut self, outer: Arc<Permissions>) -> Self {
        self.outer = Some(match self.outer.take() {
            Some(inner) => Arc::new(Arc::unwrap_or_clone(inner).within(outer)),
            None => outer,
        });
        self
    }

    /// Allows reading these files and everything under these directories.
    /// Relative paths are taken from the current directory now.
    pub fn allow_fs_read<P: AsRef<Path>>(mut self, paths: impl IntoIterator<Item = P>) -> Self {
        self.fs_read
            .add(paths.into_iter().map(|p| resolve_path(p.as_ref(), true)));
        self
    }

    /// Allows reading any file.
    pub fn allow_fs_read_all(mut self) -> Self {
        self.fs_read = Grant::All;
        self
    }

    /// Allows writing (creating, changing, removing) under these paths.
    pub fn allow_fs_write<P: AsRef<Path>>(mut self, paths: impl IntoIterator<Item = P>) -> Self {
        self.fs_write
            .add(paths.into_iter().map(|p| resolve_path(p.as_ref(), true)));
        self
    }

    /// Allows writing anywhere.
    pub fn allow_fs_write_all(mut self) -> Self {
        self.fs_write = Grant::All;
        self
    }

    /// Allows connecting to, listening on and sending to these hosts:
    /// `HOST` (any port), `HOST:PORT`, `[IPv6]:PORT`; names or IPs.
    pub fn allow_net<S: AsRef<str>>(mut self, hosts: impl IntoIterator<Item = S>) -> Self {
        self.net
            .add(hosts.into_iter().map(|h| parse_net_rule(h.as_ref())));
        self
    }

    /// Allows all network access.
    pub fn allow_net_all(mut self) -> Self {
        self.net = Grant::All;
        self
    }

    /// Allows reading and writing these environment variables.
    pub fn allow_env<S: AsRef<str>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.env
            .add(names.into_iter().map(|n| n.as_ref().to_owned()));
        self
    }

    /// Allows every environment variable.
    pub fn allow_env_all(mut self) -> Self {
        self.env = Grant::All;
        self
    }

    /// Allows starting child processes and signalling other processes.
    pub fn allow_child_process(mut self) -> Self {
        self.child_process = true;
        self
    }

    /// Grants `scope` — `process.permission.has`'s names: `fs.read`,
    /// `fs.write`, `net`, `env`, `child`, or `all` — for these resources
    /// (paths, hosts, variable names), or for all of them with `None`.
    /// `None` back for an unknown scope. The CLI's `--allow-*` flags and
    /// vm's `permissions` option both come here.
    pub fn grant<S: AsRef<str>>(self, scope: &str, resources: Option<&[S]>) -> Option<Self> {
        let list = || resources.unwrap_or_default().iter().map(AsRef::as_ref);
        Some(match (scope, resources.is_some()) {
            ("all", _) => Permissions::all(),
            ("fs.read", true) => self.allow_fs_read(list()),
            ("fs.read", false) => self.allow_fs_read_all(),
            ("fs.write", true) => self.allow_fs_write(list()),
            ("fs.write", false) => self.allow_fs_write_all(),
            ("net", true) => self.allow_net(list()),
            ("net", false) => self.allow_net_all(),
            ("env", true) => self.allow_env(list()),
            ("env", false) => self.allow_env_all(),
            ("child", _) => self.allow_child_process(),
            _ => return None,
        })
    }

    // ---- the checks ----------------------------------------------------------

    /// May the script read `path`? (`follow`: whether the operation follows
    /// a symlink in the last component; `lstat` and `readlink` do not.)
    /// Returns the path to operate on: the resolved one that was checked
    /// when restricted (so a symlink swapped in after the check is not
    /// followed out of the allowed tree), else `path` itself.
    pub(crate) fn check_read(&self, path: &str, follow: bool) -> Result<PathBuf, OsError> {
        if let Some(outer) = &self.outer {
            outer.check_read(path, follow)?;
        }
        check_path(&self.fs_read, Access::FsRead, path, follow)
    }

    /// May the script create, change or remove `path`? (As [`Self::check_read`].)
    pub(crate) fn check_write(&self, path: &str, follow: bool) -> Result<PathBuf, OsError> {
        if let Some(outer) = &self.outer {
            outer.check_write(path, follow)?;
        }
        check_path(&self.fs_write, Access::FsWrite, path, follow)
    }

    /// May the script connect to, bind or send to the UNIX-domain socket at
    /// `path`? Sockets live in the file system: both read and write are
    /// needed (as Deno asks). Returns the checked path.
    pub(crate) fn check_unix_socket(&self, path: &str) -> Result<PathBuf, OsError> {
        self.check_read(path, true)?;
        self.check_write(path, true)
    }

    /// May the script reach `host` (a name or an IP) on `port`?
    pub(crate) fn check_net(&self, host: &str, port: u16) -> Result<(), OsError> {
        if self.allows_host(&Host::parse(host), Some(port)) {
            Ok(())
        } else {
            Err(OsError::denied(Access::Net, &format!("{host}:{port}")))
        }
    }

    /// May the script connect to `addr`, which `name` resolved to? A name
    /// allows what it resolves to; an IP rule allows that IP whatever the
    /// name.
    pub(crate) fn check_net_resolved(&self, name: &str, addr: SocketAddr) -> Result<(), OsError> {
        let port = Some(addr.port());
        if self.allows_host(&Host::parse(name), port)
            || self.allows_host(&Host::Ip(addr.ip()), port)
        {
            Ok(())
        } else {
            Err(OsError::denied(
                Access::Net,
                &format!("{name}:{}", addr.port()),
            ))
        }
    }

    /// The addresses of `host` the script may reach on `port`. A name
    /// allowed by name resolves as usual (hosts file, then DNS). Otherwise
    /// only the hosts file is asked (a DNS query would already carry the
    /// name out) and only addresses an IP rule allows are kept.
    pub(crate) fn reachable_addrs(
        &self,
        host: &str,
        port: u16,
    ) -> Result<Vec<SocketAddr>, OsError> {
        use std::net::ToSocketAddrs;
        if !OsError::is_plausible_host(host) {
            return Err(OsError::bad_name(host));
        }
        if self.check_net(host, port).is_ok() {
            // Literals, the hosts file and `localhost` need no resolver
            // (nor, in a static binary, glibc's NSS).
            let local = local_ips(host);
            if !local.is_empty() {
                return Ok(local
                    .into_iter()
                    .map(|ip| SocketAddr::new(ip, port))
                    .collect());
            }
            return match (host, port).to_socket_addrs() {
                Ok(addrs) => Ok(addrs.collect()),
                Err(_) => Err(OsError::not_found(host)),
            };
        }
        let allowed: Vec<SocketAddr> = local_ips(host)
            .into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .filter(|addr| self.check_net_resolved(host, *addr).is_ok())
            .collect();
        if allowed.is_empty() {
            Err(OsError::denied(Access::Net, &format!("{host}:{port}")))
        } else {
            Ok(allowed)
        }
    }

    /// May the script resolve `name`? Yes when connecting to it would be
    /// allowed on some port.
    #[cfg_attr(not(feature = "dns"), allow(dead_code))] // the dns binding's
    pub(crate) fn check_resolve(&self, name: &str) -> Result<(), OsError> {
        if self.allows_host(&Host::parse(name), None) {
            Ok(())
        } else {
            Err(OsError::denied(Access::Net, name))
        }
    }

    /// Whether an IP the hosts file gave for a denied name is itself allowed.
    #[cfg_attr(not(feature = "dns"), allow(dead_code))] // the dns binding's
    pub(crate) fn allows_ip(&self, ip: IpAddr) -> bool {
        self.allows_host(&Host::Ip(ip), None)
    }

    fn allows_host(&self, host: &Host, port: Option<u16>) -> bool {
        self.outer
            .as_ref()
            .is_none_or(|o| o.allows_host(host, port))
            && self.net.allows(|rule| {
                rule.host == *host && (rule.port.is_none() || port.is_none() || rule.port == port)
            })
    }

    /// May the script start a process or signal one it did not start?
    pub(crate) fn check_child_process(&self, what: &str) -> Result<(), OsError> {
        if let Some(outer) = &self.outer {
            outer.check_child_process(what)?;
        }
        if self.child_process {
            Ok(())
        } else {
            Err(OsError::denied(Access::ChildProcess, what))
        }
    }

    /// May the script read or set the environment variable `name`?
    pub(crate) fn check_env(&self, name: &str) -> Result<(), OsError> {
        if self.allows_env(name) {
            Ok(())
        } else {
            Err(OsError::denied(Access::Env, name))
        }
    }

    pub(crate) fn allows_env(&self, name: &str) -> bool {
        self.outer.as_ref().is_none_or(|o| o.allows_env(name))
            && self.env.allows(|allowed| allowed == name)
    }

    /// `process.permission.has(scope, [resource])`: whether an access
    /// would be allowed (for any resource when none is named).
    pub fn has(&self, scope: &str, resource: Option<&str>) -> Option<bool> {
        let answer = match (scope, resource) {
            ("fs", r) => self.has("fs.read", r)? && self.has("fs.write", r)?,
            (_, r)
                if self
                    .outer
                    .as_ref()
                    .is_some_and(|o| o.has(scope, r) == Some(false)) =>
            {
                false
            }
            ("fs.read", None) => matches!(self.fs_read, Grant::All),
            ("fs.read", Some(p)) => self.check_read(p, true).is_ok(),
            ("fs.write", None) => matches!(self.fs_write, Grant::All),
            ("fs.write", Some(p)) => self.check_write(p, true).is_ok(),
            ("net", None) => matches!(self.net, Grant::All),
            ("net", Some(h)) => {
                let rule = parse_net_rule(h);
                self.allows_host(&rule.host, rule.port)
            }
            ("env", None) => matches!(self.env, Grant::All),
            ("env", Some(name)) => self.allows_env(name),
            ("child" | "child_process" | "worker", _) => self.child_process,
            ("addon", _) => false,
            _ => return None,
        };
        Some(answer)
    }
}

fn check_path(
    grant: &Grant<PathBuf>,
    access: Access,
    path: &str,
    follow: bool,
) -> Result<PathBuf, OsError> {
    if matches!(grant, Grant::All) {
        return Ok(PathBuf::from(path));
    }
    let resolved = resolve_path(Path::new(path), follow);
    if grant.allows(|allowed| resolved.starts_with(allowed)) {
        Ok(resolved)
    } else {
        Err(OsError::denied(access, path))
    }
}

/// `HOST`, `HOST:PORT`, `[V6]`, `[V6]:PORT`, or a bare IPv6 address.
fn parse_net_rule(text: &str) -> NetRule {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('[') {
        if let Some((host, tail)) = rest.split_once(']') {
            let port = tail.strip_prefix(':').and_then(|p| p.parse().ok());
            return NetRule {
                host: Host::parse(host),
                port,
            };
        }
    }
    match text.rsplit_once(':') {
        Some((host, port)) if !host.contains(':') => match port.parse() {
            Ok(port) => NetRule {
                host: Host::parse(host),
                port: Some(port),
            },
            Err(_) => NetRule {
                host: Host::parse(text),
                port: None,
            },
        },
        _ => NetRule {
            host: Host::parse(text),
            port: None,
        },
    }
}

/// What `host` resolves to without asking the network: an IP literal,
/// or the hosts file's addresses for the name (`localhost` always).
pub(crate) fn local_ips(host: &str) -> Vec<IpAddr> {
    if let Ok(ip) = host.trim_start_matches('[').trim_end_matches(']').parse() {
        return vec![ip];
    }
    let name = host.trim_end_matches('.').to_ascii_lowercase();
    let text = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    let mut ips: Vec<IpAddr> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let ip = fields.next()?.parse().ok()?;
            fields
                .any(|alias| alias.eq_ignore_ascii_case(&name))
                .then_some(ip)
        })
        .collect();
    if ips.is_empty() && name == "localhost" {
        ips = vec![
            IpAddr::from([127, 0, 0, 1]),
            IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
        ];
    }
    // IPv4 first, as c-ares's lookup (A before AAAA).
    ips.sort_by_key(IpAddr::is_ipv6);
    ips
}

/// The absolute, symlink-free form of `path`: the longest existing prefix
/// is resolved by the OS (`realpath`), the rest (which does not exist yet)
/// lexically. With `follow == false` the last component is kept as it is
/// (the operation acts on a link itself), only its directory is resolved.
pub(crate) fn resolve_path(path: &Path, follow: bool) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let lexical = normalize(&absolute);
    if !follow {
        if let (Some(parent), Some(name)) = (lexical.parent(), lexical.file_name()) {
            return resolve_path(parent, true).join(name);
        }
    }
    let mut existing = lexical.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            out.extend(rest.iter().rev());
            return normalize(&out);
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = parent;
            }
            _ => return lexical,
        }
    }
}

/// Removes `.` and folds `..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The runtime's permissions, shared with pool threads, and whether any
/// realm (a vm context) has narrower ones.
#[derive(Clone)]
struct Current {
    base: Arc<Permissions>,
    narrowed_realms: bool,
}

/// A vm context's permissions, kept in its realm's host-defined slot.
#[derive(Trace, Finalize, JsData)]
struct RealmPermissions(#[unsafe_ignore_trace] Arc<Permissions>);

/// Installs `permissions` as the runtime's.
pub(crate) fn install(ctx: &mut Context, permissions: Permissions) {
    ctx.insert_data(Current {
        base: Arc::new(permissions),
        narrowed_realms: false,
    });
}

/// Gives `realm` (a new vm context) `permissions`, within those of the
/// code creating it: code of that realm, and every callback it made, is
/// held to them, whoever calls it later.
pub(crate) fn narrow_realm(ctx: &mut Context, realm: &Realm, permissions: Permissions) {
    let within = Arc::new(permissions.within(of(ctx)));
    realm.host_defined_mut().insert(RealmPermissions(within));
    if let Some(current) = ctx.get_data::<Current>().cloned() {
        ctx.insert_data(Current {
            narrowed_realms: true,
            ..current
        });
    }
}

/// The permissions that apply to the code running now: the runtime's,
/// narrowed by those of every vm context whose code is on the call stack.
pub(crate) fn of(ctx: &Context) -> Arc<Permissions> {
    let Some(current) = ctx.get_data::<Current>() else {
        return Arc::new(Permissions::none());
    };
    if !current.narrowed_realms {
        return current.base.clone();
    }
    let mut found: Option<Arc<Permissions>> = None;
    for realm in ctx.frame_realms() {
        let narrowed = realm
            .host_defined()
            .get::<RealmPermissions>()
            .map(|r| r.0.clone());
        found = match (found, narrowed) {
            (None, n) => n,
            (Some(f), Some(n)) if !Arc::ptr_eq(&f, &n) => {
                Some(Arc::new(Arc::unwrap_or_clone(f).within(n)))
            }
            (f, _) => f,
        };
    }
    found.unwrap_or_else(|| current.base.clone())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_net_rules() {
        let rule = parse_net_rule("example.com:80");
        assert_eq!(rule.host, Host::Name("example.com".into()));
        assert_eq!(rule.port, Some(80));
        assert_eq!(parse_net_rule("[::1]:8080").port, Some(8080));
        assert_eq!(parse_net_rule("::1").host, Host::Ip("::1".parse().unwrap()));
        assert_eq!(parse_net_rule("127.0.0.1").port, None);
    }

    #[test]
    fn dot_dot_cannot_leave_an_allowed_directory() {
        let dir = std::env::temp_dir().join("rnode-perm-unit");
        let _ = std::fs::create_dir_all(dir.join("inside"));
        let p = Permissions::none().allow_fs_read([dir.join("inside")]);
        let inside = dir.join("inside/new.txt");
        assert!(p.check_read(inside.to_str().unwrap(), true).is_ok());
        let escape = dir.join("inside/../secret");
        assert!(p.check_read(escape.to_str().unwrap(), true).is_err());
        let missing = dir.join("inside/nope/../../secret");
        assert!(p.check_read(missing.to_str().unwrap(), true).is_err());
    }

    #[test]
    fn an_ip_rule_allows_a_name_that_resolves_to_it() {
        let p = Permissions::none().allow_net(["127.0.0.1:80"]);
        let addr: SocketAddr = "127.0.0.1:80".parse().unwrap();
        assert!(p.check_net_resolved("localhost", addr).is_ok());
        assert!(p.check_net("localhost", 80).is_err());
        assert!(p.check_net("127.0.0.1", 81).is_err());
    }
}
