//! `process.binding('dns')`: name lookups and DNS queries (the manual's
//! "DNS" section; `js/dns.js` is the JS half).
//!
//! As 0.4 did with c-ares, and without NSS (so a static binary resolves
//! the same way): `lookup` reads the hosts file, then asks the servers of
//! `resolv.conf`, A before AAAA; `resolve*` query the servers only.
//! hickory-resolver does the work on the runtime's reactor (`rt::dns`).
//! Both resolvers are made on first use; `setServers` replaces the
//! servers of both (so tests can point everything at a local server).

use std::cell::RefCell;
use std::net::{IpAddr, SocketAddr};

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolveHosts, ResolverConfig};
use hickory_resolver::net::NetError;
use hickory_resolver::proto::rr::{Name, RData, RecordType};
use hickory_resolver::Resolver;

use crate::args;
use crate::errors::{plain_error, type_error};
use crate::event_loop::EventLoop;
use crate::rt;

type Dns = Resolver<rt::dns::Provider>;

pub fn binding(ctx: &mut Context) -> JsObject {
    crate::host::object_with(
        ctx,
        &[
            ("lookup", lookup, 3),
            ("query", query, 3),
            ("setServers", set_servers, 1),
            ("getServers", get_servers, 0),
        ],
    )
}

thread_local! {
    /// (hosts file then DNS, DNS only), made on first use.
    static RESOLVERS: RefCell<Option<(Dns, Dns)>> = const { RefCell::new(None) };
    /// Servers set by `setServers`; `None`: resolv.conf's.
    static SERVERS: RefCell<Option<Vec<SocketAddr>>> = const { RefCell::new(None) };
}

/// How long one query waits for an answer, and how often it is sent: a
/// server that never answers fails a lookup within about 2 × 2 s per server.
const TIMEOUT_SECS: u64 = 2;
const ATTEMPTS: usize = 2;

fn build(hosts: ResolveHosts) -> Result<Dns, String> {
    let servers = SERVERS.with(|s| s.borrow().clone());
    let mut builder = match servers {
        Some(servers) => {
            let name_servers = servers
                .iter()
                .map(|addr| {
                    let mut udp = ConnectionConfig::udp();
                    udp.port = addr.port();
                    let mut tcp = ConnectionConfig::tcp();
                    tcp.port = addr.port();
                    NameServerConfig::new(addr.ip(), true, vec![udp, tcp])
                })
                .collect();
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(name_servers),
                rt::dns::Provider,
            )
        }
        // No readable resolv.conf (an empty chroot, a container): ask a
        // server on this host, as glibc and c-ares do.
        None => Resolver::builder(rt::dns::Provider).unwrap_or_else(|_| {
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(vec![NameServerConfig::udp_and_tcp(
                    IpAddr::from([127, 0, 0, 1]),
                )]),
                rt::dns::Provider,
            )
        }),
    };
    let options = builder.options_mut();
    options.timeout = std::time::Duration::from_secs(TIMEOUT_SECS);
    options.attempts = ATTEMPTS;
    options.use_hosts_file = hosts;
    builder.build().map_err(|e| e.to_string())
}

/// The resolver for `lookup` (`hosts: true`) or for queries.
fn resolver(hosts: bool) -> JsResult<Dns> {
    RESOLVERS.with(|r| {
        let mut slot = r.borrow_mut();
        if slot.is_none() {
            let with_hosts = build(ResolveHosts::Always).map_err(plain_error)?;
            let without = build(ResolveHosts::Never).map_err(plain_error)?;
            *slot = Some((with_hosts, without));
        }
        match slot.as_ref() {
            Some((with_hosts, without)) => Ok(if hosts {
                with_hosts.clone()
            } else {
                without.clone()
            }),
            None => Err(plain_error("no resolver")),
        }
    })
}

/// A DNS failure as 0.4's c-ares errors were: `code`, `errno` (c-ares's
/// number), a message naming the code and the name.
#[derive(Debug)]
struct Failure {
    code: &'static str,
    errno: i32,
    syscall: &'static str,
    host: String,
}

