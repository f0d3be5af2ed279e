//! Server addresses, checked before any connection: `HOST`, `HOST:PORT`, `[V6]:PORT`, a bare IPv6 address, or an
//! `http(s)://HOST[:PORT][/PATH]` URL. A bad one is a usage error (exit 2), never an odd URL or a refused
//! connection.
//!
//! Each address also has a canonical identity, the key of its session state: `localhost` is `127.0.0.1`, names
//! are compared without case or a trailing dot, IPv6 in its compressed form, the default port made explicit.
//! `http://` and `https://` on the same host are different servers. Names are not resolved (no DNS in a
//! key): `kvaser.lab` and its IP address are two identities.
//!
//! `sim` (exactly) is the group's embedded simulator: [`Address::resolve`] starts it and answers its loopback
//! address, marked [`Address::embedded`]; a check accepts the word without starting anything.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};

use crate::error::{Failure, Kind};
use crate::sim::embedded::{self, Sim};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Http,
    Https,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Host {
    Name(String),
    V4(Ipv4Addr),
    V6(Ipv6Addr),
}

/// A validated server address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub scheme: Scheme,
    host: Host,
    /// The host as the user wrote it (case kept), for URLs and messages.
    written: String,
    pub port: u16,
    userinfo: Option<String>,
    /// `""` or `/a/b` (no trailing slash).
    path: String,
    /// The embedded simulator this address reaches (`sim`).
    embedded: Option<Sim>,
}

/// What a group's addresses default to.
#[derive(Clone, Copy)]
pub struct Defaults {
    pub scheme: Scheme,
    pub port: u16,
    /// For messages: `--host`, `--server`.
    pub flag: &'static str,
    /// The simulator `sim` starts.
    pub sim: Sim,
}

/// A setting's check (`profile set`, and when a command reads it): the address parses with these defaults.
pub fn check(value: &str, d: Defaults) -> Result<(), String> {
    if value == embedded::WORD {
        return Ok(());
    }
    // The message follows the setting's key, not a flag: `can.host: address '': empty address`.
    let d = Defaults {
        flag: "address",
        ..d
    };
    Address::parse(value, d)
        .map(drop)
        .map_err(|e| e.to_string())
}

impl Address {
    /// The address a command connects to: `sim` starts the group's embedded simulator (once per process) and
    /// is its loopback address; anything else is [`Address::parse`]d.
    pub fn resolve(input: &str, d: Defaults) -> anyhow::Result<Address> {
        if input != embedded::WORD {
            return Ok(Address::parse(input, d)?);
        }
        let sim = embedded::start(d.sim)?;
        let mut address = Address::parse(&sim.url, d)?;
        address.embedded = Some(d.sim);
        Ok(address)
    }

    /// The embedded simulator this address reaches, if it is `sim`.
    pub fn embedded(&self) -> Option<Sim> {
        self.embedded
    }

    pub fn parse(input: &str, d: Defaults) -> Result<Address, Failure> {
        // A password typed into the address is not repeated in the message.
        let shown = match input.split_once('@') {
            Some((userinfo, rest)) => match userinfo.split_once("://") {
                Some((scheme, _)) => format!("{scheme}://…@{rest}"),
                None => format!("…@{rest}"),
            },
            None => input.to_owned(),
        };
        let bad = |why: &str| {
            Failure::new(
                Kind::Usage,
                format!("{} '{}': {why}", d.flag, crate::output::sanitize(&shown)),
            )
            .hint("expected HOST, HOST:PORT, [IPv6]:PORT or http(s)://HOST[:PORT]")
        };
        let text = input.trim();
        if text.is_empty() {
            return Err(bad("empty address"));
        }
        let (scheme, rest, url) = match text.split_once("://") {
            Some((s, rest)) => match s.to_ascii_lowercase().as_str() {
                "http" => (Scheme::Http, rest, true),
                "https" => (Scheme::Https, rest, true),
                _ => return Err(bad(&format!("unsupported scheme '{s}' (http or https)"))),
            },
            None => (d.scheme, text, false),
        };
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if path.contains(['?', '#']) {
            return Err(bad("a query or fragment has no place in a server address"));
        }
        if !url && !path.is_empty() {
            return Err(bad("a path needs a full URL (http://HOST:PORT/PATH)"));
        }
        // `user:password@` (for a proxy in front of a device) goes into requests, never into messages or the
        // identity; the transport redacts it from traces.
        let (userinfo, authority) = match authority.rsplit_once('@') {
            Some(_) if !url => return Err(bad("user:password@ needs a full URL")),
            Some((u, a)) => (Some(u.to_owned()), a),
            None => (None, authority),
        };
        if authority.is_empty() {
            return Err(bad("no host"));
        }
        let (host_text, port_text) = split_port(authority).map_err(|w| bad(&w))?;
        let host = parse_host(host_text).map_err(|w| bad(&w))?;
        let port = match port_text {
            None => match (url, scheme) {
                (true, Scheme::Http) if d.scheme != Scheme::Http => 80,
                (true, Scheme::Https) if d.scheme != Scheme::Https => 443,
                _ => d.port,
            },
            Some(p) => parse_port(p).map_err(|w| bad(&w))?,
        };
        let path = path.trim_end_matches('/');
        if path.chars().any(|c| c.is_control() || c == ' ') {
            return Err(bad("the path has spaces or control characters"));
        }
        Ok(Address {
            scheme,
            written: match &host {
                Host::V6(_) => host_text.trim_matches(['[', ']']).to_owned(),
                _ => host_text.to_owned(),
            },
            host,
            port,
            userinfo,
            path: path.to_owned(),
            embedded: None,
        })
    }

