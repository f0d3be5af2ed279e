//! `ksc hosts`: the administration groups' hosts, `HostGroup.FindHosts` read through its chunk accessor
//! ([`super::pages`]), streamed. Also the lookups `host show` makes with the same method.

use clap::Args;
use serde_json::{Map, Value, json};

use super::client::Client;
use super::fields::{self, Aliases};
use super::pages::{self, Read};
use super::rows::KscHostRow;
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::{FieldStream, Format};

#[derive(Args)]
#[command(after_help = pages::STREAMING)]
pub struct HostsArgs {
    /// A search filter (LDAP-like), e.g. '(KLHST_WKS_DN="web*")' or '(KLHST_WKS_STATUS&4<>0)'
    #[arg(long, value_name = "FILTER")]
    pub filter: Option<String>,
    /// The attributes to print instead of the default columns, e.g. KLHST_WKS_DN,KLHST_WKS_FQDN; the column
    /// names name, id, group, status, last_visible, ip, os stand for their attributes
    #[arg(long, value_name = "A,B,…")]
    pub fields: Option<String>,
    /// Only the hosts directly in this administration group (a number: `fieldctl ksc groups` lists them)
    #[arg(long, value_name = "ID", value_parser = parse_group)]
    pub group: Option<i64>,
    /// Sort by an attribute or a column name (name, id, group, status, last_visible, ip, os), descending with
    /// `:desc` (default name, i.e. KLHST_WKS_DN)
    #[arg(long, value_name = "FIELD[:desc]")]
    pub order: Option<String>,
    /// Hosts per request (ChunkAccessor.GetItemsChunk)
    #[arg(long, value_name = "N", default_value_t = pages::DEFAULT_CHUNK,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub chunk: u32,
}

/// `--group`: group ids are numbers; a name gets told where the ids are.
fn parse_group(s: &str) -> Result<i64, String> {
    s.trim().parse().map_err(|_| {
        format!("'{s}' is not a group id: group ids are numbers (`fieldctl ksc groups` lists them)")
    })
}

/// The default columns' attributes, in column order.
pub const HOST_FIELDS: [&str; 7] = [
    "KLHST_WKS_DN",
    "KLHST_WKS_HOSTNAME",
    "KLHST_WKS_GROUPID",
    "KLHST_WKS_STATUS",
    "KLHST_WKS_LAST_VISIBLE",
    "KLHST_WKS_IP_LONG",
    "KLHST_WKS_OS_NAME",
];

/// The default columns' names (KscHostRow's keys, docs/output.md) for their attributes, in `--fields` and
/// `--order`.
const ALIASES: Aliases = &[
    ("name", "KLHST_WKS_DN"),
    ("id", "KLHST_WKS_HOSTNAME"),
    ("group", "KLHST_WKS_GROUPID"),
    ("status", "KLHST_WKS_STATUS"),
    ("last_visible", "KLHST_WKS_LAST_VISIBLE"),
    ("ip", "KLHST_WKS_IP_LONG"),
    ("os", "KLHST_WKS_OS_NAME"),
];

pub fn run(ctx: &Context, client: &Client, args: HostsArgs) -> anyhow::Result<()> {
    let filter = with_group(args.filter.as_deref(), args.group);
    let order = fields::order(args.order.as_deref().unwrap_or("name"), ALIASES)?;
    let chosen = args
        .fields
        .as_deref()
        .map(|f| fields::parse(f, ALIASES))
        .transpose()?;
    let attrs: Vec<String> = match &chosen {
        Some(f) => f.iter().map(|f| f.attr.clone()).collect(),
        None => HOST_FIELDS.iter().map(|f| (*f).to_owned()).collect(),
    };
    let (accessor, total) = find_hosts(client, &filter, &attrs, order)?;
    let how = Read {
        chunk: args.chunk,
        total: Some(total),
        limit: None,
        progress: Some("hosts"),
        check: chosen.as_ref().map(|_| attrs.as_slice()),
    };
    let n = match chosen {
        Some(f) => {
            let shown = f.iter().map(|f| f.shown.clone()).collect();
            let mut stream = FieldStream::new(&ctx.out, Some(shown));
            let read = pages::read_all(ctx, client, &pages::CHUNKS, &accessor, how, &mut |r| {
                Ok(stream.push(&under_names(&f, r))?)
            });
            stream.end(read)?
        }
        None => {
            let mut stream = ctx.out.stream::<KscHostRow>();
            let read = pages::read_all(ctx, client, &pages::CHUNKS, &accessor, how, &mut |r| {
                Ok(stream.push(&host_row(&r))?)
            });
            stream.end(read)?
        }
    };
    if n == 0 && ctx.out.format == Format::Table {
        ctx.out.note("no hosts match");
    }
    Ok(())
}

/// A record keyed by the names asked for; `ip` (the column name) is dotted as in the default columns.
fn under_names(asked: &[fields::Field], r: Map<String, Value>) -> Map<String, Value> {
    asked
        .iter()
        .map(|f| {
            let v = r.get(&f.attr).cloned().unwrap_or(Value::Null);
            let v = match (f.shown.as_str(), v.as_i64()) {
                ("ip", Some(n)) => Value::from(ipv4(n)),
                _ => v,
            };
            (f.shown.clone(), v)
        })
        .collect()
}