impl Failure {
    fn from(err: &NetError, syscall: &'static str, host: &str) -> Self {
        use hickory_resolver::net::DnsError;
        use hickory_resolver::proto::op::ResponseCode;
        let (code, errno) = if err.is_nx_domain() {
            ("ENOTFOUND", 4)
        } else if let NetError::Dns(DnsError::ResponseCode(response)) = err {
            match response {
                ResponseCode::Refused => ("EREFUSED", 6),
                ResponseCode::FormErr => ("EFORMERR", 2),
                ResponseCode::NotImp => ("ENOTIMP", 5),
                _ => ("ESERVFAIL", 3),
            }
        } else if err.is_no_records_found() {
            ("ENODATA", 1)
        } else if matches!(err, NetError::Timeout) {
            ("ETIMEOUT", 12)
        } else if matches!(err, NetError::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused)
        {
            ("ECONNREFUSED", 11)
        } else {
            ("ESERVFAIL", 3)
        };
        Self {
            code,
            errno,
            syscall,
            host: host.to_owned(),
        }
    }

    fn into_js(self, ctx: &mut Context) -> JsValue {
        let message = format!("{} {} {}", self.syscall, self.code, self.host);
        let err = crate::report::error_value(ctx, plain_error(message));
        if let Some(obj) = err.as_object() {
            crate::host::put(ctx, &obj, "code", js_string!(self.code));
            crate::host::put(ctx, &obj, "errno", self.errno);
            crate::host::put(ctx, &obj, "syscall", js_string!(self.syscall));
            crate::host::put(ctx, &obj, "hostname", js_string!(self.host));
        }
        err
    }
}

/// What a finished query gives JS.
enum Answer {
    Address(IpAddr),
    Addresses(Vec<IpAddr>),
    Strings(Vec<String>),
    Mx(Vec<(u16, String)>),
    Srv(Vec<(u16, u16, u16, String)>),
}

/// Runs `work` on the reactor; `cb(err, …)` gets the answer on the JS thread.
/// Why a query gave no answer: the resolver's failure, or the permission
/// layer's refusal.
enum QueryError {
    Dns(Failure),
    Denied(crate::errors::OsError),
}

impl From<Failure> for QueryError {
    fn from(failure: Failure) -> Self {
        QueryError::Dns(failure)
    }
}

fn spawn_query<F>(ctx: &mut Context, callback: JsObject, work: F) -> JsResult<()>
where
    F: std::future::Future<Output = Result<Answer, QueryError>> + 'static,
{
    let lp = EventLoop::of(ctx)?;
    let completer = lp.submit(move |payload, ctx| {
        let args = match payload.downcast::<Result<Answer, QueryError>>().map(|b| *b) {
            Ok(Ok(answer)) => answer_args(ctx, answer),
            Ok(Err(QueryError::Dns(failure))) => vec![failure.into_js(ctx)],
            Ok(Err(QueryError::Denied(err))) => {
                let err = err.into_js(ctx);
                vec![crate::report::error_value(ctx, err)]
            }
            Err(_) => vec![crate::report::error_value(
                ctx,
                plain_error("dns: bad result"),
            )],
        };
        callback.call(&JsValue::undefined(), &args, ctx).map(drop)
    });
    rt::spawn(async move { completer.send(work.await) });
    Ok(())
}

fn answer_args(ctx: &mut Context, answer: Answer) -> Vec<JsValue> {
    let list =
        |ctx: &mut Context, items: Vec<JsValue>| JsValue::from(JsArray::from_iter(items, ctx));
    let value = match answer {
        Answer::Address(ip) => {
            let family = if ip.is_ipv4() { 4 } else { 6 };
            return vec![
                JsValue::null(),
                js_string!(ip.to_string()).into(),
                JsValue::from(family),
            ];
        }
        Answer::Addresses(ips) => {
            let items = ips
                .into_iter()
                .map(|ip| js_string!(ip.to_string()).into())
                .collect();
            list(ctx, items)
        }
        Answer::Strings(items) => {
            let items = items.into_iter().map(|s| js_string!(s).into()).collect();
            list(ctx, items)
        }
        Answer::Mx(items) => {
            let items = items
                .into_iter()
                .map(|(priority, exchange)| {
                    let obj = crate::host::new_object(ctx);
                    crate::host::put(ctx, &obj, "priority", priority);
                    crate::host::put(ctx, &obj, "exchange", js_string!(exchange));
                    obj.into()
                })
                .collect();
            list(ctx, items)
        }
        Answer::Srv(items) => {
            let items = items
                .into_iter()
                .map(|(priority, weight, port, name)| {
                    let obj = crate::host::new_object(ctx);
                    crate::host::put(ctx, &obj, "priority", priority);
                    crate::host::put(ctx, &obj, "weight", weight);
                    crate::host::put(ctx, &obj, "port", port);
                    crate::host::put(ctx, &obj, "name", js_string!(name));
                    obj.into()
                })
                .collect();
            list(ctx, items)
        }
    };
    vec![JsValue::null(), value]
}