    /// The base URL requests go to: `http://[USERINFO@]HOST:PORT[/PATH]`, host as written.
    pub fn url(&self) -> String {
        self.url_with(self.userinfo.as_deref())
    }

    fn url_with(&self, userinfo: Option<&str>) -> String {
        let host = match self.host {
            Host::V6(_) => format!("[{}]", self.written),
            _ => self.written.clone(),
        };
        let user = userinfo.map(|u| format!("{u}@")).unwrap_or_default();
        format!(
            "{}://{user}{host}:{}{}",
            self.scheme.as_str(),
            self.port,
            self.path
        )
    }

    /// The host as written, without brackets (`::1`, `klserver.lab`): for a TLS server name.
    pub fn host(&self) -> &str {
        &self.written
    }

    /// The base path (`""` or `/a/b`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The canonical identity: equal for every spelling of the same server.
    pub fn identity(&self) -> String {
        let host = match &self.host {
            Host::Name(n) if n == "localhost" => Ipv4Addr::LOCALHOST.to_string(),
            Host::Name(n) => n.clone(),
            Host::V4(a) => a.to_string(),
            Host::V6(a) => match a.to_ipv4_mapped() {
                Some(v4) if v4.is_loopback() => v4.to_string(),
                _ => format!("[{a}]"),
            },
        };
        format!(
            "{}://{host}:{}{}",
            self.scheme.as_str(),
            self.port,
            self.path
        )
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // For messages: credentials never show.
        f.write_str(&self.url_with(self.userinfo.as_ref().map(|_| "(redacted)")))
    }
}

/// `host:port`, `[v6]:port`, `[v6]`, a bare IPv6 address (several colons, no brackets) or a host.
fn split_port(authority: &str) -> Result<(&str, Option<&str>), String> {
    if let Some(rest) = authority.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return Err("unclosed '[' in an IPv6 address".into());
        };
        let host = &authority[..end + 2];
        return match &rest[end + 1..] {
            "" => Ok((host, None)),
            p => match p.strip_prefix(':') {
                Some(port) => Ok((host, Some(port))),
                None => Err(format!("unexpected '{p}' after the IPv6 address")),
            },
        };
    }
    match authority.matches(':').count() {
        0 => Ok((authority, None)),
        1 => {
            let (h, p) = authority.split_once(':').expect("one colon");
            Ok((h, Some(p)))
        }
        _ => Ok((authority, None)), // a bare IPv6 address
    }
}

fn parse_port(p: &str) -> Result<u16, String> {
    if p.is_empty() {
        return Err("empty port after ':'".into());
    }
    if !p.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("port '{p}' is not a number (1-65535)"));
    }
    match p.parse::<u32>() {
        Ok(n @ 1..=65535) => Ok(n as u16),
        _ => Err(format!("port {p} is out of range (1-65535)")),
    }
}