/// `--filter` and `--group` as one `wstrFilter`.
fn with_group(filter: Option<&str>, group: Option<i64>) -> String {
    let filter = filter.map(str::trim).filter(|f| !f.is_empty());
    let parenthesized = |f: &str| {
        if f.starts_with('(') {
            f.to_owned()
        } else {
            format!("({f})")
        }
    };
    match (filter, group) {
        (None, None) => String::new(),
        (Some(f), None) => f.to_owned(),
        (None, Some(g)) => format!("(KLHST_WKS_GROUPID = {g})"),
        (Some(f), Some(g)) => format!("(&(KLHST_WKS_GROUPID = {g}){})", parenthesized(f)),
    }
}

/// `HostGroup.FindHosts` → the accessor and how many hosts it holds. An answer with an accessor but no
/// count is malformed, and its accessor is still released.
pub fn find_hosts(
    client: &Client,
    filter: &str,
    fields: &[String],
    order: Vec<Value>,
) -> anyhow::Result<(String, u64)> {
    let out = client.open(
        "HostGroup.FindHosts",
        json!({
            "wstrFilter": filter,
            "vecFieldsToReturn": fields,
            "vecFieldsToOrder": order,
            "pParams": {"KLGRP_FIND_FROM_CUR_VS_ONLY": true},
            "lMaxLifeTime": pages::LIFETIME,
        }),
    )?;
    let accessor = out
        .get("strAccessor")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty());
    let total = value::ret(&out).map(value::plain).and_then(|v| v.as_u64());
    match (accessor, total) {
        (Some(a), Some(n)) => Ok((a.to_owned(), n)),
        (accessor, _) => {
            let malformed = Failure::new(
                Kind::Malformed,
                format!(
                    "HostGroup.FindHosts: {} answered no strAccessor and count",
                    client.server()
                ),
            );
            let released = match accessor {
                Some(a) => client
                    .read(pages::CHUNKS.release, json!({ pages::CHUNKS.id_param: a }))
                    .map(drop),
                None => Ok(()),
            };
            crate::interrupt::after_cleanup(Err(malformed.into()), released)
        }
    }
}

pub fn host_row(r: &Map<String, Value>) -> KscHostRow {
    KscHostRow {
        name: string(r, "KLHST_WKS_DN").unwrap_or_default(),
        id: string(r, "KLHST_WKS_HOSTNAME").unwrap_or_default(),
        group: int(r, "KLHST_WKS_GROUPID"),
        status: int(r, "KLHST_WKS_STATUS"),
        last_visible: string(r, "KLHST_WKS_LAST_VISIBLE"),
        ip: int(r, "KLHST_WKS_IP_LONG").map(ipv4),
        os: string(r, "KLHST_WKS_OS_NAME"),
    }
}

pub fn string(r: &Map<String, Value>, k: &str) -> Option<String> {
    match r.get(k)? {
        Value::Null => None,
        v => Some(value::text(v)),
    }
}

pub fn int(r: &Map<String, Value>, k: &str) -> Option<i64> {
    r.get(k).and_then(Value::as_i64)
}

/// KLHST_WKS_IP_LONG as dotted IPv4. KSC keeps the address as an unsigned 32-bit number "with host byte
/// order" (the KSC SDK's attribute list): the number's most significant byte is the first octet, so
/// 167772210 is 10.0.0.50 (as integrations read it, e.g. Python's `ipaddress.ip_address(n)`). A negative
/// value (the number read as signed) is taken modulo 2³².
fn ipv4(n: i64) -> String {
    std::net::Ipv4Addr::from(n as u32).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_joins_the_filter() {
        assert_eq!(with_group(None, None), "");
        assert_eq!(with_group(Some(" (A=1) "), None), "(A=1)");
        assert_eq!(with_group(None, Some(7)), "(KLHST_WKS_GROUPID = 7)");
        assert_eq!(
            with_group(Some("A=1"), Some(7)),
            "(&(KLHST_WKS_GROUPID = 7)(A=1))"
        );
        assert_eq!(parse_group(" 8"), Ok(8));
        assert!(parse_group("Web").unwrap_err().contains("ksc groups"));
    }

    #[test]
    fn ip_long_is_most_significant_byte_first() {
        assert_eq!(ipv4(167772210), "10.0.0.50");
        assert_eq!(ipv4(174286280), "10.99.101.200");
        assert_eq!(ipv4(-1), "255.255.255.255");
    }

    #[test]
    fn aliases_are_the_default_columns() {
        use crate::output::Row;
        let keys: Vec<&str> = KscHostRow::COLUMNS.iter().map(|(k, _)| *k).collect();
        let aliases: Vec<&str> = ALIASES.iter().map(|(c, _)| *c).collect();
        assert_eq!(aliases, keys);
        let attrs: Vec<&str> = ALIASES.iter().map(|(_, a)| *a).collect();
        assert_eq!(attrs, HOST_FIELDS);
    }
}