/// A name as the manual shows it: without the root's trailing dot.
fn name_text(name: &Name) -> String {
    let text = name.to_utf8();
    text.strip_suffix('.').map(str::to_owned).unwrap_or(text)
}

/// `lookup(host, family, cb, [all])`: `cb(err, address, family)`;
/// family 0 is IPv4 first, then IPv6. With `all`, `cb(err, [address…])`
/// of the family (0.4's `getHostByName`).
fn lookup(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = args::string(a, 0, "hostname")?;
    let family = args::int(a, 1, "family")?;
    let callback = args::function(a, 2, "callback")?;
    let all = args::arg(a, 3).to_boolean();
    if !matches!(family, 0 | 4 | 6) {
        return Err(type_error("family must be 4 or 6"));
    }
    let perms = crate::permissions::of(ctx);
    if let Err(denied) = perms.check_resolve(&host) {
        // A name the script may not resolve is not sent to a server; the
        // hosts file may still give an address an IP rule allows.
        let mut local = crate::permissions::local_ips(&host);
        local.retain(|ip| perms.allows_ip(*ip));
        return spawn_query(ctx, callback, async move {
            if local.is_empty() {
                return Err(QueryError::Denied(denied));
            }
            Ok(pick_addresses(local, family, all, host)?)
        })
        .map(|()| JsValue::undefined());
    }
    // IP literals, the hosts file and `localhost` answer without a server
    // (and without one configured at all).
    let local = crate::permissions::local_ips(&host);
    if !local.is_empty() {
        return spawn_query(ctx, callback, async move {
            Ok(pick_addresses(local, family, all, host)?)
        })
        .map(|()| JsValue::undefined());
    }
    let dns = resolver(true)?;
    spawn_query(ctx, callback, async move {
        let found = dns
            .lookup_ip(host.as_str())
            .await
            .map_err(|e| Failure::from(&e, "getaddrinfo", &host))?;
        Ok(pick_addresses(found.iter().collect(), family, all, host)?)
    })?;
    Ok(JsValue::undefined())
}

/// `lookup`'s answer from the addresses found: IPv4 first; the first of
/// `family` (0: any), or with `all` every address of the family.
fn pick_addresses(
    mut ips: Vec<IpAddr>,
    family: i32,
    all: bool,
    host: String,
) -> Result<Answer, Failure> {
    ips.sort_by_key(|ip| ip.is_ipv6());
    if all {
        let wanted = if family == 6 { 6 } else { 4 };
        ips.retain(|ip| (wanted == 4) == ip.is_ipv4());
        return Ok(Answer::Addresses(ips));
    }
    ips.into_iter()
        .find(|ip| family == 0 || (family == 4) == ip.is_ipv4())
        .map(Answer::Address)
        .ok_or(Failure {
            code: "ENOTFOUND",
            errno: 4,
            syscall: "getaddrinfo",
            host,
        })
}