fn parse_host(h: &str) -> Result<Host, String> {
    if let Some(inner) = h.strip_prefix('[') {
        let inner = inner.trim_end_matches(']');
        return inner
            .parse::<Ipv6Addr>()
            .map(Host::V6)
            .map_err(|_| format!("'{inner}' is not an IPv6 address"));
    }
    if h.contains(':') {
        return h
            .parse::<Ipv6Addr>()
            .map(Host::V6)
            .map_err(|_| format!("'{h}' is not an IPv6 address"));
    }
    if h.is_empty() {
        return Err("no host".into());
    }
    if let Ok(v4) = h.parse::<Ipv4Addr>() {
        return Ok(Host::V4(v4));
    }
    let name = h.strip_suffix('.').unwrap_or(h).to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && !l.starts_with('-')
            && l.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if !name.split('.').all(label_ok) {
        return Err(format!(
            "'{h}' is not a host name (letters, digits, '-', '_' and dots)"
        ));
    }
    // DNS limits (RFC 1035): no resolver could find a longer name, so say so before asking one.
    if name.len() > 253 || name.split('.').any(|l| l.len() > 63) {
        return Err(format!(
            "'{}…' is longer than a host name can be (labels of at most 63 characters, 253 in all)",
            &h[..h.len().min(40)]
        ));
    }
    // Digits and dots only, yet not an IPv4 address (`1.2.3`, `300.1.1.1`): a typo, not a name.
    if name.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(format!("'{h}' is not an IPv4 address"));
    }
    Ok(Host::Name(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> String {
        Address::parse(s, crate::can::settings::ADDRESS)
            .unwrap()
            .url()
    }
    fn id(s: &str) -> String {
        Address::parse(s, crate::can::settings::ADDRESS)
            .unwrap()
            .identity()
    }
    fn err(s: &str) -> String {
        let e = Address::parse(s, crate::can::settings::ADDRESS).unwrap_err();
        assert_eq!(e.kind, Kind::Usage, "{s}");
        e.to_string()
    }

    #[test]
    fn host_forms() {
        assert_eq!(url("192.168.1.10"), "http://192.168.1.10:8080");
        assert_eq!(url("192.168.1.10:81"), "http://192.168.1.10:81");
        assert_eq!(url("[::1]:81"), "http://[::1]:81");
        assert_eq!(url("::1"), "http://[::1]:8080");
        assert_eq!(url("fe80::1:2"), "http://[fe80::1:2]:8080");
        assert_eq!(url("[::1]"), "http://[::1]:8080");
        assert_eq!(url("https://h:1/"), "https://h:1");
        assert_eq!(url("https://h/kvaser/"), "https://h:443/kvaser");
        assert_eq!(url("kvaser.lab"), "http://kvaser.lab:8080");
        assert_eq!(url(" Kvaser.Lab "), "http://Kvaser.Lab:8080");
    }

    #[test]
    fn bad_addresses_are_usage_errors() {
        assert!(err("127.0.0.1:abc").contains("port 'abc' is not a number"));
        assert!(err("127.0.0.1:-1").contains("port '-1' is not a number"));
        assert!(err("127.0.0.1:65536").contains("port 65536 is out of range"));
        assert!(err("127.0.0.1:0").contains("out of range"));
        assert!(err("").contains("empty address"));
        assert!(err("   ").contains("empty address"));
        assert!(err("h:").contains("empty port"));
        assert!(err(":80").contains("no host"));
        assert!(err("ftp://h").contains("unsupported scheme"));
        assert!(err("http://").contains("no host"));
        assert!(err("u:pw@h").contains("needs a full URL"));
        assert!(!err("pw@h:x").contains("pw"));
        assert!(err("h/x").contains("a path needs a full URL"));
        assert!(err("http://h/?a=1").contains("query"));
        assert!(err("bad host").contains("not a host name"));
        assert!(err("[::1").contains("unclosed"));
        assert!(err("[::1]x").contains("unexpected"));
        assert!(err("1.2.3").contains("not an IPv4 address"));
        assert!(err("::g").contains("not an IPv6 address"));
    }

    #[test]
    fn identities_are_canonical() {
        assert_eq!(id("localhost:9"), id("127.0.0.1:9"));
        assert_eq!(id("LOCALHOST.:9"), "http://127.0.0.1:9");
        assert_eq!(id("http://localhost:9/"), "http://127.0.0.1:9");
        assert_eq!(id("Kvaser.Lab"), id("kvaser.lab:8080"));
        assert_eq!(id("[0:0::1]:9"), "http://[::1]:9");
        assert_eq!(id("[::ffff:127.0.0.1]:9"), "http://127.0.0.1:9");
        assert_ne!(id("http://h:9"), id("https://h:9"));
        assert_ne!(id("h:9"), id("h:10"));
        assert_eq!(id("http://u:pw@h:9"), "http://h:9");
        let a = Address::parse("http://u:pw@h:9", crate::can::settings::ADDRESS).unwrap();
        assert_eq!(a.url(), "http://u:pw@h:9");
        assert_eq!(a.to_string(), "http://(redacted)@h:9");
    }
}
