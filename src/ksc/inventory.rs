//! `ksc hosts`, `ksc host show NAME|ID`, `ksc groups`: the administration groups' hosts
//! (`HostGroup.FindHosts` read through its chunk accessor, [`super::pages`]), one host's attributes and
//! installed products, and the group tree.

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::client::Client;
use super::fields::FieldStream;
use super::pages::{self, Read};
use super::rows::{KscGroupRow, KscHostInfoRow, KscHostRow};
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Format;

#[derive(Args)]
pub struct HostsArgs {
    /// A search filter (LDAP-like), e.g. '(KLHST_WKS_DN="web*")' or '(KLHST_WKS_STATUS&4<>0)'
    #[arg(long, value_name = "FILTER")]
    pub filter: Option<String>,
    /// The attributes to print instead of the default columns, e.g. KLHST_WKS_DN,KLHST_WKS_FQDN
    #[arg(long, value_name = "A,B,…")]
    pub fields: Option<String>,
    /// Only the hosts directly in this administration group
    #[arg(long, value_name = "ID")]
    pub group: Option<i64>,
    /// Sort by an attribute, descending with `:desc` (default KLHST_WKS_DN)
    #[arg(long, value_name = "FIELD[:desc]")]
    pub order: Option<String>,
    /// Hosts per request (ChunkAccessor.GetItemsChunk)
    #[arg(long, value_name = "N", default_value_t = pages::DEFAULT_CHUNK,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub chunk: u32,
}

#[derive(Subcommand)]
pub enum HostCommand {
    /// One host's attributes and installed products, by display name or id (KLHST_WKS_HOSTNAME)
    Show {
        #[arg(value_name = "NAME|ID")]
        host: String,
    },
}

#[derive(Args)]
pub struct GroupsArgs {
    /// Indent each group's name under its parent (tables only; JSON and CSV stay flat)
    #[arg(long)]
    pub tree: bool,
}

/// The default columns' attributes, in column order.
const HOST_FIELDS: [&str; 7] = [
    "KLHST_WKS_DN",
    "KLHST_WKS_HOSTNAME",
    "KLHST_WKS_GROUPID",
    "KLHST_WKS_STATUS",
    "KLHST_WKS_LAST_VISIBLE",
    "KLHST_WKS_IP_LONG",
    "KLHST_WKS_OS_NAME",
];

/// `host show`'s attributes beyond the default columns.
const INFO_FIELDS: [&str; 5] = [
    "KLHST_WKS_FQDN",
    "KLHST_WKS_WINDOMAIN",
    "KLHST_WKS_NAG_VERSION",
    "KLHST_WKS_RTP_STATE",
    "KLHST_WKS_VIRUS_COUNT",
];

pub fn hosts(ctx: &Context, client: &Client, args: HostsArgs) -> anyhow::Result<()> {
    let filter = with_group(args.filter.as_deref(), args.group);
    let order = pages::order(args.order.as_deref().unwrap_or("KLHST_WKS_DN"))?;
    let chosen = args.fields.as_deref().map(pages::fields).transpose()?;
    let fields: Vec<String> = match &chosen {
        Some(f) => f.clone(),
        None => HOST_FIELDS.iter().map(|f| (*f).to_owned()).collect(),
    };
    let (accessor, total) = find_hosts(client, &filter, &fields, order)?;
    let how = Read {
        chunk: args.chunk,
        total: Some(total),
        limit: None,
        progress: Some("hosts"),
    };
    let n = match chosen {
        Some(f) => {
            let mut stream = FieldStream::new(&ctx.out, f);
            let n = pages::read_all(ctx, client, &pages::CHUNKS, &accessor, how, &mut |r| {
                Ok(stream.push(&r)?)
            })?;
            stream.finish()?;
            n
        }
        None => {
            let mut stream = ctx.out.stream::<KscHostRow>();
            let n = pages::read_all(ctx, client, &pages::CHUNKS, &accessor, how, &mut |r| {
                Ok(stream.push(&host_row(&r))?)
            })?;
            stream.finish()?;
            n
        }
    };
    if n == 0 && ctx.out.format == Format::Table {
        ctx.out.note("no hosts match");
    }
    Ok(())
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

/// `HostGroup.FindHosts` → the accessor and how many hosts it holds.
fn find_hosts(
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
        _ => Err(Failure::new(
            Kind::Malformed,
            format!(
                "HostGroup.FindHosts: {} answered no strAccessor and count",
                client.server()
            ),
        )
        .into()),
    }
}

