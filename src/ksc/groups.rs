//! `ksc groups [--tree]`: the administration group tree (`HostGroup.GroupIdGroups` for the root, then
//! `GetSubgroups` of it), flat, each group before its subgroups.

use clap::Args;
use serde_json::{Value, json};

use super::client::Client;
use super::rows::KscGroupRow;
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Format;

#[derive(Args)]
pub struct GroupsArgs {
    /// Indent each group's name under its parent (tables only; JSON and CSV stay flat)
    #[arg(long)]
    pub tree: bool,
}

pub fn run(ctx: &Context, client: &Client, args: GroupsArgs) -> anyhow::Result<()> {
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
}