/// `query(name, rrtype, cb)`: A, AAAA, MX, TXT, SRV, PTR, NS, CNAME.
fn query(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = args::string(a, 0, "name")?;
    let rrtype = args::string(a, 1, "rrtype")?;
    let callback = args::function(a, 2, "callback")?;
    let record_type = match rrtype.as_str() {
        "A" => RecordType::A,
        "AAAA" => RecordType::AAAA,
        "MX" => RecordType::MX,
        "TXT" => RecordType::TXT,
        "SRV" => RecordType::SRV,
        "PTR" => RecordType::PTR,
        "NS" => RecordType::NS,
        "CNAME" => RecordType::CNAME,
        _ => return Err(type_error(format!("Unknown type \"{rrtype}\""))),
    };
    // PTR for an address asks its reverse name (in-addr.arpa / ip6.arpa).
    // A name that cannot be one (an empty label…) is c-ares's EBADNAME,
    // given to the callback like any other failure.
    let target = match (record_type, name.parse::<IpAddr>()) {
        (RecordType::PTR, Ok(ip)) => Ok(Name::from(ip)),
        _ => Name::from_utf8(&name).map_err(|_| Failure {
            code: "EBADNAME",
            errno: 8,
            syscall: "query",
            host: name.clone(),
        }),
    };
    let allowed = crate::permissions::of(ctx).check_resolve(&name);
    let dns = resolver(false)?;
    spawn_query(ctx, callback, async move {
        allowed.map_err(QueryError::Denied)?;
        let target = target?;
        let found = dns
            .lookup(target, record_type)
            .await
            .map_err(|e| Failure::from(&e, "query", &name))?;
        let data: Vec<&RData> = found
            .answers()
            .iter()
            .map(|r| &r.data)
            .filter(|d| d.record_type() == record_type)
            .collect();
        Ok(match record_type {
            RecordType::MX => Answer::Mx(
                data.iter()
                    .filter_map(|d| match d {
                        RData::MX(mx) => Some((mx.preference, name_text(&mx.exchange))),
                        _ => None,
                    })
                    .collect(),
            ),
            RecordType::SRV => Answer::Srv(
                data.iter()
                    .filter_map(|d| match d {
                        RData::SRV(s) => Some((s.priority, s.weight, s.port, name_text(&s.target))),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => Answer::Strings(data.iter().filter_map(|d| record_text(d)).collect()),
        })
    })?;
    Ok(JsValue::undefined())
}

fn record_text(data: &RData) -> Option<String> {
    Some(match data {
        RData::A(a) => a.to_string(),
        RData::AAAA(a) => a.to_string(),
        RData::PTR(n) => name_text(n),
        RData::NS(n) => name_text(n),
        RData::CNAME(n) => name_text(n),
        RData::TXT(t) => t
            .txt_data
            .iter()
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect(),
        _ => return None,
    })
}

/// `setServers([address…])`: "1.2.3.4", "1.2.3.4:5353", "::1",
/// "[::1]:5353". The resolvers are made again on next use.
fn set_servers(_: &JsValue, a: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    const MAX: u64 = 64;
    let list = args::object(a, 0, "servers")?;
    let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    if len > MAX {
        return Err(type_error(format!("at most {MAX} servers")));
    }
    let mut servers = Vec::new();
    for i in 0..len {
        let text = list.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped();
        let addr = text
            .parse::<SocketAddr>()
            .or_else(|_| text.parse::<IpAddr>().map(|ip| SocketAddr::new(ip, 53)))
            .map_err(|_| type_error(format!("IP address is not properly formatted: {text}")))?;
        servers.push(addr);
    }
    SERVERS.with(|s| *s.borrow_mut() = Some(servers));
    RESOLVERS.with(|r| *r.borrow_mut() = None);
    Ok(JsValue::undefined())
}

/// `getServers()` → the servers in use ("ip" or "ip:port").
fn get_servers(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let servers: Vec<String> = match SERVERS.with(|s| s.borrow().clone()) {
        Some(list) => list.iter().map(server_text).collect(),
        None => hickory_resolver::system_conf::read_system_conf()
            .map(|(config, _)| {
                let mut seen = Vec::new();
                for ns in config.name_servers() {
                    let text = ns.ip.to_string();
                    if !seen.contains(&text) {
                        seen.push(text);
                    }
                }
                seen
            })
            .unwrap_or_default(),
    };
    let values: Vec<JsValue> = servers.into_iter().map(|s| js_string!(s).into()).collect();
    Ok(JsArray::from_iter(values, ctx).into())
}

fn server_text(addr: &SocketAddr) -> String {
    match (addr.port(), addr.ip()) {
        (53, ip) => ip.to_string(),
        (_, IpAddr::V4(_)) => addr.to_string(),
        (_, IpAddr::V6(_)) => addr.to_string(),
    }
}