fn host_row(r: &Map<String, Value>) -> KscHostRow {
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

fn string(r: &Map<String, Value>, k: &str) -> Option<String> {
    match r.get(k)? {
        Value::Null => None,
        v => Some(value::text(v)),
    }
}

fn int(r: &Map<String, Value>, k: &str) -> Option<i64> {
    r.get(k).and_then(Value::as_i64)
}

/// KLHST_WKS_IP_LONG as dotted IPv4. KSC keeps the address as an unsigned 32-bit number "with host byte
/// order" (the KSC SDK's attribute list): the number's most significant byte is the first octet, so
/// 167772210 is 10.0.0.50 (as integrations read it, e.g. Python's `ipaddress.ip_address(n)`). A negative
/// value (the number read as signed) is taken modulo 2³².
fn ipv4(n: i64) -> String {
    std::net::Ipv4Addr::from(n as u32).to_string()
}

/// A host id (KLHST_WKS_HOSTNAME) is a GUID: 8-4-4-4-12 hex digits. Anything else is a display name.
fn is_host_id(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A string literal of a filter: `"` and `\` escaped.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

pub fn host(ctx: &Context, client: &Client, cmd: HostCommand) -> anyhow::Result<()> {
    let HostCommand::Show { host } = cmd;
    let id = resolve(ctx, client, &host)?;
    let mut want: Vec<&str> = HOST_FIELDS.to_vec();
    want.extend(INFO_FIELDS);
    let out = client.read(
        "HostGroup.GetHostInfo",
        json!({"strHostName": id, "pFields2Return": want}),
    )?;
    let info = match value::ret(&out).map(value::plain) {
        Some(Value::Object(m)) => m,
        _ => {
            return Err(Failure::new(
                Kind::Malformed,
                format!(
                    "HostGroup.GetHostInfo: {} answered no host container",
                    client.server()
                ),
            )
            .into());
        }
    };
    let products = client.read("HostGroup.GetHostProducts", json!({"strHostName": id}))?;
    let base = host_row(&info);
    ctx.out.row(&KscHostInfoRow {
        name: base.name,
        id: if base.id.is_empty() { id } else { base.id },
        group: base.group,
        status: base.status,
        last_visible: base.last_visible,
        ip: base.ip,
        os: base.os,
        fqdn: string(&info, "KLHST_WKS_FQDN"),
        domain: string(&info, "KLHST_WKS_WINDOMAIN"),
        agent_version: string(&info, "KLHST_WKS_NAG_VERSION"),
        rtp_state: int(&info, "KLHST_WKS_RTP_STATE"),
        virus_count: int(&info, "KLHST_WKS_VIRUS_COUNT"),
        products: product_list(value::ret(&products).map(value::plain)),
    })?;
    Ok(())
}

/// The host's id: the argument itself when it is one and the server has it, else the one host whose display
/// name it is. None → exit 5; several → exit 2 listing them.
fn resolve(ctx: &Context, client: &Client, arg: &str) -> anyhow::Result<String> {
    let by_id = is_host_id(arg);
    let filter = if by_id {
        format!("(KLHST_WKS_HOSTNAME = {})", quoted(arg))
    } else {
        format!("(KLHST_WKS_DN = {})", quoted(arg))
    };
    let fields: Vec<String> = ["KLHST_WKS_HOSTNAME", "KLHST_WKS_DN", "KLHST_WKS_GROUPID"]
        .iter()
        .map(|f| (*f).to_owned())
        .collect();
    let (accessor, total) = find_hosts(client, &filter, &fields, Vec::new())?;
    let mut found = Vec::new();
    // At most a few: enough to say which hosts share the name.
    pages::read_all(
        ctx,
        client,
        &pages::CHUNKS,
        &accessor,
        Read {
            chunk: 10,
            total: Some(total),
            limit: Some(10),
            progress: None,
        },
        &mut |r| {
            found.push(host_row(&r));
            Ok(())
        },
    )?;
    match found.as_slice() {
        [] => Err(Failure::new(
            Kind::NotFound,
            format!(
                "no host {} {arg} on {}",
                if by_id { "with id" } else { "named" },
                client.server()
            ),
        )
        .hint("`fieldctl ksc hosts --filter '(KLHST_WKS_DN=\"part*\")'` finds hosts by a part of the name")
        .into()),
        [one] => Ok(one.id.clone()),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|h| {
                    format!(
                        "{} (id {}, group {})",
                        h.name,
                        h.id,
                        h.group.map_or("?".into(), |g| g.to_string())
                    )
                })
                .collect();
            let more = if total > many.len() as u64 {
                format!(" and {} more", total - many.len() as u64)
            } else {
                String::new()
            };
            Err(Failure::new(
                Kind::Usage,
                format!(
                    "{total} hosts are named {arg}: {}{more}",
                    list.join("; ")
                ),
            )
            .hint("give the host's id instead of its name")
            .into())
        }
    }
}

/// `GetHostProducts`' `{PRODUCT: {VERSION: {DisplayName, ProdVersion, …}}}` as `DisplayName ProdVersion`
/// (the product and version keys when they are missing).
fn product_list(v: Option<Value>) -> Vec<String> {
    let Some(Value::Object(products)) = v else {
        return Vec::new();
    };
    let mut list = Vec::new();
    for (product, versions) in &products {
        let Value::Object(versions) = versions else {
            continue;
        };
        for (version, info) in versions {
            let name = info
                .get("DisplayName")
                .and_then(Value::as_str)
                .unwrap_or(product);
            let ver = info
                .get("ProdVersion")
                .and_then(Value::as_str)
                .unwrap_or(version);
            list.push(format!("{name} {ver}"));
        }
    }
    list
}

pub fn groups(ctx: &Context, client: &Client, args: GroupsArgs) -> anyhow::Result<()> {
    let root = client.read("HostGroup.GroupIdGroups", json!({}))?;
    let root = value::ret(&root)
        .map(value::plain)
        .and_then(|v| v.as_i64())
        .ok_or_else(|| {
            Failure::new(
                Kind::Malformed,
                format!(
                    "HostGroup.GroupIdGroups: {} answered no group id",
                    client.server()
                ),
            )
        })?;
    let out = client.read(
        "HostGroup.GetSubgroups",
        json!({"nGroupId": root, "nDepth": 0}),
    )?;
    let tree = value::ret(&out).map(value::plain).unwrap_or(Value::Null);
    let mut rows = Vec::new();
    flatten(&tree, root, 1, "", &mut rows);
    let indent = args.tree && ctx.out.format == Format::Table;
    let mut stream = ctx.out.stream::<KscGroupRow>();
    for mut row in rows {
        if indent {
            row.name = format!("{}{}", "  ".repeat(row.level as usize - 1), row.name);
        }
        stream.push(&row)?;
    }
    stream.finish()?;
    Ok(())
}

/// GetSubgroups' `[{id, name, groups: […]}]`, depth first, each group before its subgroups.
fn flatten(v: &Value, parent: i64, level: u32, path: &str, rows: &mut Vec<KscGroupRow>) {
    let Value::Array(groups) = v else {
        return;
    };
    for g in groups {
        let (Some(id), Some(name)) = (g.get("id").and_then(Value::as_i64), g.get("name")) else {
            continue;
        };
        let name = value::text(name);
        let path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}/{name}")
        };
        rows.push(KscGroupRow {
            id,
            name,
            parent,
            level,
            path: path.clone(),
        });
        if let Some(sub) = g.get("groups") {
            flatten(sub, id, level + 1, &path, rows);
        }
    }
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
    }

    #[test]
    fn ip_long_is_most_significant_byte_first() {
        assert_eq!(ipv4(167772210), "10.0.0.50");
        assert_eq!(ipv4(174286280), "10.99.101.200");
        assert_eq!(ipv4(-1), "255.255.255.255");
    }

    #[test]
    fn ids_are_guids() {
        assert!(is_host_id("3f2a9c1e-0b7d-4e55-0000-00000000002a"));
        assert!(!is_host_id("web-000002"));
        assert!(!is_host_id("3f2a9c1e-0b7d-4e55-0000-00000000002g"));
        assert_eq!(quoted(r#"a"b\c"#), r#""a\"b\\c""#);
    }

    #[test]
    fn subgroups_flatten_depth_first() {
        let tree = json!([
            {"id": 2, "name": "Servers", "groups": [{"id": 8, "name": "Web"}]},
            {"id": 10, "name": "Empty"}
        ]);
        let mut rows = Vec::new();
        flatten(&tree, 0, 1, "", &mut rows);
        let got: Vec<(i64, i64, u32, &str)> = rows
            .iter()
            .map(|r| (r.id, r.parent, r.level, r.path.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, 0, 1, "Servers"),
                (8, 2, 2, "Servers/Web"),
                (10, 0, 1, "Empty")
            ]
        );
    }

    #[test]
    fn products_read_name_and_version() {
        let v = json!({"KES": {"11.0.0.0": {"DisplayName": "Kaspersky Endpoint Security", "ProdVersion": "11.0.0.1"}},
                       "1093": {"1.0.0.0": {}}});
        let mut got = product_list(Some(v));
        got.sort();
        assert_eq!(
            got,
            vec!["1093 1.0.0.0", "Kaspersky Endpoint Security 11.0.0.1"]
        );
    }
}
