//! `ksc host show NAME|ID`: one host's attributes (`HostGroup.GetHostInfo`) and installed products
//! (`GetHostProducts`), the host looked up by id, display name or FQDN with `HostGroup.FindHosts`.

use clap::Subcommand;
use serde_json::{Value, json};

use super::client::Client;
use super::hosts::{HOST_FIELDS, find_hosts, host_row, int, string};
use super::pages::{self, Read};
use super::rows::KscHostInfoRow;
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};

#[derive(Subcommand)]
pub enum HostCommand {
    /// One host's attributes and installed products, by display name, FQDN or id (KLHST_WKS_HOSTNAME)
    Show {
        /// The host's display name or its id (KLHST_WKS_HOSTNAME)
        #[arg(value_name = "NAME|ID")]
        host: String,
    },
}

/// `host show`'s attributes beyond the default columns.
const INFO_FIELDS: [&str; 5] = [
    "KLHST_WKS_FQDN",
    "KLHST_WKS_WINDOMAIN",
    "KLHST_WKS_NAG_VERSION",
    "KLHST_WKS_RTP_STATE",
    "KLHST_WKS_VIRUS_COUNT",
];

/// A host id (KLHST_WKS_HOSTNAME) is a GUID: 8-4-4-4-12 hex digits. Anything else is a display name.
fn is_host_id(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// How `resolve` finds the host: by id, else by display name, and a name with a dot may be the FQDN.
fn lookup_filter(arg: &str, by_id: bool) -> String {
    let q = quoted(arg);
    if by_id {
        format!("(KLHST_WKS_HOSTNAME = {q})")
    } else if arg.contains('.') {
        format!("(|(KLHST_WKS_DN = {q})(KLHST_WKS_FQDN = {q}))")
    } else {
        format!("(KLHST_WKS_DN = {q})")
    }
}

/// A word for a POSIX shell: single-quoted, a `'` inside as `'\''`.
fn shell_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// A string literal of a filter: `"` and `\` escaped.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

pub fn run(ctx: &Context, client: &Client, cmd: HostCommand) -> anyhow::Result<()> {
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
    let filter = lookup_filter(arg, by_id);
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
            check: None,
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
        .hint(format!(
            "`fieldctl ksc hosts --filter {}` finds hosts whose name starts with it",
            shell_quoted(&format!("(KLHST_WKS_DN = {})", quoted(&format!("{arg}*"))))
        ))
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
                format!("{total} hosts are named {arg}: {}{more}", list.join("; ")),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_guids() {
        assert!(is_host_id("3f2a9c1e-0b7d-4e55-0000-00000000002a"));
        assert!(!is_host_id("web-000002"));
        assert!(!is_host_id("3f2a9c1e-0b7d-4e55-0000-00000000002g"));
        assert_eq!(quoted(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(shell_quoted("o'k"), r"'o'\''k'");
        assert_eq!(lookup_filter("web-1", false), r#"(KLHST_WKS_DN = "web-1")"#);
        assert_eq!(
            lookup_filter("web-1.corp", false),
            r#"(|(KLHST_WKS_DN = "web-1.corp")(KLHST_WKS_FQDN = "web-1.corp"))"#
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
